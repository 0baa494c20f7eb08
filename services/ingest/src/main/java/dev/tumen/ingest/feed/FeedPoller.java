package dev.tumen.ingest.feed;

import dev.tumen.common.logging.UrlRedaction;
import dev.tumen.ingest.dedup.SeenPages;
import dev.tumen.ingest.fetch.FetchResult;
import dev.tumen.ingest.fetch.HttpFetcher;
import dev.tumen.ingest.fetch.PageFetcher;
import dev.tumen.ingest.page.IncomingPage;
import dev.tumen.ingest.page.IngestMetrics;
import dev.tumen.ingest.page.PageIntake;
import dev.tumen.ingest.page.Refusal;
import dev.tumen.ingest.page.UnpublishablePages;
import dev.tumen.ingest.page.UrlCanonicalizer;
import dev.tumen.model.Hashes;
import io.micrometer.core.instrument.Gauge;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls each due feed on a small pool, so a slow or failing feed holds one thread for at most the fetch
 * timeout and never delays the others. A poll is a conditional GET; new entries' pages are fetched
 * (entries whose page is already published are skipped without a request) and published.
 *
 * <p>The feed's cursor (its ETag / Last-Modified) advances only past a fully handled response: when entries are
 * left, by the per-poll cap or by a transient failure, the validators are cleared, so the next poll is
 * unconditional and the feed cannot answer 304 over entries never taken. Published entries are skipped then by
 * the seen pages, so each is published once.
 *
 * <p>An entry whose page can never be published (too large, not text, …) is handled by going to the pages'
 * dead-letter topic with the reason ({@link UnpublishablePages}); only once that is written does the cursor move past it.
 */
public class FeedPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

    private final FeedRegistry registry;
    private final HttpFetcher fetcher;
    private final PageFetcher pages;
    private final PageIntake intake;
    private final UnpublishablePages unpublishable;
    private final SeenPages seen;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final Duration tick;
    private final int maxEntriesPerPoll;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService pool;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, Gauge> lagGauges = new ConcurrentHashMap<>();
    /**
     * Entries already dead-lettered ({@code feed id + link}), so a feed that keeps listing one does not dead-letter it
     * again at every poll; the most recent ones, in memory: after a restart each is dead-lettered once more.
     */
    private final Set<String> deadLettered = java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(
            new java.util.LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Boolean> eldest) {
                    return size() > 10_000;
                }
            }));

    /**
     * Polls in a row whose fetch of an entry's page failed in a way that may pass ({@code fetch-failed},
     * {@code upstream-status}) before the entry is dead-lettered with that reason: it was tried again at every poll without
     * end (a page answering 404 or 500 for good), and kept every poll of its feed unconditional ({@code partial}: the
     * fourth review's note; session 33, probe).
     */
    static final int ENTRY_ATTEMPTS = 5;
    /** Failures in a row per entry ({@code feed id + link}) that may pass; the most recent ones, in memory. */
    private final Map<String, Integer> entryFailures = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > 10_000;
        }
    });

    public FeedPoller(FeedRegistry registry, HttpFetcher fetcher, PageFetcher pages, PageIntake intake,
                      UnpublishablePages unpublishable, SeenPages seen, IngestMetrics metrics, Clock clock, int threads, Duration tick,
                      int maxEntriesPerPoll) {
        this.registry = registry;
        this.fetcher = fetcher;
        this.pages = pages;
        this.intake = intake;
        this.unpublishable = unpublishable;
        this.seen = seen;
        this.metrics = metrics;
        this.clock = clock;
        this.tick = tick;
        this.maxEntriesPerPoll = maxEntriesPerPoll;
        AtomicInteger n = new AtomicInteger();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "feed-scheduler"));
        this.pool = Executors.newFixedThreadPool(threads, r -> daemon(r, "feed-poll-" + n.incrementAndGet()));
        // A feed's lag gauge exists from the moment the feed does, not from the scheduler's next tick.
        registry.watch(new FeedRegistry.Watcher() {
            @Override
            public void added(String id) {
                lagGauge(id);
            }

            @Override
            public void removed(String id) {
                Gauge g = lagGauges.remove(id);
                if (g != null) {
                    metrics.registry().remove(g);
                }
            }
        });
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::tick, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    void tick() {
        try {
            if (!registry.awaitLoaded(Duration.ZERO)) {
                return;
            }
            Instant now = clock.instant();
            for (Feed feed : registry.all()) {
                if (!feed.paused() && !feed.nextDue().isAfter(now) && inFlight.add(feed.id())) {
                    pool.submit(() -> {
                        try {
                            poll(feed.id());
                        } finally {
                            inFlight.remove(feed.id());
                        }
                    });
                }
            }
            updateLagGauges();
        } catch (RuntimeException e) {
            // The scheduler must survive anything: an exception here would silently cancel every future poll.
            LOG.error("feed scheduler tick failed", e);
        }
    }

    /**
     * One gauge per followed feed, added and removed as the registry's watcher hears of feeds coming and going;
     * each tick also reconciles, so a feed removed while the watcher was being registered loses its gauge too.
     * Gauges point at this poller, a live bean: they hold their object weakly, so a boxed number would vanish.
     */
    private void lagGauge(String feedId) {
        lagGauges.computeIfAbsent(feedId, id -> Gauge.builder("tumen.ingest.feed.lag.seconds", this, p -> p.lagSeconds(id))
                .description("seconds since the feed was last polled successfully (since it was added, if never)")
                .tag("feed", id).register(metrics.registry()));
    }

    private void updateLagGauges() {
        Set<String> current = new java.util.HashSet<>();
        for (Feed f : registry.all()) {
            current.add(f.id());
            lagGauge(f.id());
        }
        lagGauges.entrySet().removeIf(e -> {
            if (current.contains(e.getKey())) {
                return false;
            }
            metrics.registry().remove(e.getValue());
            return true;
        });
    }

    double lagSeconds(String id) {
        return registry.get(id).map(f -> (double) Duration.between(f.lastSuccessAt() != null ? f.lastSuccessAt() : f.createdAt(),
                clock.instant()).toSeconds()).orElse(Double.NaN);
    }

    /** Polls one feed now; returns the number of pages published. */
    public int poll(String id) {
        Feed feed = registry.get(id).orElse(null);
        if (feed == null) {
            return 0;
        }
        URI url = URI.create(feed.url());
        int published = 0;
        try {
            FetchResult result = fetcher.get(url, HttpFetcher.FEED_TYPES, new HttpFetcher.Validators(feed.etag(), feed.lastModified()));
            if (result.notModified()) {
                metrics.feedPolled("not-modified");
                registry.recordPoll(feed.succeeded(clock.instant(), "not-modified",
                        result.etag() != null ? result.etag() : feed.etag(),
                        result.lastModified() != null ? result.lastModified() : feed.lastModified(), 0));
                return 0;
            }
            FeedParser.Parsed parsed = FeedParser.parse(result.body(), result.url());
            Taken taken = publishEntries(feed, parsed.entries());
            published = taken.published();
            if (taken.left() > 0) {
                metrics.feedPolled("partial");
                LOG.info("feed {}: {} entries left for the next poll, which will not be conditional", feed.id(), taken.left());
                registry.recordPoll(feed.succeeded(clock.instant(), "partial", null, null, published));
            } else {
                metrics.feedPolled("ok");
                registry.recordPoll(feed.succeeded(clock.instant(), "ok", result.etag(), result.lastModified(), published));
            }
            return published;
        } catch (Refusal r) {
            metrics.feedPolled("failed");
            metrics.refused("feed", r.reason());
            // The id names the feed; its URL's path may be a paid feed's key, so the log shows only its origin.
            LOG.warn("feed {} ({}) failed: {} ({})", feed.id(), UrlRedaction.origin(feed.url()), UrlRedaction.origins(r.getMessage()), r.reason());
            safeRecord(feed.failed(clock.instant(), r.reason(), r.getMessage(), published));
            return published;
        } catch (RuntimeException e) {
            metrics.feedPolled("failed");
            LOG.warn("feed {} ({}) failed", feed.id(), UrlRedaction.origin(feed.url()), e);
            safeRecord(feed.failed(clock.instant(), "internal", String.valueOf(e.getMessage()), published));
            return published;
        }
    }

    private void safeRecord(Feed failed) {
        try {
            registry.recordPoll(failed);
        } catch (RuntimeException e) {
            LOG.warn("cannot store state of feed {}: {}", failed.id(), e.getMessage());
        }
    }

    /** Pages published by a poll, and entries it left for a later one (cap or transient failure). */
    record Taken(int published, int left) {
    }

    /** A failure that may pass: the entry stays for the next poll instead of being counted as handled. */
    private static boolean transientFailure(Refusal r) {
        // 429: Kafka is busy now (too many pages waiting for its acknowledgement), not a verdict on the page.
        return r.status() >= 503 || r.status() == 429 || "fetch-failed".equals(r.reason()) || "upstream-status".equals(r.reason());
    }

    private Taken publishEntries(Feed feed, List<FeedParser.Entry> entries) {
        List<FeedParser.Entry> ordered = new ArrayList<>(entries);
        // Oldest first, so pages arrive downstream in publication order.
        ordered.sort(Comparator.comparing(FeedParser.Entry::published, Comparator.nullsFirst(Comparator.naturalOrder())));
        int published = 0;
        int attempted = 0;
        int left = 0;
        for (FeedParser.Entry entry : ordered) {
            if (attempted >= maxEntriesPerPoll) {
                left++;
                continue;
            }
            String link = UrlCanonicalizer.canonicalOrNull(entry.link());
            try {
                PageIntake.Outcome outcome;
                if (link != null) {
                    if (seen.knowsId(Hashes.pageId(link, null)) || deadLettered.contains(feed.id() + " " + link)) {
                        continue;
                    }
                    attempted++;
                    outcome = pages.fetch(link, "feed", feed.name(), entry.title(), entry.published());
                } else if (entry.summary() != null) {
                    attempted++;
                    outcome = intake.accept(new IncomingPage(null, entry.summary(), "text/html", feed.name(), "feed",
                            entry.title(), entry.published()));
                } else {
                    String key = feed.id() + " " + entry.link();
                    if (entry.link() != null && !deadLettered.contains(key)) {
                        // A link no fetch can follow (javascript:, file:, a port past 65535) and no summary to publish
                        // instead: the entry can never be published, and it was skipped without a trace (probe of session 27).
                        unpublishable.deadLetter(new UnpublishablePages.Unpublishable("feed", feed.name(), entry.link(), null,
                                entry.title(), entry.published(), "invalid-url", "the entry's link is not an http(s) URL a fetch can follow"));
                        deadLettered.add(key);
                    }
                    continue;
                }
                if (!outcome.duplicate()) {
                    published++;
                }
                if (link != null) {
                    entryFailures.remove(feed.id() + " " + link);
                }
            } catch (Refusal r) {
                if (r.status() == 503) {
                    throw r;
                }
                int failures = link == null || !transientFailure(r) || r.status() == 429 ? 0
                        : entryFailures.merge(feed.id() + " " + link, 1, Integer::sum);
                if (transientFailure(r) && failures < ENTRY_ATTEMPTS) {
                    left++;
                    LOG.warn("feed {}: entry {} failed, retried on the next poll: {} ({})", feed.id(), entry.link(), r.getMessage(),
                            r.reason());
                } else {
                    if (failures >= ENTRY_ATTEMPTS) {
                        entryFailures.remove(feed.id() + " " + link);
                        r = new Refusal(r.status(), r.reason(), r.getMessage() + " (at " + failures + " polls in a row; not tried again)");
                    }
                    // Written before the cursor moves on (a failure here is a 503: the poll fails, the entry stays).
                    unpublishable.deadLetter(new UnpublishablePages.Unpublishable("feed", feed.name(), link != null ? link : entry.link(),
                            null, entry.title(), entry.published(), r.reason(), r.getMessage()));
                    if (link != null) {
                        deadLettered.add(feed.id() + " " + link);
                    }
                }
            } catch (RuntimeException e) {
                // A fault no refusal names, on one entry, failed the whole poll as "internal" before the entries after
                // it, and again at every poll: one hostile page stopped its feed for good (probe of session 29).
                LOG.warn("feed {}: entry {} failed", feed.id(), link != null ? link : entry.link(), e);
                unpublishable.deadLetter(new UnpublishablePages.Unpublishable("feed", feed.name(), link != null ? link : entry.link(),
                        null, entry.title(), entry.published(), "internal", "the entry could not be handled: " + e));
                deadLettered.add(feed.id() + " " + (link != null ? link : entry.link()));
            }
        }
        return new Taken(published, left);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        pool.shutdownNow();
        lagGauges.values().forEach(metrics.registry()::remove);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
