package dev.tumen.alert.kafka;

import dev.tumen.alert.delivery.AlertRouter;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The real handler with failures injected by record key: {@code throw-once-*} fails its first attempt, {@code throw-always-*} every one. */
@Singleton
@Replaces(ArticleHandler.class)
@Requires(property = "tumen.test.poison-handler", value = "true")
public class PoisonArticleHandler extends ArticleHandler {
    public static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    public PoisonArticleHandler(AlertRouter router) {
        super(router);
    }

    @Override
    public CompletableFuture<?> handle(ConsumerRecord<String, byte[]> record) {
        int call = CALLS.computeIfAbsent(String.valueOf(record.key()), k -> new AtomicInteger()).incrementAndGet();
        if (record.key() != null && (record.key().startsWith("throw-always") || record.key().startsWith("throw-once") && call == 1)) {
            return CompletableFuture.failedFuture(new IllegalStateException("injected: handler fails (call " + call + ")"));
        }
        return super.handle(record);
    }
}
