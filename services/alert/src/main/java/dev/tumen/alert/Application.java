package dev.tumen.alert;

import io.micronaut.runtime.Micronaut;

/**
 * The alert service: labelled articles in, signed webhooks, chat messages and a live stream out.
 * See {@code services/alert/README.md} for configuration and operation.
 */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).defaultEnvironments("dev").start();
    }
}
