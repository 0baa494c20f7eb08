package dev.tumen.alert.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {
    private static final URI SLACK = URI.create("https://hooks.slack.example/services/T000/B000/XXXXsecret?token=abc");

    @Test
    void aFailureMessageKeepsOnlyTheSchemeAndHostOfTheWebhookUrl() {
        assertEquals("https://hooks.slack.example/… is larger than 65536 bytes",
                WebhookSender.withoutSecretParts(SLACK + " is larger than 65536 bytes", SLACK));
        assertEquals("unexpected end of stream on /… (token …)",
                WebhookSender.withoutSecretParts("unexpected end of stream on /services/T000/B000/XXXXsecret?token=abc (token token=abc)", SLACK));
        assertEquals("connection refused", WebhookSender.withoutSecretParts("connection refused", SLACK));
        assertEquals("x", WebhookSender.withoutSecretParts("x", URI.create("https://h.example/")));
    }
}
