package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code Expect: 100-continue} over a {@code Content-Length} past {@code micronaut.server.max-request-size} (the fifth
 * review's leftover): the server answered {@code 100 Continue}, inviting the body, and then 413 at once. RFC 9110
 * (10.1.1) lets a server answer the final status instead of 100; now it does, so the client never starts sending.
 */
class ExpectContinueIT {
    private static final String TOKEN = "expect-continue-token-0123456789abcdef";

    @Controller("/expect-upload")
    @Requires(property = "expect-continue-it", value = "true")
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class UploadController {
        @Post(consumes = MediaType.TEXT_PLAIN, produces = MediaType.TEXT_PLAIN)
        String upload(@Body String body) {
            return Integer.toString(body.length());
        }
    }

    @Test
    void aBodyPastTheLimitIsRefusedBeforeItIsInvited() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "tumen.security.token", TOKEN, "kafka.health.enabled", false, "expect-continue-it", "true",
                "micronaut.server.max-request-size", 1000))) {
            String tooLarge = head(100_000, "100-continue");
            String first = firstAnswer(server.getPort(), tooLarge, null);
            assertTrue(first.startsWith("HTTP/1.1 413 "), first);
            assertTrue(first.contains("application/problem+json") && first.contains("/problems/body-too-large"), first);
            assertTrue(first.toLowerCase().contains("connection: close"), first);
            // The expectation's token is case-insensitive (RFC 9110).
            assertTrue(firstAnswer(server.getPort(), head(100_000, "100-Continue"), null).startsWith("HTTP/1.1 413 "));

            // Within the limit the body is invited and read as before.
            String small = firstAnswer(server.getPort(), head(14, "100-continue"), "Kim met Putin.");
            assertTrue(small.startsWith("HTTP/1.1 100 Continue\r\n"), small);
            assertTrue(small.contains("HTTP/1.1 200 OK") && small.endsWith("14"), small);
            assertEquals(-1, small.indexOf("413"));
        }
    }

    private static String head(int length, String expect) {
        return "POST /expect-upload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: text/plain\r\nContent-Length: " + length + "\r\nExpect: " + expect + "\r\n\r\n";
    }

    /** Sends the head; sends {@code body} once an answer starts with 100; returns what came within 3 s of quiet. */
    private static String firstAnswer(int port, String head, String body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            boolean sent = false;
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    got.write(buf, 0, n);
                    String text = got.toString(StandardCharsets.UTF_8);
                    if (!sent && body != null && text.startsWith("HTTP/1.1 100") && text.contains("\r\n\r\n")) {
                        out.write(body.getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        sent = true;
                    }
                    if (sent && text.endsWith(Integer.toString(body.length()))) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                // what came is the answer
            }
            return got.toString(StandardCharsets.UTF_8);
        }
    }
}
