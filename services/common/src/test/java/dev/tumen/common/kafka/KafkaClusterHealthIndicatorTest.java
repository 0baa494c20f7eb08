package dev.tumen.common.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The indicator makes its admin client at start, on a background thread: it must still be closed on shutdown, and
 * none may be made (and left running) after that, however the warm-up and the shutdown interleave. No broker: the
 * admin client is pointed at a port nothing listens on.
 */
class KafkaClusterHealthIndicatorTest {

    @Test
    void adminClientMadeAtStartIsClosedOnShutdown() throws Exception {
        String clientId = "health-test-" + System.nanoTime();
        KafkaClusterHealthIndicator indicator = new KafkaClusterHealthIndicator(config(clientId));
        indicator.warmUp();
        awaitThreads(clientId, true);

        indicator.close();

        awaitThreads(clientId, false);
    }

    @Test
    void shutdownDuringWarmUpLeavesNoClient() throws Exception {
        for (int i = 0; i < 5; i++) {
            String clientId = "health-race-" + i + "-" + System.nanoTime();
            KafkaClusterHealthIndicator indicator = new KafkaClusterHealthIndicator(config(clientId));
            indicator.warmUp();
            indicator.close();
            // Absent for a while, not just at the first look: a warm-up still running must not make its client later.
            Awaitility.await("no admin client of " + clientId + " after close").during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(20)).until(() -> adminThreads(clientId) == 0);
        }
    }

    @Test
    void reportsDownAfterShutdownWithoutMakingANewClient() throws Exception {
        String clientId = "health-closed-" + System.nanoTime();
        KafkaClusterHealthIndicator indicator = new KafkaClusterHealthIndicator(config(clientId));
        indicator.close();

        HealthResult result = first(indicator.getResult());

        assertEquals(HealthStatus.DOWN, result.getStatus());
        assertTrue(adminThreads(clientId) == 0, "no admin client after close");
    }

    private static Map<String, Object> config(String clientId) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port, AdminClientConfig.CLIENT_ID_CONFIG, clientId);
    }

    /** Kafka names its admin client's network thread after the client id (Awaitility names its own after the alias). */
    private static long adminThreads(String clientId) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().equals("kafka-admin-client-thread | " + clientId)).count();
    }

    private static void awaitThreads(String clientId, boolean present) {
        Awaitility.await("admin client thread of " + clientId + (present ? " started" : " ended")).atMost(Duration.ofSeconds(20))
                .until(() -> (adminThreads(clientId) > 0) == present);
    }

    private static HealthResult first(Publisher<HealthResult> publisher) throws Exception {
        CompletableFuture<HealthResult> result = new CompletableFuture<>();
        publisher.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription s) {
                s.request(1);
            }

            @Override
            public void onNext(HealthResult r) {
                result.complete(r);
            }

            @Override
            public void onError(Throwable t) {
                result.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
            }
        });
        return result.get();
    }
}
