package org.pmorotations.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A page opened with a parameter it cannot read (a date that is no date, a number that is no
 * number, a status that does not exist) answers 400 with a page naming each parameter and what
 * is wrong with it, instead of a page computed from defaults the user did not ask for. Runs after
 * the view parameters were converted, before the page's view action loads anything.
 */
public class MalformedAddress implements PhaseListener {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Request attribute: the messages of the parameters refused, for the 400 page. */
    public static final String PROBLEMS = MalformedAddress.class.getName() + ".problems";

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || !faces.isValidationFailed()) {
            return;
        }
        List<String> problems = faces.getMessageList().stream().map(FacesMessage::getSummary).distinct().toList();
        faces.getExternalContext().getRequestMap().put(PROBLEMS, problems);
        try {
            faces.getExternalContext().responseSendError(400, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the validations
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
