package org.pmorotations.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pmorotations.web.shared.ProblemResponses;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Refuses state-changing requests that another site's page sent: a browser names the site in
 * {@code Origin} (and {@code Sec-Fetch-Site}); a request from another origin is refused with 403
 * before anything reads it. Programs that are not browsers send neither header and pass. For the
 * API the refusal is a problem document; for a page's form, the friendly 403 page, nothing done,
 * the user still signed in. (Every form post also carries the view state of a view the server
 * gave that session, which another site cannot know, and the session cookie is SameSite=Lax:
 * this is the check that does not depend on either.)
 */
@WebFilter(filterName = "crossSiteRequests", urlPatterns = {"/api/*", "*.xhtml"})
public class CrossSiteRequestFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || !isCrossSite(request)) {
            chain.doFilter(request, response);
        } else if (RotationsAuthenticationMechanism.isApi(request)) {
            ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Requests from another site are refused.",
                    "Origin", "Requests from another site are refused.");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            int fromPort = from.getPort() != -1 ? from.getPort() : ("https".equalsIgnoreCase(from.getScheme()) ? 443 : 80);
            return !(request.getServerName().equalsIgnoreCase(from.getHost()) && request.getServerPort() == fromPort);
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
