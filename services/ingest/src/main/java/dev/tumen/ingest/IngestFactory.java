package dev.tumen.ingest;

import dev.tumen.common.net.OutboundGuard;
import dev.tumen.ingest.dedup.SeenPages;
import dev.tumen.ingest.feed.FeedPoller;
import dev.tumen.ingest.feed.FeedRegistry;
import dev.tumen.ingest.feed.FeedStore;
import dev.tumen.ingest.fetch.FetchSettings;
import dev.tumen.ingest.fetch.HttpFetcher;
import dev.tumen.ingest.fetch.PageFetcher;
import dev.tumen.ingest.files.PageFileImporter;
import dev.tumen.ingest.page.IngestMetrics;
import dev.tumen.ingest.page.PageIntake;
import dev.tumen.ingest.page.PageSink;
import dev.tumen.ingest.page.UnpublishablePages;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Builds ingest's plain-Java domain objects from {@code tumen.ingest.*} configuration. */
@Factory
public class IngestFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    IngestMetrics metrics(MeterRegistry registry) {
        return new IngestMetrics(registry);
    }

    @Singleton
    SeenPages seenPages(@Value("${tumen.ingest.startup-wait:30s}") Duration startupWait,
                        @Value("${tumen.ingest.seen.max-pages:50000}") int maxPages, MeterRegistry registry) {
        SeenPages seen = new SeenPages(startupWait, maxPages);
        Gauge.builder("tumen.ingest.seen.pages", seen, SeenPages::size)
                .description("pages the duplicate check remembers (at most tumen.ingest.seen.max-pages)").register(registry);
        FunctionCounter.builder("tumen.ingest.seen.forgotten", seen, SeenPages::forgotten)
                .description("oldest pages forgotten to stay within tumen.ingest.seen.max-pages").register(registry);
        return seen;
    }

    @Singleton
    PageIntake pageIntake(SeenPages seen, PageSink sink, IngestMetrics metrics, Clock clock,
                          @Value("${tumen.ingest.max-body-bytes:2097152}") long maxBodyBytes) {
        return new PageIntake(seen, sink, metrics, maxBodyBytes, clock);
    }

    @Singleton
    FetchSettings fetchSettings(@Value("${tumen.ingest.fetch.user-agent}") String userAgent,
                                @Value("${tumen.ingest.fetch.robots-agent:TumenBot}") String robotsAgent,
                                @Value("${tumen.ingest.fetch.connect-timeout:5s}") Duration connectTimeout,
                                @Value("${tumen.ingest.fetch.read-timeout:20s}") Duration readTimeout,
                                @Value("${tumen.ingest.fetch.max-body-bytes:5242880}") long maxBodyBytes,
                                @Value("${tumen.ingest.fetch.max-redirects:5}") int maxRedirects,
                                @Value("${tumen.ingest.fetch.host-interval:1s}") Duration hostInterval,
                                @Value("${tumen.ingest.fetch.robots-ttl:1h}") Duration robotsTtl,
                                @Value("${tumen.ingest.fetch.respect-robots:true}") boolean respectRobots) {
        return new FetchSettings(userAgent, robotsAgent, connectTimeout, readTimeout, maxBodyBytes, maxRedirects, hostInterval,
                robotsTtl, respectRobots);
    }

    @Singleton
    HttpFetcher httpFetcher(FetchSettings settings, OutboundGuard guard, IngestMetrics metrics, Clock clock) {
        return new HttpFetcher(settings, guard, metrics, clock);
    }

    @Singleton
    PageFetcher pageFetcher(HttpFetcher fetcher, PageIntake intake, IngestMetrics metrics) {
        return new PageFetcher(fetcher, intake, metrics);
    }

    @Singleton
    FeedRegistry feedRegistry(FeedStore store, Clock clock,
                              @Value("${tumen.ingest.feeds.min-interval:60}") long minIntervalSeconds,
                              @Value("${tumen.ingest.feeds.max-feeds:5000}") int maxFeeds) {
        return new FeedRegistry(store, clock, minIntervalSeconds, maxFeeds);
    }

    @Singleton
    @Bean(preDestroy = "close")
    FeedPoller feedPoller(FeedRegistry registry, HttpFetcher fetcher, PageFetcher pages, PageIntake intake,
                          UnpublishablePages unpublishable, SeenPages seen,
                          IngestMetrics metrics, Clock clock,
                          @Value("${tumen.ingest.feeds.threads:4}") int threads,
                          @Value("${tumen.ingest.feeds.tick:1s}") Duration tick,
                          @Value("${tumen.ingest.feeds.max-entries-per-poll:50}") int maxEntries) {
        return new FeedPoller(registry, fetcher, pages, intake, unpublishable, seen, metrics, clock, threads, tick, maxEntries);
    }

    @Singleton
    PageFileImporter importer(PageIntake intake, UnpublishablePages unpublishable,
                              @Value("${tumen.ingest.import-progress-every:100}") int progressEvery,
                              @Value("${tumen.ingest.max-body-bytes:2097152}") long maxBodyBytes,
                              @Value("${tumen.ingest.import-busy-timeout:5m}") Duration busyTimeout) {
        return new PageFileImporter(intake, unpublishable, progressEvery, maxBodyBytes, busyTimeout);
    }
}
