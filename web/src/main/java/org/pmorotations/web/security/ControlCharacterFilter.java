package org.pmorotations.web.security;

import org.pmorotations.domain.shared.Text;
import org.pmorotations.web.shared.MalformedAddress;
import org.pmorotations.web.shared.ProblemResponses;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses, with 400 naming the parameter, a request whose query or form parameters hold a control
 * character other than a line break or a tab (a NUL, an escape): no keyboard types one, nothing the
 * application stores may hold one ({@link Text}), and PostgreSQL refuses a NUL even in a lookup,
 * so without this a search for {@code %00} would be a 500. For the API the refusal is a problem
 * document; for a page, the 400 page with the same words. The text of JSON bodies is checked where
 * it is stored, by {@link Text}. A line break or a tab passes: a reason may hold them, and a name
 * typed with one is refused by {@link Text} with a message naming the field by its label.
 */
@WebFilter(filterName = "controlCharacters", urlPatterns = "/*")
public class ControlCharacterFilter extends HttpFilter {

    /** A parameter refused: its name ({@code parameters} when the name itself is refused) and why. */
    record Refusal(String parameter, String message) {
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Refusal> refusal = isSignIn(request) ? Optional.empty() : refusal(request.getParameterMap());
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
        } else if (RotationsAuthenticationMechanism.isApi(request)) {
            Refusal refused = refusal.get();
            ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "Bad Request", refused.message(),
                    refused.parameter(), refused.message());
        } else {
            request.setAttribute(MalformedAddress.PROBLEMS, List.of(refusal.get().message()));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /**
     * The sign-in form is answered by the sign-in itself, which takes such a user name for a wrong
     * one (no account has it) and must say no more about it than about any wrong name.
     */
    private static boolean isSignIn(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).equals(RotationsAuthenticationMechanism.LOGIN_PAGE);
    }

    /** The first parameter refused; empty when every name and value is text. */
    static Optional<Refusal> refusal(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            Optional<String> inName = Text.unstorable(name, false);
            if (inName.isPresent()) {
                return Optional.of(new Refusal("parameters", "A parameter name holds " + inName.get() + ", which no request may carry."));
            }
            for (String value : parameter.getValue()) {
                Optional<String> inValue = value == null ? Optional.empty() : Text.unstorable(value, true);
                if (inValue.isPresent()) {
                    return Optional.of(new Refusal(name, "The parameter \"" + name + "\" holds " + inValue.get()
                            + ", which no request may carry."));
                }
            }
        }
        return Optional.empty();
    }
}
