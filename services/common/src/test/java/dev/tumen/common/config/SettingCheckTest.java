package dev.tumen.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingCheckTest {
    private static final SettingRules RULES = () -> List.of(SettingRules.Rule.atLeast("tumen.x.count", 1),
            SettingRules.Rule.notNegative("tumen.x.wait"), SettingRules.Rule.positive("tumen.x.timeout"));

    private static List<String> problems(Map<String, Object> properties) {
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).build()) {
            Environment environment = context.getEnvironment().start();
            return SettingCheck.problems(environment, List.of(RULES));
        }
    }

    @Test
    void valuesInRangeAndSettingsNotSetPass() {
        assertEquals(List.of(), problems(Map.of()));
        assertEquals(List.of(), problems(Map.of("tumen.x.count", "1", "tumen.x.wait", "0s", "tumen.x.timeout", "1ms")));
    }

    @Test
    void everySettingOutOfRangeOrUnreadableIsNamedAtOnce() {
        List<String> problems = problems(Map.of("tumen.x.count", "0", "tumen.x.wait", "-5s", "tumen.x.timeout", "0s"));
        assertEquals(List.of("tumen.x.count (TUMEN_X_COUNT) must be at least 1, not 0",
                "tumen.x.wait (TUMEN_X_WAIT) must be zero or a positive duration (e.g. 0s, 5s), not PT-5S",
                "tumen.x.timeout (TUMEN_X_TIMEOUT) must be a positive duration (e.g. 5s, 200ms), not PT0S"), problems);
        problems = problems(Map.of("tumen.x.count", "many", "tumen.x.wait", "banana"));
        assertEquals(List.of("tumen.x.count (TUMEN_X_COUNT) must be a whole number, not 'many'",
                "tumen.x.wait (TUMEN_X_WAIT) must be a duration (e.g. 5s, 200ms), not 'banana'"), problems);
    }

    @Test
    void theCheckRefusesToBeMadeNamingEverySharedSettingOutOfRange() {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("tumen.http.max-pending-requests", "0", "tumen.http.body-timeout", "-1s")).build()) {
            Environment environment = context.getEnvironment().start();
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> new SettingCheck(environment, List.of(new HttpSettingRules())));
            assertTrue(e.getMessage().startsWith("settings out of range: tumen.http.max-pending-requests (TUMEN_HTTP_MAX_PENDING_REQUESTS)")
                    && e.getMessage().contains("TUMEN_HTTP_BODY_TIMEOUT"), e.getMessage());
        }
    }

    /** KAFKA_BOOTSTRAP_SERVERS set to nothing started a service that never turned healthy (the third outside review). */
    @Test
    void anEmptyBrokerListIsRefused() {
        try (ApplicationContext context = ApplicationContext.builder().properties(Map.of("kafka.bootstrap.servers", " ")).build()) {
            Environment environment = context.getEnvironment().start();
            assertEquals(List.of("kafka.bootstrap.servers (KAFKA_BOOTSTRAP_SERVERS) must not be empty"),
                    SettingCheck.problems(environment, List.of(new KafkaSettingRules())));
        }
        try (ApplicationContext context = ApplicationContext.builder().properties(Map.of("kafka.bootstrap.servers", "127.0.0.1:9092")).build()) {
            assertEquals(List.of(), SettingCheck.problems(context.getEnvironment().start(), List.of(new KafkaSettingRules())));
        }
    }

    /**
     * Micronaut reads a flag that is not true/false/yes/no/on/off as false, so TUMEN_OUTBOUND_REQUIRE_HTTPS=1, =maybe or
     * an empty value turned alert's https-only webhooks off (probe of session 28); and a count had no upper bound, so
     * TUMEN_CLASSIFIER_THREADS=100000 started thousands of Kafka clients and never came up.
     */
    @Test
    void aFlagThatIsNotTrueOrFalseAndACountAboveItsMostAreRefused() {
        SettingRules rules = () -> List.of(SettingRules.Rule.flag("tumen.x.on"), SettingRules.Rule.between("tumen.x.threads", 0, 256));
        for (String value : List.of("true", "false", "TRUE", " False ", "yes", "no", "on", "off")) {
            try (ApplicationContext context = ApplicationContext.builder().properties(Map.of("tumen.x.on", value, "tumen.x.threads", "256")).build()) {
                assertEquals(List.of(), SettingCheck.problems(context.getEnvironment().start(), List.of(rules)), value);
            }
        }
        for (String value : List.of("1", "0", "maybe", "", "ture")) {
            try (ApplicationContext context = ApplicationContext.builder().properties(Map.of("tumen.x.on", value)).build()) {
                assertEquals(List.of("tumen.x.on (TUMEN_X_ON) must be true or false, not '" + value + "'"),
                        SettingCheck.problems(context.getEnvironment().start(), List.of(rules)), value);
            }
        }
        try (ApplicationContext context = ApplicationContext.builder().properties(Map.of("tumen.x.threads", "100000")).build()) {
            assertEquals(List.of("tumen.x.threads (TUMEN_X_THREADS) must be at most 256, not 100000"),
                    SettingCheck.problems(context.getEnvironment().start(), List.of(rules)));
        }
    }

    @Test
    void theOutboundFlagsAreCheckedInEveryService() {
        try (ApplicationContext context = ApplicationContext.builder().properties(Map.of("tumen.outbound.require-https", "1")).build()) {
            Environment environment = context.getEnvironment().start();
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> new SettingCheck(environment, List.of(new OutboundSettingRules())));
            assertTrue(e.getMessage().contains("TUMEN_OUTBOUND_REQUIRE_HTTPS"), e.getMessage());
        }
    }
}
