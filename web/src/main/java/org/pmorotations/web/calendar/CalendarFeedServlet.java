package org.pmorotations.web.calendar;

import org.pmorotations.service.calendar.CalendarFeedService;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /ical/{secret}.ics}: the iCalendar a calendar application subscribes to. Public
 * (web.xml): the secret is the key. An unknown or revoked link is 404, the same for both, so the
 * answer tells nothing about which links exist.
 */
@WebServlet(name = "calendar-feed", urlPatterns = "/ical/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarFeedService feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String token = path.startsWith("/") && path.endsWith(".ics") ? path.substring(1, path.length() - ".ics".length()) : "";
        Optional<String> calendar = feeds.calendar(token);
        if (calendar.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = calendar.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=900");
        response.setHeader("Content-Disposition", "inline; filename=\"rotations.ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
