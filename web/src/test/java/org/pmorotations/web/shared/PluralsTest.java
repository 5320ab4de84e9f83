package org.pmorotations.web.shared;

import org.junit.jupiter.api.Test;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every count in the texts reads right for none, one and many: each choice format of the bundle
 * has a case for one that is not the case for none (a "{@code 0#none|1<...}" gives "none" for
 * one), and its case for two or more writes the number.
 */
class PluralsTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.pmorotations.web.messages", Locale.ENGLISH);

    @Test
    void everyCountReadsRightForNoneOneAndMany() {
        List<String> wrong = new ArrayList<>();
        for (String key : TEXTS.keySet()) {
            Format[] formats;
            try {
                formats = new MessageFormat(TEXTS.getString(key), Locale.ENGLISH).getFormatsByArgumentIndex();
            } catch (IllegalArgumentException namedPlaceholders) {
                // A paginator's template ({currentPage} of {totalPages}): PrimeFaces fills it, not MessageFormat.
                continue;
            }
            for (int argument = 0; argument < formats.length; argument++) {
                if (!(formats[argument] instanceof ChoiceFormat choice)) {
                    continue;
                }
                boolean hasNone = Arrays.stream(choice.getLimits()).anyMatch(limit -> limit == 0);
                if (hasNone && choice.format(1).equals(choice.format(0))) {
                    wrong.add(key + ": one reads as none (\"" + choice.format(1) + "\")");
                }
                for (int many : new int[] {2, 25}) {
                    if (!choice.format(many).contains("{" + argument)) {
                        wrong.add(key + ": " + many + " reads \"" + choice.format(many) + "\", without the number");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
