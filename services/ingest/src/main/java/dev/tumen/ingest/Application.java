package dev.tumen.ingest;

import io.micronaut.runtime.Micronaut;

/**
 * Tumen ingest: accepts pages by HTTP push, URL fetch, RSS/Atom feeds and file import, and publishes each
 * distinct page once to the pages topic.
 */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
