package dev.tumen.alert.story;

import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One alert per story per subscription: the first matching copy of a story alerts, a later copy that raises the
 * severity escalates, every other copy is silent. Pure: the caller owns the {@link StoryBook}.
 */
public final class StoryGrouping {
    public static final String CREATED = "alert.created";
    public static final String ESCALATED = "alert.escalated";
    private static final int MAX_FINGERPRINTS = 16;
    private static final int MAX_ARTICLES = 64;
    private static final int MAX_OUTLETS = 256;

    private StoryGrouping() {
    }

    /**
     * What one subscription gets for one copy.
     *
     * @param subscription the subscriber
     * @param type         {@link #CREATED} or {@link #ESCALATED}
     * @param from         for an escalation, the severity the subscriber was told before
     */
    public record Decision(Subscription subscription, String type, Severity from) {
    }

    /**
     * The result of one copy.
     *
     * @param story      the story after this copy
     * @param decisions  the alerts to send
     * @param streamType what the live stream shows: {@link #CREATED}, {@link #ESCALATED}, or {@code null} for a plain copy
     * @param streamFrom for a stream escalation, the story's previous severity
     * @param changed    whether the story changed (and must be written)
     */
    public record Outcome(Story story, List<Decision> decisions, String streamType, Severity streamFrom, boolean changed) {
    }

    /**
     * Applies one copy to its story.
     *
     * @param existing the story the copy belongs to, or {@code null} when it starts a new one
     * @param matching the subscriptions whose filters the copy passes
     */
    public static Outcome apply(Story existing, ArticleLabelled article, List<Subscription> matching, Instant now) {
        boolean reprocessed = existing != null && existing.articleIds().contains(article.id());
        Map<String, Story.Alerted> alerted = new HashMap<>(existing == null ? Map.of() : existing.alerted());
        List<Decision> decisions = new ArrayList<>();
        for (Subscription sub : matching) {
            Story.Alerted before = alerted.get(sub.id());
            if (before == null) {
                decisions.add(new Decision(sub, CREATED, null));
                alerted.put(sub.id(), new Story.Alerted(article.severity(), article.id(), CREATED, null));
            } else if (before.articleId().equals(article.id())) {
                // The same copy again (a restart re-read it): send the same alert, same webhook-id, so nothing is lost.
                decisions.add(new Decision(sub, before.type(), before.from()));
            } else if (article.severity().compareTo(before.severity()) > 0) {
                decisions.add(new Decision(sub, ESCALATED, before.severity()));
                alerted.put(sub.id(), new Story.Alerted(article.severity(), article.id(), ESCALATED, before.severity()));
            }
        }
        if (existing == null) {
            Story story = new Story(storyId(article), fingerprintList(article), outletList(List.of(), article),
                    List.of(article.id()), article.severity(), alerted, now, now, 1);
            return new Outcome(story, decisions, CREATED, null, true);
        }
        if (reprocessed && decisions.isEmpty()) {
            return new Outcome(existing, decisions, null, null, false);
        }
        List<String> fingerprints = new ArrayList<>(existing.fingerprints());
        if (article.fingerprint() != null && !fingerprints.contains(article.fingerprint()) && fingerprints.size() < MAX_FINGERPRINTS) {
            fingerprints.add(article.fingerprint());
        }
        List<String> articleIds = new ArrayList<>(existing.articleIds());
        if (!reprocessed) {
            articleIds.add(article.id());
            if (articleIds.size() > MAX_ARTICLES) {
                articleIds.remove(0);
            }
        }
        Severity max = article.severity().compareTo(existing.maxSeverity()) > 0 ? article.severity() : existing.maxSeverity();
        String streamType = !reprocessed && article.severity().compareTo(existing.maxSeverity()) > 0 ? ESCALATED : null;
        Story story = new Story(existing.id(), fingerprints, outletList(existing.outlets(), article), articleIds, max, alerted,
                existing.firstSeen(), now, existing.version() + 1);
        return new Outcome(story, decisions, streamType, streamType == null ? null : existing.maxSeverity(), true);
    }

    static String storyId(ArticleLabelled article) {
        return "story_" + (article.id().length() > 24 ? article.id().substring(0, 24) : article.id());
    }

    private static List<String> fingerprintList(ArticleLabelled article) {
        return article.fingerprint() == null || SimHash.parse(article.fingerprint()) == null ? List.of() : List.of(article.fingerprint());
    }

    private static List<String> outletList(List<String> outlets, ArticleLabelled article) {
        String outlet = outlet(article);
        if (outlet == null || outlets.contains(outlet) || outlets.size() >= MAX_OUTLETS) {
            return outlets;
        }
        List<String> out = new ArrayList<>(outlets);
        out.add(outlet);
        return out;
    }

    /** The outlet of a copy: the host of its URL (a source may be "push" or a file path), else its source. */
    static String outlet(ArticleLabelled article) {
        if (article.url() != null) {
            try {
                String host = java.net.URI.create(article.url()).getHost();
                if (host != null) {
                    host = host.toLowerCase(java.util.Locale.ROOT);
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // fall through to the source
            }
        }
        return article.source() == null || article.source().isBlank() ? null : article.source().trim().toLowerCase(java.util.Locale.ROOT);
    }
}
