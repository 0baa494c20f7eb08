package dev.tumen.alert;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The alert creates its topics off the start-up thread (AlertRuntime), overlapping the rest of start-up; start-up must
 * still end only with the topics there, and fail with the provisioner's reason when they cannot be created.
 */
@ExtendWith(KafkaExtension.class)
class StartupIT {

    @Test
    void startsOnlyOnceItsTopicsExist() throws Exception {
        try (AlertHarness harness = new AlertHarness(AlertHarness.fastRetries())) {
            harness.start();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
                Set<String> names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                for (String topic : List.of("tumen.subscriptions.v1", "tumen.stories.v1", "tumen.deliveries.v1", "tumen.alerts.v1")) {
                    assertTrue(names.contains(harness.prefix + topic), topic + " missing from " + names);
                }
            }
        }
    }

    @Test
    void failsStartUpWithTheReasonWhenItsTopicsCannotBeCreated() {
        // Three replicas on the one test broker: every topic it lacks fails to be created.
        Map<String, Object> settings = AlertHarness.fastRetries();
        settings.put("tumen.topic-replication-factor", "3");
        try (AlertHarness harness = new AlertHarness(settings)) {
            Throwable failure = assertThrows(RuntimeException.class, harness::start);
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            assertTrue(trace.toString().contains("cannot create topic") && trace.toString().contains("replication factor"),
                    trace.toString());
        }
    }
}
