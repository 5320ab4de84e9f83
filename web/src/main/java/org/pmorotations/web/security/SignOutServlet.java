package org.pmorotations.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * {@code POST /signout}: ends the session and opens the sign-in page, which says so. A plain
 * servlet rather than a Faces action, so that the button works on every page, the error pages
 * included (a Faces form there posts to the page the error replaced, or to the error page itself,
 * which no browser may open). A post another site's page sent is refused, as the API's
 * {@link CrossSiteRequestFilter} refuses it; a {@code GET} signs no one out.
 */
@WebServlet(name = "signOut", urlPatterns = SignOutServlet.PATH)
public class SignOutServlet extends HttpServlet {

    public static final String PATH = "/signout";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (CrossSiteRequestFilter.isCrossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + RotationsAuthenticationMechanism.LOGIN_PAGE + "?signedOut=true");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
}
