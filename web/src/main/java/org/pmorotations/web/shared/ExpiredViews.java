package org.pmorotations.web.shared;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;
import java.util.Optional;

/**
 * A form the server no longer knows (the page stayed open past its life, the server restarted)
 * or never gave out (a forged post) is refused, and the
 * user is sent back to the page they were on, shown afresh with a message saying that nothing
 * was done. The same for Ajax requests, which otherwise fail without a word. Nothing of the post
 * is carried out: the refusal happens before any value reaches a bean.
 *
 * <p>The page they were on is the page that sent the form (its {@code Referer}, when it is a page
 * of this application), with its parameters (which rotation, which person); else the address the
 * form was sent to.
 */
public class ExpiredViews extends ExceptionHandlerWrapper {

    public ExpiredViews(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViews(getWrapped().getExceptionHandler());
        }
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            if (isUnknownForm(thrown) && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                if (!faces.getResponseComplete()) {
                    sendBack(faces);
                }
            }
        }
        getWrapped().handle();
    }

    private static boolean isUnknownForm(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static void sendBack(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String page = pageTheFormWasOn(request);
        external.getFlash().setKeepMessages(true);
        Texts texts = new Texts(external.getRequestLocale());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get("error.expired.title"),
                texts.get("error.expired.text")));
        try {
            external.redirect(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException committed) {
            throw new FacesException("The response was committed before an expired form could be answered", committed);
        }
        faces.responseComplete();
    }

    /**
     * The address of the page that sent the form, with its query: the {@code Referer} when it is
     * a page of this application (same scheme, host and port, under its context path), else the
     * address the form was sent to.
     */
    public static String pageTheFormWasOn(HttpServletRequest request) {
        return sameSiteReferer(request).orElseGet(() -> request.getRequestURI());
    }

    /** The path and query of the {@code Referer}, when it names a page of this application. */
    public static Optional<String> sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI from = URI.create(referer);
            String context = request.getContextPath() + "/";
            boolean here = request.getScheme().equalsIgnoreCase(from.getScheme())
                    && request.getServerName().equalsIgnoreCase(from.getHost())
                    && request.getServerPort() == (from.getPort() == -1 ? ("https".equalsIgnoreCase(from.getScheme()) ? 443 : 80) : from.getPort())
                    && from.getRawPath() != null && from.getRawPath().startsWith(context)
                    && !from.getRawPath().startsWith(request.getContextPath() + "/WEB-INF");
            if (!here) {
                return Optional.empty();
            }
            return Optional.of(from.getRawQuery() == null ? from.getRawPath() : from.getRawPath() + "?" + from.getRawQuery());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
