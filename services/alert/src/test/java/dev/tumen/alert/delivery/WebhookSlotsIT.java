package dev.tumen.alert.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.AlertSettings;
import dev.tumen.alert.Receiver;
import dev.tumen.common.net.OutboundGuard;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Receivers that never answer must not hold the slots healthy receivers need: every request here that hangs would hold
 * its slot for the whole timeout (60 s), and before {@code slow-request} a healthy receiver's request queued behind
 * them until then.
 */
class WebhookSlotsIT {
    private static AlertSettings settings(int maxConcurrent, Duration slowRequest, int maxSlow) {
        return new AlertSettings(List.of(Duration.ZERO, Duration.ofSeconds(5)), 0.2, Duration.ofSeconds(60), Duration.ofSeconds(5), 2048,
                32, 4, Duration.ofSeconds(5), 500, Duration.ofSeconds(10), maxConcurrent, slowRequest, maxSlow, Duration.ofHours(12),
                Duration.ofDays(3), Duration.ofDays(7), 200, 32, Duration.ofHours(12), 4, Duration.ofSeconds(5), true, 6, Duration.ofSeconds(5));
    }

    private static List<CompletableFuture<WebhookSender.Result>> hang(WebhookSender sender, Receiver hanging, int n) {
        List<CompletableFuture<WebhookSender.Result>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(sender.send(hanging.url() + "/" + i, "msg_hang" + i, List.of(), "{}", Instant.now()));
        }
        return out;
    }

    @Test
    void aHealthyReceiverDoesNotWaitForUnansweredRequestsToTimeOut() throws Exception {
        WebhookSender sender = new WebhookSender(new OutboundGuard(true, List.of(), false), settings(4, Duration.ofMillis(200), 16));
        try (Receiver hanging = new Receiver(n -> Receiver.HANG); Receiver healthy = Receiver.healthy()) {
            // given twice as many unanswered requests as slots
            List<CompletableFuture<WebhookSender.Result>> hung = hang(sender, hanging, 8);

            // when a healthy receiver's request comes after them
            WebhookSender.Result ok = sender.send(healthy.url(), "msg_ok", List.of(), "{}", Instant.now()).get(30, TimeUnit.SECONDS);

            // then it is answered while every one of them is still open, and all of them reached their receiver
            assertEquals(200, ok.status());
            assertTrue(hung.stream().noneMatch(CompletableFuture::isDone), "a hanging request ended before the healthy one was answered");
            await().atMost(Duration.ofSeconds(30)).until(() -> hanging.requests().size() == 8);
        } finally {
            sender.close();
        }
    }

    @Test
    void slowRequestsHaveABoundOfTheirOwn() throws Exception {
        WebhookSender sender = new WebhookSender(new OutboundGuard(true, List.of(), false), settings(2, Duration.ofMillis(100), 2));
        List<CompletableFuture<WebhookSender.Result>> hung;
        CompletableFuture<WebhookSender.Result> healthyAnswer;
        Receiver hanging = new Receiver(n -> Receiver.HANG);
        try (hanging; Receiver healthy = Receiver.healthy()) {
            hung = hang(sender, hanging, 8);
            healthyAnswer = sender.send(healthy.url(), "msg_ok", List.of(), "{}", Instant.now());
            // Two slots and two slow places, all four held: the other four and the healthy request wait.
            await().atMost(Duration.ofSeconds(30)).until(() -> sender.slowRequests() == 2 && sender.queued() == 5
                    && hanging.requests().size() == 4);
            assertTrue(!healthyAnswer.isDone());
        }
        try {
            // The hanging receiver is gone: its four requests fail, the rest go to a closed port and fail too, then the
            // healthy request is sent (its receiver closed as well: it fails, but it was let through).
            CompletableFuture.allOf(hung.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            healthyAnswer.get(60, TimeUnit.SECONDS);
            assertTrue(hung.stream().allMatch(f -> f.join().status() == 0));
            // Only the four let through ever reached the receiver while it listened.
            assertEquals(4, hanging.requests().size());
            assertEquals(0, sender.queued());
            await().atMost(Duration.ofSeconds(30)).until(() -> sender.slowRequests() == 0);
        } finally {
            sender.close();
        }
    }
}
