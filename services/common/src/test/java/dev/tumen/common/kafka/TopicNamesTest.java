package dev.tumen.common.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.Topics;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A prefix no Kafka topic name can carry (a space, a slash, or so long that a name passes Kafka's 249 characters) started
 * every service healthy while each of its loops failed on INVALID_TOPIC_EXCEPTION, retrying for ever (probe of
 * session 28). It stops start-up naming the setting.
 */
class TopicNamesTest {
    @Test
    void aPrefixKafkaCanNameTopicsWithIsTaken() {
        for (String prefix : List.of("", "staging.", "t-1_x.", "a".repeat(200))) {
            assertEquals(prefix + Topics.PAGES, new TopicNames(prefix).pages());
        }
    }

    @Test
    void aPrefixNoTopicNameCanCarryStopsStartUp() {
        for (String prefix : List.of("a b/", "tenant:1.", "é.", "a".repeat(300), "x\n")) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> new TopicNames(prefix), prefix);
            assertTrue(e.getMessage().startsWith("tumen.topic-prefix (TUMEN_TOPIC_PREFIX)"), e.getMessage());
        }
    }
}
