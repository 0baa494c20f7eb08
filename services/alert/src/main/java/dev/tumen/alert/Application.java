package dev.tumen.alert;

import io.micronaut.runtime.Micronaut;

/**
 * The alert service: labelled articles in, signed webhooks, chat messages and a live stream out.
 * See {@code services/alert/README.md} for configuration and operation.
 */
public final class Application {
    private Application() {
    }

    /**
     * Must run before anything touches {@code CompletableFuture}. The JDK {@code HttpClient} completes every
     * {@code sendAsync} on {@code CompletableFuture}'s default pool, and with a common pool of fewer than two threads
     * (any machine with two cores or fewer) that "pool" starts a new thread per task: one thread per webhook response,
     * about 700 a second in the benchmark, and most of its latency tail. An explicit setting wins.
     */
    public static void prepareJvm() {
        String key = "java.util.concurrent.ForkJoinPool.common.parallelism";
        if (System.getProperty(key) == null) {
            System.setProperty(key, Integer.toString(Math.max(2, Runtime.getRuntime().availableProcessors() - 1)));
        }
    }

    public static void main(String[] args) {
        prepareJvm();
        Micronaut.build(args).mainClass(Application.class).start();
    }
}
