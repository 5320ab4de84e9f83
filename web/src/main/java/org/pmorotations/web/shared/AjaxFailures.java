package org.pmorotations.web.shared;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * An Ajax request that fails unexpectedly says so, as a full page's failure shows the error page:
 * PrimeFaces' Ajax exception handler logs the failure and shows the layout's failure dialog
 * ({@code p:ajaxExceptionHandler}), where the page would otherwise do nothing at all. A request for
 * a whole page is left to the container, which answers 500 with the error page. A database that
 * cannot be reached ({@link OutagePage}) and a form the server no longer knows ({@link ExpiredViews})
 * are answered before this.
 */
public class AjaxFailures extends PrimeExceptionHandler {

    public AjaxFailures(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Registered in faces-config.xml, innermost of the application's handlers. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new AjaxFailures(getWrapped().getExceptionHandler());
        }
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
            super.handle();
        } else {
            getWrapped().handle();
        }
    }
}
