package org.pmorotations.web.security;

import org.pmorotations.service.security.AccountService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;

import org.pmorotations.web.shared.ExpiredViews;
import org.pmorotations.web.shared.Outage;
import org.pmorotations.web.shared.ProblemResponses;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * How people and programs sign in. Jakarta EE 10 lets an application have one authentication
 * mechanism, and this application needs two behaviours, so this one dispatches:
 * <ul>
 *   <li>pages: a sign-in form ({@code login.xhtml} calls {@code SecurityContext.authenticate});
 *       the session id changes at sign-in and the session carries the signed-in caller, as the
 *       platform's {@code @AutoApplySession} does; a protected page without a caller redirects
 *       to the form, which brings the user back afterwards;</li>
 *   <li>{@code /api/*}: HTTP Basic on every request, a 401 with {@code WWW-Authenticate} and no
 *       redirect when it is missing or wrong, and no session created.</li>
 * </ul>
 * Passwords are checked by the platform's identity store; this class adds the lockout after
 * repeated failures and the audit of sign-ins, neither of which the platform offers.
 */
@ApplicationScoped
public class RotationsAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute the sign-in form reads to say why a sign-in was refused. */
    public static final String REFUSAL = RotationsAuthenticationMechanism.class.getName() + ".refusal";
    public static final String REFUSED_LOCKED = "locked";
    public static final String REFUSED_CREDENTIALS = "credentials";

    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";
    /** Session attribute: the signed-in caller's groups (their roles), as the identity store gave them at sign-in. */
    private static final String CALLER_GROUPS = RotationsAuthenticationMechanism.class.getName() + ".groups";
    private static final String BASIC_CHALLENGE = "Basic realm=\"PMO Rotations\", charset=\"UTF-8\"";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        AuthenticationParameters parameters = context.getAuthParameters();
        Credential credential = parameters == null ? null : parameters.getCredential();
        if (credential instanceof UsernamePasswordCredential given) {
            return signInFromForm(request, context, given);
        }
        Principal remembered = request.getUserPrincipal();
        if (remembered != null) {
            return continueSession(request, context, remembered);
        }
        SecurityHeadersFilter.apply(request, response);
        if (isApi(request)) {
            return basic(request, response, context);
        }
        if (context.isProtected()) {
            return toSignIn(request, response, context);
        }
        return context.doNothing();
    }

    /**
     * To the sign-in form, which brings the user back to {@code continue} afterwards: the page
     * asked for, or, for a form sent when the session had ended, the page the form was on. The
     * form then also says that the session ended and what was sent was not carried out. An Ajax
     * request gets the redirect as a Faces partial response, which the page follows (a plain
     * redirect would be followed inside the request and fail without a word).
     */
    private static AuthenticationStatus toSignIn(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        boolean sent = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        boolean sessionEnded = sent || (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid());
        String back = sent ? ExpiredViews.sameSiteReferer(request).map(page -> page.substring(request.getContextPath().length()))
                .orElse(requestedPath(request)) : requestedPath(request);
        String signIn = request.getContextPath() + LOGIN_PAGE + "?continue=" + URLEncoder.encode(back, StandardCharsets.UTF_8)
                + (sessionEnded ? "&expired=true" : "");
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(signIn);
        }
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signIn.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
            response.flushBuffer();
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus signInFromForm(HttpServletRequest request, HttpMessageContext context,
                                                UsernamePasswordCredential given) {
        String username = given.getCaller() == null ? "" : given.getCaller().strip().toLowerCase(Locale.ROOT);
        if (username.chars().anyMatch(Character::isISOControl)) {
            request.setAttribute(REFUSAL, REFUSED_CREDENTIALS);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = validate(request, username, given.getPassword().getValue());
        if (result == null) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(CALLER_GROUPS, Set.copyOf(result.getCallerGroups()));
        context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
        accounts.signedIn(username, request.getRemoteAddr(), true);
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.isProtected() ? challenge(response, context) : context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return challenge(response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || decoded.chars().anyMatch(Character::isISOControl)) {
            // no user name, or control characters (a NUL, which PostgreSQL refuses): no account has them
            return challenge(response, context);
        }
        String username = decoded.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        CredentialValidationResult result;
        try {
            result = validate(request, username, decoded.substring(colon + 1).toCharArray());
        } catch (RuntimeException failure) {
            if (!Outage.isCause(failure)) {
                throw failure;
            }
            return unavailable(response, context);
        }
        if (result == null) {
            return challenge(response, context);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** 503 with {@code Retry-After}: the accounts cannot be read while the database cannot be reached. */
    private static AuthenticationStatus unavailable(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("Retry-After", String.valueOf(Outage.RETRY_AFTER_SECONDS));
        try {
            ProblemResponses.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable",
                    "The database cannot be reached at the moment; nothing was changed. Try again in a few seconds.", null, null);
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The identity store's verdict, with the lockout around it; null when refused. */
    private CredentialValidationResult validate(HttpServletRequest request, String username, char[] password) {
        String from = request.getRemoteAddr();
        if (accounts.isLocked(username)) {
            accounts.signInRefusedWhileLocked(username, from);
            request.setAttribute(REFUSAL, REFUSED_LOCKED);
            return null;
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(username, new String(password)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            accounts.signInFailed(username, from);
            request.setAttribute(REFUSAL, accounts.isLocked(username) ? REFUSED_LOCKED : REFUSED_CREDENTIALS);
            return null;
        }
        return result;
    }

    /**
     * The session already carries a signed-in caller: tell the container again, as
     * {@code @AutoApplySession} does, and give their groups with it. Left to find the groups of a
     * remembered caller itself, Payara 6 loses them now and then under concurrent requests (the
     * request is then refused with 403 although the caller holds the role: payara/Payara#6145,
     * fixed after 6.2025.10); the groups kept in the session at sign-in do not depend on that.
     */
    private static AuthenticationStatus continueSession(HttpServletRequest request, HttpMessageContext context, Principal caller) {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(CALLER_GROUPS);
        Callback[] callbacks = kept instanceof Set<?> groups
                ? new Callback[]{new CallerPrincipalCallback(context.getClientSubject(), caller),
                        new GroupPrincipalCallback(context.getClientSubject(), groups.stream().map(String::valueOf).toArray(String[]::new))}
                : new Callback[]{new CallerPrincipalCallback(context.getClientSubject(), caller)};
        try {
            context.getHandler().handle(callbacks);
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("The container refused the signed-in caller", e);
        }
        return AuthenticationStatus.SUCCESS;
    }

    /** 401 with the Basic challenge and a problem document, committed so that no error page replaces it. */
    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
        try {
            ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "Sign in with HTTP Basic: the user name and password of your account.", null, null);
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Whether the request is to the API, which answers problem documents rather than pages. */
    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The path and query asked for; in an error page's dispatch, those of the request that failed, never the error page's. */
    private static String requestedPath(HttpServletRequest request) {
        boolean error = request.getDispatcherType() == DispatcherType.ERROR;
        Object uri = error ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
        Object query = error ? request.getAttribute("jakarta.servlet.error.query_string") : request.getQueryString();
        String path = (uri == null ? request.getRequestURI() : uri.toString()).substring(request.getContextPath().length());
        return query == null ? path : path + "?" + query;
    }
}
