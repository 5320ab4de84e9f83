package org.pmorotations.web.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The pages' texts (the bundle JSF knows as {@code text}) for what is written outside a page: the
 * exports. A text with arguments is formatted like {@code h:outputFormat} does; a missing key is
 * shown as itself rather than failing a download.
 */
public final class Texts {

    public static final String BUNDLE = "org.pmorotations.web.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public String get(String key, Object... arguments) {
        if (!bundle.containsKey(key)) {
            return key;
        }
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    public Locale locale() {
        return locale;
    }
}
