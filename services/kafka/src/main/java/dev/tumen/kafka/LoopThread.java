package dev.tumen.kafka;

import java.time.Duration;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * The thread a loop runs on, and the one way to stop a loop: clear its running flag, wake its consumer out of
 * {@code poll} ({@link Consumer#wakeup()} is the one consumer call that is safe from another thread), then wait for
 * the thread to finish its last commit. Every loop of this module runs on one.
 */
public final class LoopThread {
    private final Thread thread;
    private final Duration joinTimeout;
    private volatile boolean running = true;
    private volatile Consumer<?, ?> consumer;

    /**
     * @param joinTimeout how long {@link #close()} waits for the loop's last commit
     */
    public LoopThread(String name, Runnable body, Duration joinTimeout) {
        this.thread = new Thread(body, name);
        // Never what keeps a JVM alive: the service's shutdown closes its loops.
        this.thread.setDaemon(true);
        this.joinTimeout = joinTimeout;
    }

    public void start() {
        thread.start();
    }

    /** False once {@link #stop()} or {@link #close()} was called. */
    public boolean running() {
        return running;
    }

    /** False once the thread has ended. */
    public boolean alive() {
        return thread.isAlive();
    }

    /** The consumer the loop polls now ({@code null} between consumers), woken by {@link #stop()}. */
    public void polling(Consumer<?, ?> c) {
        this.consumer = c;
        if (c != null && !running) {
            // Stopped while the consumer was being built: make its first poll return at once.
            c.wakeup();
        }
    }

    /** Asks the loop to end, from any thread (its own too): its current or next poll throws a WakeupException. */
    public void stop() {
        running = false;
        Consumer<?, ?> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    /**
     * The body of a loop that survives its consumer: runs {@code body} with a new consumer until stopped; when the
     * body throws, {@code failed} is told (to count and log it) and, a second later, it starts again.
     */
    public <C extends Consumer<?, ?>> void restarting(Supplier<C> consumers, java.util.function.Consumer<C> body,
                                                      java.util.function.Consumer<RuntimeException> failed) {
        while (running) {
            try (C c = consumers.get()) {
                polling(c);
                body.accept(c);
            } catch (WakeupException e) {
                // stopped
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                failed.accept(e);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            } finally {
                polling(null);
            }
        }
    }

    /** {@link #stop()}, then waits for the thread to end (not when called from the loop itself). */
    public void close() {
        stop();
        if (Thread.currentThread() == thread) {
            return;
        }
        try {
            thread.join(joinTimeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
