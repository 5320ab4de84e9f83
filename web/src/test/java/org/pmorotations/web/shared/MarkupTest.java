package org.pmorotations.web.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkupTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`<b>Bold</b>`                       | `&lt;b&gt;Bold&lt;/b&gt;`",
            "`<img src=/x.png onerror=alert(1)>` | `&lt;img src=/x.png onerror=alert(1)&gt;`",
            "`\"O'Neil\" & Co`                  | `&quot;O&#39;Neil&quot; &amp; Co`",
            "`&amp; stays what was typed`        | `&amp;amp; stays what was typed`",
            "`Zoë Núñez-Müller ✓ مرحبا`          | `Zoë Núñez-Müller ✓ مرحبا`",
            "``                                  | ``",
    })
    void userTextBecomesTextInMarkup(String typed, String markup) {
        assertEquals(markup, Markup.text(typed));
    }

    @Test
    void nothingIsEmptyText() {
        assertEquals("", Markup.text(null));
    }
}
