package dev.tumen.classifier;

import io.micronaut.runtime.Micronaut;

/**
 * The classifier service: consumes raw pages, turns each into a labelled article (boilerplate removed,
 * language detected, relevance, severity, categories, actors, evidence) and publishes it exactly once.
 * Also labels single pages synchronously over {@code POST /classify}.
 */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).banner(false).mainClass(Application.class).start();
    }
}
