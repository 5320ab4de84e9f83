package org.pmorotations.web.shared;

import org.pmorotations.domain.shared.Text;

/**
 * Text that a widget will read as HTML: the timeline takes the markup of its bars, tooltips and
 * row labels and sets it as HTML in the page, so any text a user typed (a name, a PMO's name) is
 * escaped here, once, before it goes in, and written with {@code escape="false"} so that nothing
 * escapes it a second time or, worse, not at all (the component renders its items inside a
 * script, where Faces does not escape a bare {@code h:outputText}). The one escaping helper for
 * widget markup: no user text is concatenated into markup anywhere else.
 */
public final class Markup {

    private Markup() {
    }

    /** {@code value} as HTML text: {@code & < > " '} written as character references; null as empty. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
