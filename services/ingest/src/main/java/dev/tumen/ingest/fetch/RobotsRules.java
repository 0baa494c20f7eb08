package dev.tumen.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
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

    /** @param note why every page is disallowed when the file's rules do not say it, or {@code null} */
    private record Cached(BaseRobotRules rules, Instant expires, String note) {
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
            cached = new Cached(rules(robotsUrl, response), clock.instant().plus(ttl), refusedRules(response.status())
                    ? "robots.txt answered HTTP " + response.status() + ", read as disallowing every page" : null);
            if (response.status() != 0) {
                // An unreachable robots.txt disallows this request only: a timeout must not block the host for the TTL.
                cache.put(origin, cached);
            }
        }
        return cached.rules().isAllowed(url.toString());
    }

    /** Why {@code url}'s origin disallows every page, when its robots.txt's answer (not its rules) said so; else null. */
    public String note(URI url) {
        Cached cached = cache.getIfPresent(origin(url));
        return cached == null ? null : cached.note();
    }

    BaseRobotRules rules(URI robotsUrl, Response response) {
        if (response.status() == 200 && response.body() != null) {
            return parser.parseContent(robotsUrl.toString(), response.body(),
                    response.contentType() == null ? "text/plain" : response.contentType(), List.of(agent));
        }
        if (refusedRules(response.status())) {
            return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
        }
        // RFC 9309 §2.3.1: other 4xx mean "no rules"; 5xx and unreachable mean "assume complete disallow" for now.
        return parser.failedFetch(response.status() == 0 ? 503 : response.status());
    }

    /**
     * A robots.txt answered 401 or 403: the site refuses this crawler its rules. RFC 9309 §2.3.1.3 counts every 4xx as
     * "unavailable", after which a crawler MAY access any resource, and crawler-commons reads it so: everything allowed.
     * Tumen takes the older reading, which Google's crawler followed until 2019 and others still do: a site that
     * answers its rules with "unauthorised" or "forbidden" does not want to be crawled, and a monitor reading news
     * gains nothing by fetching its pages regardless (review of session 44). The RFC's MAY leaves a crawler free not to.
     */
    static boolean refusedRules(int status) {
        return status == 401 || status == 403;
    }

    private static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port);
    }
}
