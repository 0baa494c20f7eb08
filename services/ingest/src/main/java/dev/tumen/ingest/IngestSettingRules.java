package dev.tumen.ingest;

import static dev.tumen.common.config.SettingRules.Rule.atLeast;
import static dev.tumen.common.config.SettingRules.Rule.between;
import static dev.tumen.common.config.SettingRules.Rule.flag;
import static dev.tumen.common.config.SettingRules.Rule.notNegative;
import static dev.tumen.common.config.SettingRules.Rule.positive;

import dev.tumen.common.config.SettingRules;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * {@code tumen.ingest.*}'s least workable values, checked at start-up: the fetcher's and the importer's beans are made
 * at their first request, so a timeout of -1s or a body limit of 0 surfaced there, as a failed fetch or import.
 */
@Singleton
public class IngestSettingRules implements SettingRules {
    @Override
    public List<Rule> rules() {
        return List.of(notNegative("tumen.ingest.startup-wait"), atLeast("tumen.ingest.seen.max-pages", 1),
                atLeast("tumen.ingest.max-body-bytes", 1), atLeast("tumen.ingest.max-pending-requests", 1),
                positive("tumen.ingest.fetch.connect-timeout"), positive("tumen.ingest.fetch.read-timeout"),
                atLeast("tumen.ingest.fetch.max-body-bytes", 1), atLeast("tumen.ingest.fetch.max-redirects", 0),
                notNegative("tumen.ingest.fetch.host-interval"), notNegative("tumen.ingest.fetch.robots-ttl"),
                atLeast("tumen.ingest.feeds.min-interval", 1), atLeast("tumen.ingest.feeds.default-interval", 1),
                between("tumen.ingest.feeds.threads", 1, 256), positive("tumen.ingest.feeds.tick"),
                atLeast("tumen.ingest.feeds.max-entries-per-poll", 1),
                atLeast("tumen.ingest.feeds.max-feeds", 1), notNegative("tumen.ingest.feeds.load-wait"),
                atLeast("tumen.ingest.import-progress-every", 1), notNegative("tumen.ingest.import-busy-timeout"),
                positive("tumen.ingest.send-timeout"), atLeast("tumen.ingest.max-in-flight", 1),
                atLeast("tumen.ingest.max-in-flight-bytes", 1), positive("tumen.ingest.failure.stall-timeout"),
                flag("tumen.ingest.fetch.respect-robots"), flag("tumen.ingest.create-topics"));
    }
}
