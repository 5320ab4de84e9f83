package org.pmorotations.web.shared;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page that fails because the database cannot be reached answers 503 with {@code Retry-After}
 * and the "temporarily unavailable" page (which needs no database), instead of "Something went
 * wrong". An Ajax request is sent to its page again, which then shows it (an Ajax answer that is
 * not a partial response would be dropped without a word).
 */
public class OutagePage extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(OutagePage.class.getName());

    public OutagePage(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new OutagePage(getWrapped().getExceptionHandler());
        }
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            if (Outage.isCause(thrown) && !external.isResponseCommitted()) {
                events.remove();
                LOG.log(Level.WARNING, "The database cannot be reached: {0}", thrown.toString());
                if (!faces.getResponseComplete()) {
                    try {
                        if (faces.getPartialViewContext().isAjaxRequest()) {
                            external.redirect(ExpiredViews.pageTheFormWasOn((jakarta.servlet.http.HttpServletRequest) external.getRequest()));
                            faces.responseComplete();
                            continue;
                        }
                        external.responseReset();
                        external.setResponseHeader("Retry-After", String.valueOf(Outage.RETRY_AFTER_SECONDS));
                        external.responseSendError(503, null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    faces.responseComplete();
                }
            }
        }
        getWrapped().handle();
    }
}
