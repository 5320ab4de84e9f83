package org.pmorotations.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Messages of the forms: a broken rule next to the input it names (the exception's rule or field),
 * or above the form when it names none; a success for the growl of the layout.
 */
public final class FormMessages {

    private FormMessages() {
    }

    /**
     * @param rule   the rule code or field name the service gave
     * @param fields rule or field name to the client id of the input that shows it
     */
    public static void reject(String rule, String message, Map<String, String> fields) {
        FacesContext.getCurrentInstance().addMessage(rule == null ? null : fields.get(rule),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** A success that survives the redirect to the next page. */
    public static void succeeded(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), ""));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "text");
        return MessageFormat.format(bundle.getString(key), arguments);
    }

    /**
     * Whether a value of this request could not be read (an impossible date, a length below one):
     * what a page concluded from the values before it is then stale and not shown; the field's own
     * message says what is wrong.
     */
    public static boolean valuesUnreadable() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.isValidationFailed();
    }

    public static boolean hasError(String clientId) {
        return !FacesContext.getCurrentInstance().getMessageList(clientId).isEmpty();
    }

    /** The first input with a message in this request, for the focus to go to; null when none. */
    public static String invalidField() {
        Iterator<String> withMessages = FacesContext.getCurrentInstance().getClientIdsWithMessages();
        while (withMessages.hasNext()) {
            String clientId = withMessages.next();
            if (clientId != null) {
                return clientId;
            }
        }
        return null;
    }
}
