package org.pmorotations.web.security;

import org.pmorotations.web.shared.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Backs {@code login.xhtml}: signs in through the platform's {@link SecurityContext}, then goes
 * back to the page the user asked for (only a path of this application, never another site).
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String continueTo;

    public void redirectWhenSignedIn() throws IOException {
        if (securityContext.getCallerPrincipal() != null && !faces.isPostback()) {
            faces.getExternalContext().redirect(target());
        }
    }

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(target());
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            String key = RotationsAuthenticationMechanism.REFUSED_LOCKED.equals(request.getAttribute(RotationsAuthenticationMechanism.REFUSAL))
                    ? "login.locked" : "login.failed";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), ""));
        }
    }

    /** The page to return to: a local path only (no scheme, no host, no protocol-relative "//"). */
    private String target() {
        String context = faces.getExternalContext().getRequestContextPath();
        if (continueTo != null && continueTo.startsWith("/") && !continueTo.startsWith("//") && !continueTo.contains("\\")
                && !continueTo.startsWith(RotationsAuthenticationMechanism.LOGIN_PAGE)) {
            return context + legalInAddress(continueTo);
        }
        return context + "/";
    }

    /**
     * The path and query with every character an address may not hold as it is (a quote, a space,
     * {@code <}, a letter outside ASCII) percent-encoded in UTF-8; what is already percent-encoded
     * stays so. The page asked for comes back decoded from the {@code continue} parameter, and a
     * redirect to it must be a valid address.
     */
    static String legalInAddress(String pathAndQuery) {
        StringBuilder legal = new StringBuilder(pathAndQuery.length());
        pathAndQuery.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0)) {
                legal.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    legal.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return legal.toString();
    }

    private static String text(String key) {
        return new Texts().get(key);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
