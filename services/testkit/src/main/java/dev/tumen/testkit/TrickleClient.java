package dev.tumen.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A slowloris for the attack suites: sends the start of a request at once, then one more byte every 150 ms (far inside
 * every idle timeout, which restarts with each byte) until the server answers, closes or resets the connection, or
 * {@code max} has passed. It writes nothing more once the answer has begun: bytes sent to a closed socket draw a reset.
 */
public final class TrickleClient {
    /** What the server sent, whether it closed the connection, and when. */
    public record Result(String answer, boolean closed, Duration took) {
    }

    private TrickleClient() {
    }

    public static Result send(int port, String start, byte trickled, Duration max) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(150);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            long t0 = System.nanoTime();
            out.write(start.getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            boolean closed = false;
            while (!closed && System.nanoTime() - t0 < max.toNanos()) {
                try {
                    if (answer.size() == 0) {
                        out.write(trickled);
                        out.flush();
                    }
                    int c = in.read();
                    if (c == -1) {
                        closed = true;
                    } else {
                        answer.write(c);
                    }
                } catch (SocketTimeoutException stillOpen) {
                    // the next byte
                } catch (IOException reset) {
                    closed = true;
                }
            }
            return new Result(answer.toString(StandardCharsets.UTF_8), closed, Duration.ofNanos(System.nanoTime() - t0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
