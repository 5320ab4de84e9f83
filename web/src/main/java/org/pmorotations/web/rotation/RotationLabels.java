package org.pmorotations.web.rotation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.ResourceBundle;

/**
 * The words the rotation pages use for codes (states, roles, objectives, ratings, history
 * entries): {@code #{rotationLabels.of('rotation.status.', rotation.status)}}. A code without a
 * text in the bundle shows as itself, so a new code never shows as "???key???".
 */
@Named
@ApplicationScoped
public class RotationLabels {

    public String of(String prefix, Object code) {
        if (code == null) {
            return "";
        }
        String name = code instanceof Enum<?> constant ? constant.name() : String.valueOf(code);
        ResourceBundle bundle = bundle();
        return bundle.containsKey(prefix + name) ? bundle.getString(prefix + name) : name;
    }

    /** A text of the bundle, for the backing beans' messages. */
    public String text(String key) {
        return bundle().getString(key);
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("org.pmorotations.web.messages", faces.getViewRoot().getLocale());
    }
}
