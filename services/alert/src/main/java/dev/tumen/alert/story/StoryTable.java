package dev.tumen.alert.story;

import dev.tumen.alert.AlertSettings;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.Subscription;
import dev.tumen.model.text.OutsideText;
import jakarta.inject.Inject;
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

    @Inject
    public StoryTable(AlertSettings settings) {
        this(settings.storyWindow(), settings.storyMaxDistance());
    }

    StoryTable(Duration window, int maxDistance) {
        this.book = new StoryBook(window, maxDistance);
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

    /** A story read from the topic at {@code now}. */
    public synchronized void replicate(Story story, Instant now) {
        requirePlausible(story, now);
        book.put(story);
    }

    /** How far ahead of this instance's clock another instance's may run: a story's firstSeen is its writer's now. */
    static final Duration MAX_SKEW = Duration.ofDays(1);

    /**
     * A story's window runs from its {@code firstSeen}: one read from the topic with a {@code firstSeen} in the future
     * (year 9999, from anyone who may write the topic, or a writer's broken clock) was open until then, so it stayed in
     * every running instance's book, never evicted, and took in every later copy near its fingerprints instead
     * of a story of their own (probe of session 43, as the eighth review's retry task due far in the future). A story
     * more than {@link #MAX_SKEW} ahead of the reader's clock is malformed, dead-lettered as read.
     */
    static void requirePlausible(Story story, Instant now) {
        if (story.firstSeen().isAfter(now.plus(MAX_SKEW))) {
            throw new MalformedRecordException("story '" + OutsideText.quote(story.id()) + "' was first seen at " + story.firstSeen()
                    + ", more than " + MAX_SKEW.toHours() + " h ahead of this instance's clock");
        }
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
