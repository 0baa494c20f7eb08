package dev.tumen.common.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UrlOriginTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://hooks.chat.example/services/T0/B0/key|https://hooks.chat.example/…",
            "https://user:pw@feeds.example/rss|https://feeds.example/…",
            "https://user:pw@feeds.example|https://feeds.example/…",
            "http://a@b@evil.example/x|http://evil.example/…",
            "https://feeds.example:8443/x?key=1|https://feeds.example:8443/…",
            "https://feeds.example?key=1|https://feeds.example/…",
            "https://feeds.example#key|https://feeds.example/…",
            "https://feeds.example\\@evil.example/x|https://feeds.example/…",
            "https://feeds.example|https://feeds.example",
            "https://feeds.example/|https://feeds.example/",
            "HTTPS://[::1]:9/x|HTTPS://[::1]:9/…",
            "feeds.example/rss?key=1|…",
            "mailto:desk@example|…",
    })
    void onlyTheSchemeHostAndPortShow(String url, String shown) {
        assertEquals(shown, UrlRedaction.origin(url));
    }

    @Test
    void everyUrlInATextIsCutToItsOrigin() {
        assertEquals("GET http://127.0.0.5:49/… failed: refused; redirected from https://a.example/…",
                UrlRedaction.origins("GET http://127.0.0.5:49/private/k/rss?key=v failed: refused; redirected from https://a.example/x"));
        assertEquals("no URL here", UrlRedaction.origins("no URL here"));
        assertNull(UrlRedaction.origins(null));
        assertNull(UrlRedaction.origin(null));
    }
}
