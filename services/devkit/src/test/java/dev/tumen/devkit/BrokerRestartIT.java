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
import org.junit.jupiter.api.Test;

/**
 * The broker stops and comes back (same port, same data) under a running pipeline: pages accepted
 * before, during and after are all labelled exactly once per raw record and alerted; the services reconnect on
 * their own. What "once" means at each stage is in docs/topics.md ("Exactly once").
 */
class BrokerRestartIT {

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
