package dev.tumen.ingest.page;

import dev.tumen.model.PageReceived;
import java.util.concurrent.CompletableFuture;

/** Where accepted pages go: the pages topic (see {@code kafka.PagePublisher}). */
public interface PageSink {
    /**
     * Hands {@code page} to Kafka and returns once the broker acknowledged it.
     *
     * @throws Refusal with status 503 when it could not be handed over
     */
    void publish(PageReceived page);

    /**
     * Hands {@code page} to Kafka without waiting for the acknowledgement: the future completes once the broker
     * acknowledged it, or exceptionally with a {@link Refusal}. A refusal known before anything is sent (too large,
     * too many pages in flight) may also be thrown at once. This default waits, as {@link #publish} does.
     */
    default CompletableFuture<Void> publishAsync(PageReceived page) {
        publish(page);
        return CompletableFuture.completedFuture(null);
    }

    /**
     * The same, with the page's content already encoded as UTF-8 ({@code contentUtf8}, which the caller no longer
     * changes): the intake encodes it once, to count and hash it, and the sink may write the record from those bytes.
     */
    default CompletableFuture<Void> publishAsync(PageReceived page, byte[] contentUtf8) {
        return publishAsync(page);
    }

    /**
     * Why a page could not be taken now, before anything of it is read, or {@code null} when there is room: lets a push
     * be refused before its body is parsed, hashed and written (a page may still be refused by the send itself).
     */
    default Refusal full() {
        return null;
    }
}
