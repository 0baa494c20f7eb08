package dev.tumen.common.config;

import jakarta.inject.Singleton;
import java.util.List;

/** Every service's Kafka client settings that an empty value leaves unusable without a word: the broker list. */
@Singleton
public class KafkaSettingRules implements SettingRules {
    @Override
    public List<Rule> rules() {
        return List.of(Rule.notBlank("kafka.bootstrap.servers"));
    }
}
