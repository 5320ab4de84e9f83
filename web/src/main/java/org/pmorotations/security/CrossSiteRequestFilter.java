package org.pmorotations.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Refuses state-changing API requests that another site's page sent: a browser names the site
 * in {@code Origin} (and {@code Sec-Fetch-Site}); a request from another origin is refused
 * with 403 before it reaches a resource. Programs that are not browsers send neither header and
 * pass. (The pages need no such filter: every JSF form post carries the view state of a view
 * the server gave that session, which another site cannot know.)
 */
@WebFilter(filterName = "crossSiteRequests", urlPatterns = "/api/*")
public class CrossSiteRequestFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"Requests from another site are refused.\",\"violations\":[{\"field\":\"Origin\","
                    + "\"message\":\"Requests from another site are refused.\"}]}");
            return;
        }
        chain.doFilter(request, response);
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
