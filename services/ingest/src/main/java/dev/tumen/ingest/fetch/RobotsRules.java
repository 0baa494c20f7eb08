package dev.tumen.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;

/**
 * robots.txt decisions per origin (RFC 9309 through crawler-commons), cached for a TTL in a bounded cache (the
 * least recently used origins go first). How robots.txt is fetched is passed in, so this class is unit-tested
 * without a network.
 */
public class RobotsRules {
    /** A robots.txt response: status (0 when unreachable) and body. */
    public record Response(int status, byte[] body, String contentType) {
    }

    private record Cached(BaseRobotRules rules, Instant expires) {
    }

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    /** Origins whose rules are kept at once: parsed rules are small, but origins come from anyone's URLs. */
    static final int MAX_ORIGINS = 10_000;
    private final Cache<String, Cached> cache = Caffeine.newBuilder().maximumSize(MAX_ORIGINS).build();
    private final String agent;
    private final Duration ttl;
    private final Clock clock;

    public RobotsRules(String agent, Duration ttl, Clock clock) {
        this.agent = agent.toLowerCase(Locale.ROOT);
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Whether {@code url} may be fetched; {@code download} gets the origin's robots.txt URL on a cache miss. */
    public boolean allowed(URI url, Function<URI, Response> download) {
        String origin = origin(url);
        Cached cached = cache.getIfPresent(origin);
        if (cached == null || cached.expires().isBefore(clock.instant())) {
            URI robotsUrl = URI.create(origin + "/robots.txt");
            Response response = download.apply(robotsUrl);
            cached = new Cached(rules(robotsUrl, response), clock.instant().plus(ttl));
            if (response.status() != 0) {
                // An unreachable robots.txt disallows this request only: a timeout must not block the host for the TTL.
                cache.put(origin, cached);
            }
        }
        return cached.rules().isAllowed(url.toString());
    }

    BaseRobotRules rules(URI robotsUrl, Response response) {
        if (response.status() == 200 && response.body() != null) {
            return parser.parseContent(robotsUrl.toString(), response.body(),
                    response.contentType() == null ? "text/plain" : response.contentType(), List.of(agent));
        }
        // RFC 9309 §2.3.1: 4xx means "no rules"; 5xx and unreachable mean "assume complete disallow" for now.
        return parser.failedFetch(response.status() == 0 ? 503 : response.status());
    }

    private static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port);
    }
}
