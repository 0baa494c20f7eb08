package dev.tumen.ingest;

import dev.tumen.common.config.SettingCatalogue;
import jakarta.inject.Singleton;
import java.util.List;

/** {@code tumen.ingest.*} (and the HTTP port's TUMEN_INGEST_PORT) as the code and application.yml read it (IngestSettingCatalogueTest keeps the two in step). */
@Singleton
public class IngestSettingCatalogue implements SettingCatalogue {
    static final List<String> NAMES = List.of("create-topics", "failure.stall-timeout", "feeds.default-interval", "feeds.load-wait",
            "feeds.max-entries-per-poll", "feeds.max-feeds", "feeds.min-interval", "feeds.threads", "feeds.tick", "feeds.urls", "fetch.connect-timeout",
            "fetch.host-interval", "fetch.max-body-bytes", "fetch.max-redirects", "fetch.read-timeout", "fetch.respect-robots",
            "fetch.robots-agent", "fetch.robots-ttl", "fetch.user-agent", "import-busy-timeout", "import-dir", "import-progress-every",
            "import-root", "max-body-bytes", "max-in-flight", "max-in-flight-bytes", "max-pending-requests",
            "overload-retry-after-seconds", "port", "seen.max-pages", "send-timeout", "startup-wait");

    @Override
    public String prefix() {
        return "tumen.ingest";
    }

    @Override
    public List<String> names() {
        return NAMES.stream().map(n -> "tumen.ingest." + n).toList();
    }
}
