package dev.tumen.devkit.bench;

import dev.tumen.devkit.RepoPaths;
import dev.tumen.devkit.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/** The single-node broker as a process of its own (as deployed), so its CPU and memory are measured apart. */
public final class BrokerProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private BrokerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static BrokerProcess start(Path dataDir, Path logDir) throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        int port = Stack.freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-cp",
                RepoPaths.serviceJar("devkit").toString(), "dev.tumen.broker.BrokerMain", "--port", Integer.toString(port),
                "--data", dataDir.toString()));
        builder.redirectErrorStream(true).redirectOutput(logDir.resolve("broker.log").toFile());
        BrokerProcess broker = new BrokerProcess(builder.start(), port);
        broker.awaitReady(Duration.ofSeconds(60));
        return broker;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers(), "request.timeout.ms", 2000,
                "default.api.timeout.ms", 3000))) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("broker exited with " + process.exitValue());
                }
                try {
                    admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    return;
                } catch (Exception e) {
                    TimeUnit.MILLISECONDS.sleep(200);
                }
            }
        }
        throw new IllegalStateException("broker not ready within " + timeout);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
