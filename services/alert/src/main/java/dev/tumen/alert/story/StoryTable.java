package dev.tumen.alert.story;

import dev.tumen.alert.AlertSettings;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Subscription;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The shared {@link StoryBook}: fed by this instance's decisions and by the stories topic (other instances'
 * decisions, and the history after a restart).
 */
@Singleton
public class StoryTable {
    private static final Duration EVICT_EVERY = Duration.ofMinutes(1);
    private final StoryBook book;
    private Instant nextEviction = Instant.EPOCH;

    public StoryTable(AlertSettings settings) {
        this.book = new StoryBook(settings.storyWindow(), settings.storyMaxDistance());
    }

    /** Finds the copy's story and applies the copy to it, atomically with respect to other copies. */
    public synchronized StoryGrouping.Outcome apply(ArticleLabelled article, List<Subscription> matching, Instant now) {
        if (now.isAfter(nextEviction)) {
            book.evict(now);
            nextEviction = now.plus(EVICT_EVERY);
        }
        Long fp = SimHash.parse(article.fingerprint());
        Story existing = fp == null ? book.get(StoryGrouping.storyId(article)) : book.find(fp, now);
        StoryGrouping.Outcome outcome = StoryGrouping.apply(existing, article, matching, now);
        if (outcome.changed()) {
            book.put(outcome.story());
        }
        return outcome;
    }

    /** A story read from the topic. */
    public synchronized void replicate(Story story) {
        book.put(story);
    }

    /** Whether the book holds story {@code id} at {@code version} or a later one ({@link #replicate} would change nothing). */
    public synchronized boolean holds(String id, long version) {
        Story story = book.get(id);
        return story != null && story.version() >= version;
    }

    public synchronized void remove(String id) {
        book.remove(id);
    }

    public synchronized int size() {
        return book.size();
    }
}
