package dev.tumen.ingest.kafka;

import dev.tumen.common.security.Sealer;
import dev.tumen.ingest.feed.Feed;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Feed URLs are encrypted on the feeds topic: a paid or private feed carries its key in the URL ({@code ?api_key=},
 * {@code /private/<token>/rss}), and other systems read the topics. Only this Kafka layer sees the sealed form; the
 * registry, the poller and the API see the URL. Bound to the feed id, so a sealed URL cannot be moved to another feed.
 * A {@link Context} bean: outside {@code dev}, ingest does not start without {@code TUMEN_ENCRYPTION_KEY}.
 */
@Context
public class FeedUrlSealing {
    private final Sealer sealer;

    public FeedUrlSealing(@Nullable @Value("${tumen.encryption.key:}") String key,
                          @Nullable @Value("${tumen.encryption.previous-keys:}") List<String> previous,
                          Environment environment) {
        this(new Sealer(key, previous, environment.getActiveNames().contains(Environment.DEVELOPMENT), "feed URLs"));
    }

    public FeedUrlSealing(Sealer sealer) {
        this.sealer = sealer;
    }

    /** The feed as it goes to the topic. */
    public Feed seal(Feed feed) {
        return feed.withUrl(sealer.seal(context(feed.id()), feed.url()));
    }

    /**
     * The feed as ingest uses it; a plaintext URL from before encryption passes unchanged.
     *
     * @throws IllegalStateException when the URL was sealed with a key this instance lacks, for another feed, or altered
     */
    public Feed open(Feed stored) {
        return stored.withUrl(sealer.open(context(stored.id()), stored.url()));
    }

    /** Whether the stored feed's URL is not sealed with the current key (plaintext, or a previous key). */
    public boolean needsSealing(Feed stored) {
        return !sealer.isSealedWithCurrentKey(stored.url());
    }

    private static String context(String feedId) {
        return "feed " + feedId + "#url";
    }
}
