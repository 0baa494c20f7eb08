package dev.tumen.alert.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.AlertSettings;
import dev.tumen.alert.Receiver;
import dev.tumen.common.net.OutboundGuard;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values a webhook request is built from that reach the alert from Kafka, not through the API's checks: a retry
 * task's delivery id (the {@code webhook-id} header) and a subscription record's secrets, written by anyone with access
 * to the topics. One that cannot go into a request is that delivery's failure, answered like any other: no header of
 * the attacker's reaches the receiver, and the request's slot is given back, so the next delivery (here the only slot's
 * next holder) is sent.
 */
class WebhookHostileValuesIT {
    private static final String GOOD_SECRET = Signer.newSecret();

    private static AlertSettings oneSlot() {
        return new AlertSettings(List.of(Duration.ZERO, Duration.ofSeconds(5)), 0.2, Duration.ofSeconds(60), Duration.ofSeconds(5), 2048,
                32, 4, Duration.ofSeconds(5), 500, Duration.ofSeconds(10), 1, Duration.ofSeconds(30), 1, Duration.ofHours(12),
                Duration.ofDays(3), Duration.ofDays(7), 200, 32, Duration.ofHours(12), 4, Duration.ofSeconds(5), true, 6, Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"msg_a\r\nX-Injected: yes", "msg_a\nX-Injected: yes", "msg_a\rX-Injected: yes", "msg_\u0000a",
            "msg_é", "msg_\u2028X-Injected: yes"})
    void aDeliveryIdThatCannotBeAHeaderFailsThatDeliveryAndFreesItsSlot(String deliveryId) throws Exception {
        assertSentAsAFailureAndTheSlotFreed(deliveryId, List.of(GOOD_SECRET));
    }

    @ParameterizedTest
    @ValueSource(strings = {"whsec_not base64!", "whsec_\r\nX-Injected: yes", "", "whsec_"})
    void aSecretThatCannotSignFailsThatDeliveryAndFreesItsSlot(String secret) throws Exception {
        assertSentAsAFailureAndTheSlotFreed("msg_fine", List.of(secret));
    }

    /**
     * Review of session 45 (the thirteenth review's note): the receiver's answer is kept (2 KB) in the delivery log and
     * shown to whoever reads it, the subscription's owner or an operator; an override or an invisible character in it
     * went there as the receiver sent it, as a feed's last failure did before the thirteenth review. Now escaped.
     */
    @org.junit.jupiter.api.Test
    void aReceiversAnswerIsKeptWithItsInvisibleCharactersEscaped() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        byte[] answer = "refused: \u202egnp.exe\u2066 ok\u200b\u0007".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(500, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        WebhookSender sender = new WebhookSender(new OutboundGuard(true, List.of(), false), oneSlot());
        try {
            WebhookSender.Result sent = sender.send("http://127.0.0.1:" + server.getAddress().getPort() + "/hook", "msg_answer",
                    List.of(GOOD_SECRET), "{}", Instant.now()).get(30, TimeUnit.SECONDS);
            assertEquals(500, sent.status(), sent.toString());
            assertEquals("refused: \\u202egnp.exe\\u2066 ok\\u200b\\u0007", sent.body());
        } finally {
            sender.close();
            server.stop(0);
        }
        DeliveryAttempt logged = new DeliveryAttempt("msg_old", "sub_1", "a1", "alert.created", 1, "retrying", 500, 3,
                Instant.EPOCH, "\u202eerror", "from before: \u202e", null, null);
        assertEquals("from before: \\u202e", logged.withoutTask().response(), "an entry logged before is escaped as it is shown");
        assertEquals("\\u202eerror", logged.withoutTask().error());
    }

    @org.junit.jupiter.api.Test
    void aLineBreakPercentEncodedInTheUrlStaysInThePath() throws Exception {
        WebhookSender sender = new WebhookSender(new OutboundGuard(true, List.of(), false), oneSlot());
        try (Receiver receiver = Receiver.healthy()) {
            WebhookSender.Result sent = sender.send(receiver.url() + "/%0d%0aX-Injected:%20yes", "msg_path", List.of(GOOD_SECRET), "{}",
                    Instant.now()).get(30, TimeUnit.SECONDS);
            assertEquals(200, sent.status(), sent.toString());
            assertEquals(1, receiver.requests().size());
            assertNull(receiver.requests().get(0).header("X-Injected"), "the encoded line break started no header");
        } finally {
            sender.close();
        }
    }

    private static void assertSentAsAFailureAndTheSlotFreed(String deliveryId, List<String> secrets) throws Exception {
        WebhookSender sender = new WebhookSender(new OutboundGuard(true, List.of(), false), oneSlot());
        try (Receiver receiver = Receiver.healthy()) {
            // when: a delivery that cannot be made takes the only slot
            CompletableFuture<WebhookSender.Result> hostile;
            try {
                hostile = sender.send(receiver.url(), deliveryId, secrets, "{}", Instant.now());
            } catch (RuntimeException thrown) {
                throw new AssertionError("the sender threw instead of answering a failed attempt: " + thrown, thrown);
            }
            WebhookSender.Result failed = hostile.get(30, TimeUnit.SECONDS);

            // then: a failed attempt, answered like any other, that never reached the receiver
            assertEquals(0, failed.status(), failed.toString());
            assertNotNull(failed.error(), failed.toString());
            // and the slot is free: the next delivery goes out, signed and with its own id only
            WebhookSender.Result next = sender.send(receiver.url(), "msg_next", List.of(GOOD_SECRET), "{}", Instant.now())
                    .get(30, TimeUnit.SECONDS);
            assertEquals(200, next.status(), next.toString());
            List<Receiver.Request> got = receiver.requests();
            assertEquals(1, got.size(), "only the good delivery reached the receiver");
            assertEquals("msg_next", got.get(0).header("webhook-id"));
            assertNull(got.get(0).header("X-Injected"));
            assertTrue(got.get(0).header("webhook-signature").startsWith("v1,"));
        } finally {
            sender.close();
        }
    }
}
