package dev.tumen.common.config;

import static dev.tumen.common.config.SettingRules.Rule.atLeast;
import static dev.tumen.common.config.SettingRules.Rule.notNegative;

import jakarta.inject.Singleton;
import java.util.List;

/** Every service's {@code tumen.http.*}: the admission and connection bounds and the read deadlines (0s turns a deadline off). */
@Singleton
public class HttpSettingRules implements SettingRules {
    @Override
    public List<Rule> rules() {
        return List.of(atLeast("tumen.http.max-pending-requests", 1), atLeast("tumen.http.overload-retry-after-seconds", 0),
                notNegative("tumen.http.header-timeout"), notNegative("tumen.http.body-timeout"),
                atLeast("tumen.http.max-connections", 0), notNegative("tumen.http.keep-alive-timeout"));
    }
}
