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
     * Must run before anything touches {@code CompletableFuture} or Netty. The JDK {@code HttpClient} completes every
     * {@code sendAsync} on {@code CompletableFuture}'s default pool, and with a common pool of fewer than two threads
     * (any machine with two cores or fewer) that "pool" starts a new thread per task: one thread per webhook response,
     * about 700 a second in the benchmark, and most of its latency tail. An explicit setting wins.
     */
    public static void prepareJvm() {
        String key = "java.util.concurrent.ForkJoinPool.common.parallelism";
        if (System.getProperty(key) == null) {
            System.setProperty(key, Integer.toString(Math.max(2, Runtime.getRuntime().availableProcessors() - 1)));
        }
        // Netty 4.2 reports its buffer allocations as JDK Flight Recorder events; the first allocation (the first
        // request, i.e. the first /health) then loads and sets up Flight Recorder itself, about a hundred classes and
        // 0.1-0.5 s at start-up, although nothing records them. -Dio.netty.jfr.enabled=true brings them back.
        System.setProperty("io.netty.jfr.enabled", System.getProperty("io.netty.jfr.enabled", "false"));
    }

    public static void main(String[] args) {
        prepareJvm();
        Micronaut.build(args).mainClass(Application.class).start();
    }
}
