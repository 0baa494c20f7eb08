package dev.tumen.common.config;

import static dev.tumen.common.config.SettingRules.Rule.flag;

import jakarta.inject.Singleton;
import java.util.List;

/** Every service's {@code tumen.outbound.*} flags: a value Micronaut would read as false must not turn https-only off. */
@Singleton
public class OutboundSettingRules implements SettingRules {
    @Override
    public List<Rule> rules() {
        return List.of(flag("tumen.outbound.allow-private"), flag("tumen.outbound.require-https"));
    }
}
