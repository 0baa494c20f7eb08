package dev.tumen.ingest;

import dev.tumen.common.logging.UrlRedaction;
import dev.tumen.ingest.feed.FeedPoller;
import dev.tumen.ingest.feed.FeedRegistry;
import dev.tumen.ingest.files.PageFileImporter;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What ingest does once started: starts the feed poller, declares the feeds listed in configuration and
 * imports {@code tumen.ingest.import-dir}. The last two run in the background so start-up (and /health)
 * never waits on Kafka or a large directory.
 */
@Singleton
public class Startup {
    private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

    private final FeedPoller poller;
    private final FeedRegistry registry;
    private final PageFileImporter importer;
    private final List<String> feedUrls;
    private final long defaultInterval;
    private final String importDir;

    public Startup(FeedPoller poller, FeedRegistry registry, PageFileImporter importer,
                   @Value("${tumen.ingest.feeds.urls:}") List<String> feedUrls,
                   @Value("${tumen.ingest.feeds.default-interval:300}") long defaultInterval,
                   @Nullable @Value("${tumen.ingest.import-dir:}") String importDir) {
        this.poller = poller;
        this.registry = registry;
        this.importer = importer;
        this.feedUrls = feedUrls.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        this.defaultInterval = defaultInterval;
        this.importDir = importDir;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        poller.start();
        Thread background = new Thread(this::declareAndImport, "ingest-startup");
        background.setDaemon(true);
        background.start();
    }

    private void declareAndImport() {
        if (!feedUrls.isEmpty()) {
            if (!registry.awaitLoaded(Duration.ofMinutes(5))) {
                LOG.error("feeds topic not read within 5 minutes; configured feeds not declared");
            } else {
                for (String url : feedUrls) {
                    try {
                        var added = registry.add(url, null, null, false, "config", defaultInterval);
                        LOG.info("feed {} ({}) {}", added.feed().id(), UrlRedaction.origin(url), added.created() ? "added from configuration" : "already followed");
                    } catch (RuntimeException e) {
                        LOG.error("cannot declare configured feed {}: {}", UrlRedaction.origin(url), UrlRedaction.origins(e.getMessage()));
                    }
                }
            }
        }
        if (importDir != null && !importDir.isBlank()) {
            try {
                importer.importPath(Path.of(importDir));
            } catch (Exception e) {
                LOG.error("start-up import of {} failed: {}", importDir, e.toString());
            }
        }
    }
}
