package org.pmorotations.web.security;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginBackingTest {

    @Test
    void aPathAndQueryOfLegalCharactersIsKeptAsItIs() {
        String asked = "/rotations/view.xhtml?id=12&from=board#top";
        assertEquals(asked, LoginBacking.legalInAddress(asked));
    }

    @Test
    void whatAnAddressMayNotHoldIsPercentEncodedInUtf8AndWhatIsEncodedStays() {
        String legal = LoginBacking.legalInAddress("/pmos/edit.xhtml?code=A,B\"C <\u00f6>%20\r\n\ud83d\ude00");

        assertEquals("/pmos/edit.xhtml?code=A,B%22C%20%3C%C3%B6%3E%20%0D%0A%F0%9F%98%80", legal);
        assertEquals("code=A,B\"C <\u00f6> \r\n\ud83d\ude00", URI.create(legal).getQuery());
    }
}
