package dev.tumen.ingest.fetch;

import java.time.Duration;

/**
 * How ingest behaves as a web client ({@code tumen.ingest.fetch.*}).
 *
 * @param userAgent      sent with every request; names Tumen and where to complain, as polite crawlers do
 * @param robotsAgent    the product token matched against robots.txt {@code User-agent} lines
 * @param connectTimeout TCP/TLS connect timeout
 * @param readTimeout    time for the whole response (headers and body) once connected
 * @param maxBodyBytes   larger bodies are refused (and the transfer stopped)
 * @param maxRedirects   redirect hops followed, each checked against the outbound guard and robots.txt
 * @param hostInterval   minimum time between two requests to one host
 * @param robotsTtl      how long a host's robots.txt is cached
 * @param respectRobots  whether robots.txt is obeyed at all (only ever off for a site you own)
 */
public record FetchSettings(String userAgent, String robotsAgent, Duration connectTimeout, Duration readTimeout,
                            long maxBodyBytes, int maxRedirects, Duration hostInterval, Duration robotsTtl,
                            boolean respectRobots) {

    public static FetchSettings defaults() {
        return new FetchSettings("TumenBot/0.1 (+https://github.com/tumen-dev/tumen; news monitor)", "TumenBot",
                Duration.ofSeconds(5), Duration.ofSeconds(20), 5L * 1024 * 1024, 5, Duration.ofSeconds(1),
                Duration.ofHours(1), true);
    }
}
