package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Attack suite, resources class (probe of session 31): connections that never send a byte were held until the idle
 * timeout (30 minutes on the alert) and nothing bounded their number, so 21,000 of them, without a token, took every
 * file descriptor of the alert and {@code /health} went unanswered. Now an idle connection is closed after
 * {@code tumen.http.keep-alive-timeout}, and one past {@code tumen.http.max-connections} is answered 503 and closed.
 */
class ConnectionLimitsIT {
    private static final String TOKEN = "connection-limits-token-0123456789abcdef";

    @Test
    void idleConnectionsAreBoundedInNumberAndInTime() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "tumen.security.token", TOKEN, "kafka.health.enabled", false, "micronaut.server.idle-timeout", "30m",
                "tumen.http.max-connections", 8, "tumen.http.keep-alive-timeout", "1500ms"))) {
            int port = server.getPort();
            List<Socket> idle = new ArrayList<>();
            try {
                // given: one client more than the service allows opens a connection and sends nothing
                for (int i = 0; i < 9; i++) {
                    idle.add(new Socket("127.0.0.1", port));
                }
                // then: one (connections are set up on several event loops, so not always the last) is answered 503 and
                // closed at once, and each of the others is closed without an answer once the keep-alive timeout passes
                List<String> refused = new ArrayList<>();
                for (Socket s : idle) {
                    // Closed by the 1.5 s keep-alive timeout, not the 30 min idle timeout: a read that ends at all tells
                    // them apart. 60 s is a guard against a hang, not a speed bound.
                    s.setSoTimeout(60_000);
                    String text = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    if (!text.isEmpty()) {
                        refused.add(text);
                    }
                }
                assertEquals(1, refused.size(), "answered: " + refused);
                String text = refused.get(0);
                assertTrue(text.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), text);
                assertTrue(text.contains("/problems/too-many-connections") && text.contains("Retry-After: ")
                        && text.contains("Connection: close"), text);
            } finally {
                for (Socket s : idle) {
                    s.close();
                }
            }

            // and: a client with a request is served, and so is a kept-alive connection that sends its next request in time
            try (Socket s = new Socket("127.0.0.1", port)) {
                String first = answer(s, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
                // (health is DOWN here, without a broker: any answer of the route is the point)
                assertTrue(first.startsWith("HTTP/1.1 ") && first.contains("\"status\""), first);
                Thread.sleep(500);
                String second = answer(s, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
                assertTrue(second.startsWith("HTTP/1.1 ") && second.contains("\"status\""), second);
                s.setSoTimeout(60_000);
                assertEquals(-1, s.getInputStream().read(), "closed once idle past the keep-alive timeout");
            }
        }
    }

    /** Sends {@code request} (when given) and reads one answer's head and its body of Content-Length bytes. */
    private static String answer(Socket s, String request) throws IOException {
        s.setSoTimeout(10_000);
        if (request != null) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        }
        InputStream in = s.getInputStream();
        StringBuilder b = new StringBuilder();
        try {
            int c;
            while ((c = in.read()) != -1) {
                b.append((char) c);
                int end = b.indexOf("\r\n\r\n");
                if (end >= 0) {
                    String head = b.substring(0, end).toLowerCase();
                    int at = head.indexOf("content-length:");
                    int length = at < 0 ? 0 : Integer.parseInt(head.substring(at + 15, head.indexOf("\r\n", at) < 0 ? head.length()
                            : head.indexOf("\r\n", at)).trim());
                    b.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            b.append("[timed out]");
        }
        return b.toString();
    }
}
