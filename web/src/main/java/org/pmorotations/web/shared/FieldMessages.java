package org.pmorotations.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

import java.util.stream.Stream;

/**
 * The message of a value that a field or an address parameter cannot take, naming the field by its
 * label (its id when it has none): what the converters and validators of the pages throw.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * The text {@code key} of the pages' bundle, its first argument the field's label, then
     * {@code arguments}.
     */
    public static FacesMessage refused(FacesContext context, UIComponent component, String key, Object... arguments) {
        Object label = component.getAttributes().get("label");
        Object[] all = Stream.concat(Stream.of(label == null ? component.getId() : label), Stream.of(arguments)).toArray();
        String message = new Texts().get(key, all);
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message);
    }
}
