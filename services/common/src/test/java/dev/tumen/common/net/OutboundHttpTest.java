package dev.tumen.common.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundHttpTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "2130706433", "0x7f.1", "127.1", "", "a.example", "1.2.3.4.example", "[::1]", "١٢٧.0.0.1"})
    void digitsAndDotsAnswersAsTheRegularExpressionDid(String host) {
        assertEquals(host.matches("[0-9.]+"), OutboundHttp.digitsAndDots(host), host);
    }
}
