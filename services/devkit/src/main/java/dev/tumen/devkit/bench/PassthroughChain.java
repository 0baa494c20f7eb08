package dev.tumen.devkit.bench;

import dev.tumen.devkit.RepoPaths;
import dev.tumen.devkit.Stack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The three {@link Passthrough} hops as processes, started with the same JVM options as Tumen's services. */
final class PassthroughChain implements AutoCloseable {
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final int port;

    private PassthroughChain(int port) {
        this.port = port;
    }

    static PassthroughChain start(String bootstrap, URI webhook, Path logDir) throws IOException, InterruptedException {
        return start(bootstrap, webhook, logDir, 0, 0);
    }

    /** With {@code groups} above zero, the deliver hop fans each page out as {@link Passthrough} describes. */
    static PassthroughChain start(String bootstrap, URI webhook, Path logDir, int groups, int subscriptions)
            throws IOException, InterruptedException {
        int port = Stack.freePort();
        PassthroughChain chain = new PassthroughChain(port);
        chain.launch("ingest", logDir, bootstrap, Integer.toString(port));
        chain.launch("relay", logDir, bootstrap);
        if (groups > 0) {
            chain.launch("deliver", logDir, bootstrap, webhook.toString(), Integer.toString(groups), Integer.toString(subscriptions));
        } else {
            chain.launch("deliver", logDir, bootstrap, webhook.toString());
        }
        chain.awaitIngest();
        return chain;
    }

    private void launch(String role, Path logDir, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
                RepoPaths.serviceJar("devkit").toString(), Passthrough.class.getName(), role));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logDir.resolve("passthrough-" + role + ".log").toFile());
        processes.put("pt-" + role, builder.start());
    }

    private void awaitIngest() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 300; i++) {
            try {
                http.send(HttpRequest.newBuilder(pagesUrl()).GET().build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
        throw new IllegalStateException("passthrough ingest did not start");
    }

    URI pagesUrl() {
        return URI.create("http://127.0.0.1:" + port + "/pages");
    }

    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        processes.forEach((name, p) -> pids.put(name, p.pid()));
        return pids;
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : processes.values()) {
            p.destroy();
        }
        for (Process p : processes.values()) {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
