package org.pmorotations.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The one way the Java code reads the pages' texts (the bundle the pages know as {@code text}):
 * a text with arguments is formatted as {@code h:outputFormat} does, a code (a state, a role, a
 * level) is put into words with {@link #of}, and a key without a text shows as itself rather than
 * failing a page or a download. Injected, or {@code #{texts.of('rotation.status.', status)}} in a
 * page, it speaks the language of the page being rendered; {@code new Texts(locale)} speaks one
 * language, for what is written outside a page (the exports).
 */
@Named
@ApplicationScoped
public class Texts {

    public static final String BUNDLE = "org.pmorotations.web.messages";

    /** The language of every text, or null for the language of the page being rendered. */
    private final Locale fixed;

    /** The texts in the language of the page being rendered (English outside a page). */
    public Texts() {
        this.fixed = null;
    }

    public Texts(Locale locale) {
        this.fixed = locale;
    }

    public String get(String key, Object... arguments) {
        return formats().get(key, arguments);
    }

    /** Whether the bundle has a text for {@code key}. */
    public boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, locale()).containsKey(key);
    }

    /**
     * A code in words: the text {@code prefix + code} ({@code rotation.status.PROPOSED} is
     * "Proposed"); a code without one is put into words from itself ({@code SIGN_IN_FAILED} reads
     * "Sign in failed"), so that a new code never shows as a key or a constant.
     */
    public String of(String prefix, Object code) {
        if (code == null) {
            return "";
        }
        String name = code instanceof Enum<?> constant ? constant.name() : String.valueOf(code);
        return has(prefix + name) ? get(prefix + name) : inWords(name);
    }

    /** {@code SIGN_IN_FAILED} as "Sign in failed": the words of a code that has no text of its own. */
    static String inWords(String code) {
        String words = code.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * The texts for one pass over many rows (the board's bars and free seats): each pattern read
     * and parsed once however many rows use it. Not shared between threads.
     */
    public Formats formats() {
        return new Formats(locale());
    }

    /** See {@link #formats()}. */
    public static final class Formats {
        private final Locale locale;
        private final ResourceBundle bundle;
        private final Map<String, MessageFormat> parsed = new HashMap<>();

        private Formats(Locale locale) {
            this.locale = locale;
            this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        }

        public String get(String key, Object... arguments) {
            if (!bundle.containsKey(key)) {
                return key;
            }
            if (arguments.length == 0) {
                return bundle.getString(key);
            }
            return parsed.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale)).format(arguments);
        }
    }

    public Locale locale() {
        if (fixed != null) {
            return fixed;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
