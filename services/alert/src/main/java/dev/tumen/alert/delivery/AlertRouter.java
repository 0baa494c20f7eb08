package dev.tumen.alert.delivery;

import dev.tumen.alert.story.StoryGrouping;
import dev.tumen.alert.story.StoryWrites;
import dev.tumen.alert.story.StoryTable;
import dev.tumen.alert.stream.StreamEvent;
import dev.tumen.alert.stream.StreamPublisher;
import dev.tumen.alert.subscription.Matcher;
import dev.tumen.alert.subscription.SubscriptionStore;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Hashes;
import dev.tumen.model.Subscription;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Turns one labelled article into alerts: match every subscription, group into its story (one alert per story per
 * subscription, an escalation when a copy raises the severity), append to the live stream, and start the first
 * attempt of every delivery at once. The future completes when all of that is durable.
 */
@Singleton
public class AlertRouter {
    private final SubscriptionStore store;
    private final StoryTable stories;
    private final StoryWrites storyPublisher;
    private final StreamPublisher streamPublisher;
    private final DeliveryEngine engine;
    private final AlertMetrics metrics;

    public AlertRouter(SubscriptionStore store, StoryTable stories, StoryWrites storyPublisher, StreamPublisher streamPublisher,
                       DeliveryEngine engine, AlertMetrics metrics) {
        this.store = store;
        this.stories = stories;
        this.storyPublisher = storyPublisher;
        this.streamPublisher = streamPublisher;
        this.engine = engine;
        this.metrics = metrics;
    }

    public CompletableFuture<Void> route(ArticleLabelled article) {
        return route(article, -1);
    }

    /** {@code writtenAtMillis}: the article record's timestamp, or negative when unknown. */
    public CompletableFuture<Void> route(ArticleLabelled article, long writtenAtMillis) {
        if (!article.relevant() || article.severity() == dev.tumen.model.Severity.NONE) {
            return CompletableFuture.completedFuture(null);
        }
        Instant now = Instant.now();
        if (article.labelledAt() != null) {
            metrics.routed(Duration.between(article.labelledAt(), now));
            if (writtenAtMillis >= 0) {
                Instant written = Instant.ofEpochMilli(writtenAtMillis);
                // The record's timestamp has whole milliseconds: a send within the label's millisecond is 0, not negative.
                Instant labelled = article.labelledAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
                metrics.written(Duration.between(labelled, written), Duration.between(written, now));
            }
        }
        Matcher.Searchable text = Matcher.searchable(article);
        List<Subscription> matching = store.matchIndex().matching(article, text);
        metrics.matched(matching.size());
        StoryGrouping.Outcome outcome = stories.apply(article, matching, now);
        Alert.StoryRef story = new Alert.StoryRef(outcome.story().id(), Math.max(1, outcome.story().outlets().size()));
        List<CompletableFuture<?>> work = new ArrayList<>();
        List<CompletableFuture<?>> writes = new ArrayList<>();
        Payloads.PerArticle payloads = new Payloads.PerArticle(Alert.ArticleView.of(article), story, now);
        for (StoryGrouping.Decision d : outcome.decisions()) {
            Alert.Escalation escalation = d.from() == null ? null : new Alert.Escalation(d.from(), article.severity());
            Subscription sub = d.subscription();
            work.add(engine.attemptFirst(task(sub, article, d.type(), story.id(), payloads.render(sub.format(), sub.id(), d.type(), escalation), now)));
        }
        if (outcome.changed()) {
            writes.add(storyPublisher.publish(outcome.story()));
        }
        if (outcome.streamType() != null) {
            Alert.Escalation escalation = outcome.streamFrom() == null ? null : new Alert.Escalation(outcome.streamFrom(), article.severity());
            writes.add(streamPublisher.publish(new StreamEvent(outcome.streamType(), now, article, story, escalation)));
        }
        // Called off when the article's partition moves away in a rebalance: deliveries not yet written are left to the
        // new owner, which re-reads the article, instead of being sent twice; the article is committed first only when
        // every outcome is durable all the same. Cancelled outright (lost partitions), its queued deliveries are dropped.
        RecordWork result = RecordWork.allOf(work, writes);
        result.whenComplete((v, e) -> {
            if (result.isCancelled()) {
                work.forEach(w -> w.cancel(false));
            }
        });
        return result;
    }

    static DeliveryTask task(Subscription sub, ArticleLabelled a, String type, String storyId, String body, Instant now) {
        return new DeliveryTask(deliveryId(sub.id(), a.id(), type), sub.id(), type, sub.format(), body, a.id(),
                storyId, a.url(), a.title(), a.severity(), a.categories(), a.evidence(), a.receivedAt(), a.labelledAt(),
                0, null, now, null);
    }

    /** Stable for a (subscription, article, type): retries and re-processing reuse it, so receivers can deduplicate. */
    static String deliveryId(String subscriptionId, String articleId, String type) {
        return "msg_" + Hashes.sha256(subscriptionId + "|" + articleId + "|" + type).substring(0, 26);
    }
}
