package dev.tumen.common.http;

import io.micronaut.http.HttpRequest;

/**
 * Told of each request the framework refuses before a controller runs: a body that does not bind to its record or
 * breaks its constraints, one too large or of the wrong media type, and one without a token that may make it (a
 * stream of 401s is how a guessing attacker or a client with a revoked token shows). Controllers count their own refusals; without
 * this a service's refusal metric would miss exactly the malformed requests an attacker or a broken client sends.
 */
public interface RefusalObserver {
    /**
     * @param slug the problem type's slug, e.g. {@code malformed-json}
     */
    void refused(HttpRequest<?> request, int status, String slug);
}
