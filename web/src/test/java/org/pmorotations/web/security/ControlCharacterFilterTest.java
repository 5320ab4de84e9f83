package org.pmorotations.web.security;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ControlCharacterFilterTest {

    @Test
    void textOfAnyScriptAndMultiLineFormValuesPass() {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        parameters.put("q", new String[]{"Ren\u00e9 <M\u00fcller> \ud83d\ude00"});
        parameters.put("form:reason", new String[]{"first line\r\n\tsecond line"});

        assertEquals(Optional.empty(), ControlCharacterFilter.refusal(parameters));
    }

    @Test
    void aNulInAValueIsRefusedNamingTheParameter() {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        parameters.put("tier", new String[]{"PROGRAM"});
        parameters.put("pmo", new String[]{"FIN", "\u0000"});

        assertEquals(Optional.of(new ControlCharacterFilter.Refusal("pmo",
                        "The parameter \"pmo\" holds an invisible control character (U+0000) at position 1, which no request may carry.")),
                ControlCharacterFilter.refusal(parameters));
    }

    @Test
    void aControlCharacterInAParameterNameIsRefused() {
        assertEquals("parameters", ControlCharacterFilter.refusal(Map.of("p\u001bmo", new String[]{"FIN"})).orElseThrow().parameter());
    }
}
