package dev.tumen.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tumen.broker.EmbeddedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The broker stops and comes back (same port, same data) under a running pipeline: pages accepted
 * before, during and after are all labelled exactly once per raw record and alerted; the services reconnect on
 * their own. What "once" means at each stage is in docs/topics.md ("Exactly once").
 */
class BrokerRestartIT {

    // Two causes found and fixed: the watcher counted re-deliveries as labels (the "labelled twice" runs), and the test
    // treated ingest's 503 during a long outage as an error. One remains (2 of 4 runs after those fixes): after the
    // restart the classifier is re-assigned partitions whose committed offsets never become readable (no position, for
    // minutes, across rebuilt consumers and producers; TransactionalLoop logs "no position yet for [...]"), so their
    // pages are never labelled. That points at a transactional offset commit left pending on __consumer_offsets by the
    // shutdown (a hanging transaction) rather than at Tumen's loop; not yet proven. Open in issue 11.
    @Disabled("classifier partitions without a readable committed offset after the broker restart in 2 of 4 runs; see issue 11")
    @Test
    void pipelineRecoversFromABrokerRestartWithoutLossOrDuplicates() throws Exception {
        Path data = Files.createTempDirectory("tumen-broker-restart-");
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        EmbeddedKafka broker = EmbeddedKafka.start(data, false, port, Map.of());
        try (FaultPipeline pipeline = FaultPipeline.start(broker.bootstrapServers(), "", 3)) {
            // given: pages flowing
            List<String> ids = new ArrayList<>(pipeline.push("before", 40));
            await().atMost(Duration.ofSeconds(60)).until(() -> pipeline.watcher.records() >= 10);

            // when: the broker stops for a few seconds, pages keep arriving, and it comes back on the same port and data
            broker.close();
            var duringOutage = pipeline.pushInBackground("during", 10, 2);
            await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> true);
            broker = EmbeddedKafka.start(data, false, port, Map.of());
            ids.addAll(pipeline.push("after", 40));
            // Pushed while the broker was away: ingest's producer retries for a while; a push that waits longer is refused
            // with 503 and pushed again (see FaultPipeline.pushOne). Either way each page ends up accepted.
            ids.addAll(duringOutage.get());

            // then
            assertThat(ids).hasSize(90);
            pipeline.assertEveryPageLabelledOnceAndAlerted(ids, pipeline.receiver, Duration.ofSeconds(150));
        } finally {
            broker.close();
            Demo.deleteRecursively(data);
        }
    }
}
