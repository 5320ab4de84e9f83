package org.pmorotations.web.shared;

import org.junit.jupiter.api.Test;
import org.pmorotations.domain.rotation.RotationStatus;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Codes in words: the bundle's text where it has one, words made from the code otherwise, never the code or a key. */
class TextsTest {

    private final Texts texts = new Texts(Locale.ENGLISH);

    @Test
    void aCodeWithATextReadsAsThatText() {
        assertEquals("Proposed", texts.of("rotation.status.", RotationStatus.PROPOSED));
        assertEquals("Signed in", texts.of("audit.action.", "SIGN_IN"));
        assertEquals("PMO", texts.of("audit.subject.", "PMO"));
    }

    @Test
    void aCodeWithoutATextReadsAsWordsMadeFromIt() {
        assertEquals("Calendar link revoked", texts.of("audit.action.", "CALENDAR_LINK_REVOKED"));
        assertEquals("Rotation", texts.of("audit.subject.", "ROTATION"));
        assertEquals("", texts.of("audit.action.", null));
    }
}
