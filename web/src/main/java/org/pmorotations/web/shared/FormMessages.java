package org.pmorotations.web.shared;

import org.pmorotations.domain.shared.Refusal;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Iterator;
import java.util.Map;

/**
 * Messages of the forms: a refusal next to the inputs it names ({@link Refusals}), or above the
 * form when it names none; a success for the growl of the layout.
 */
public final class FormMessages {

    private FormMessages() {
    }

    /**
     * Each reason of the refusal as an error message of the input that holds it, or of the form.
     *
     * @param inputs rule code or field name to the client id of the input that shows it
     */
    public static void reject(Refusal refusal, Map<String, String> inputs) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Refusals.Placed placed : Refusals.place(refusal, inputs, new Texts())) {
            // Above the form the sentence is the summary alone (a growl would show it twice as its detail too);
            // next to an input it is also the detail, which the input's message shows.
            faces.addMessage(placed.input(), new FacesMessage(FacesMessage.SEVERITY_ERROR, placed.message(),
                    placed.input() == null ? "" : null));
        }
    }

    /** An error of the form as a whole. */
    public static void reject(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, ""));
    }

    /** A success that survives the redirect to the next page. */
    public static void succeeded(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), ""));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static String text(String key, Object... arguments) {
        return new Texts().get(key, arguments);
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
