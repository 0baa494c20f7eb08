package dev.tumen.devkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The three services started as separate processes from their runnable jars, exactly as deployed,
 * configured only by environment variables (the same ones docker-compose passes).
 */
public final class Stack implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Stack.class);
    public static final List<String> SERVICES = List.of("ingest", "classifier", "alert");
    /**
     * The JVM settings every service runs with here (and, by the same file, in its image): an argument file in the
     * repository, {@code services/jvm.options}, which says why each setting is there, then the service's own
     * {@code services/<service>/jvm.options} (later settings win). {@code TUMEN_JAVA_OPTS} replaces both.
     * Each JVM also maps its jar's class-data archive, made by the first run after a build ({@link ClassDataSharing});
     * {@code TUMEN_CDS=off} starts without.
     */
    public static String defaultJavaOpts(String service) {
        Path services = RepoPaths.root().resolve("services");
        Path own = services.resolve(service).resolve("jvm.options");
        return "@" + services.resolve("jvm.options") + (Files.isRegularFile(own) ? " @" + own : "");
    }

    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ProcessBuilder> builders = new LinkedHashMap<>();
    private final Map<String, ClassDataSharing.Flags> sharing = new LinkedHashMap<>();
    private final java.util.Set<String> killed = new java.util.HashSet<>();
    private final Path logDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Stack(Path logDir) {
        this.logDir = logDir;
    }

    /**
     * Starts ingest, classifier and alert against {@code bootstrapServers} and waits until each reports healthy.
     *
     * @param topicPrefix prefix for every topic name (empty for the catalogue's names)
     * @param extraEnv    more environment for every service
     */
    public static Stack start(String bootstrapServers, String topicPrefix, Path logDir, Map<String, String> extraEnv) {
        Stack stack = new Stack(logDir);
        try {
            Files.createDirectories(logDir);
            for (String service : SERVICES) {
                stack.launch(service, bootstrapServers, topicPrefix, extraEnv);
            }
            stack.awaitHealthy(startTimeout());
            return stack;
        } catch (RuntimeException | IOException e) {
            stack.close();
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
    }

    private void launch(String service, String bootstrapServers, String topicPrefix, Map<String, String> extraEnv) throws IOException {
        launch(service, service, bootstrapServers, topicPrefix, extraEnv);
    }

    /**
     * Starts only {@code service}, with the settings {@link #start} gives it, and waits until it is healthy: the
     * start-up measurement times each service alone.
     */
    public static Stack startOne(String service, String bootstrapServers, String topicPrefix, Path logDir, Map<String, String> extraEnv) {
        Stack stack = new Stack(logDir);
        try {
            Files.createDirectories(logDir);
            stack.launch(service, bootstrapServers, topicPrefix, extraEnv);
            stack.awaitHealthy(service, startTimeout());
            return stack;
        } catch (RuntimeException | IOException e) {
            stack.close();
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
    }

    /**
     * Starts one more instance of {@code service} under the name {@code instance} (e.g. a second classifier),
     * with the stack's settings plus {@code extraEnv}, and waits until it is healthy.
     */
    public void startInstance(String service, String instance, Map<String, String> extraEnv) {
        ProcessBuilder template = builders.get(service);
        try {
            launch(service, instance, template.environment().get("KAFKA_BOOTSTRAP_SERVERS"),
                    template.environment().get("TUMEN_TOPIC_PREFIX"), extraEnv);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + instance, e);
        }
        awaitHealthy(instance, startTimeout());
    }

    private void launch(String service, String instance, String bootstrapServers, String topicPrefix, Map<String, String> extraEnv)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String opts = extraEnv.getOrDefault("TUMEN_JAVA_OPTS", System.getenv().getOrDefault("TUMEN_JAVA_OPTS", defaultJavaOpts(service)));
        for (String opt : opts.trim().split("\\s+")) {
            if (!opt.isEmpty()) {
                command.add(opt);
            }
        }
        Path jar = RepoPaths.serviceJar(service);
        // One instance per service makes the class-data archive when it is missing; the others start without it.
        boolean mayDump = sharing.values().stream().noneMatch(f -> f.part() != null && f.archive().equals(ClassDataSharing.archiveOf(jar)));
        ClassDataSharing.Flags cds = "off".equals(extraEnv.getOrDefault("TUMEN_CDS", System.getenv("TUMEN_CDS")))
                ? ClassDataSharing.Flags.NONE : ClassDataSharing.flags(jar, opts, mayDump, instance);
        command.addAll(cds.options());
        sharing.put(instance, cds);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        env.put("MICRONAUT_SERVER_HOST", "127.0.0.1");
        env.put("MICRONAUT_ENVIRONMENTS", "dev");
        // glibc gives each thread that mallocs its own 64 MiB arena (up to 8 per core); two keep native memory (and
        // so resident memory) tens of MB lower at saturation, at no measurable cost for these mostly-Java processes.
        env.putIfAbsent("MALLOC_ARENA_MAX", "2");
        env.put("TUMEN_TOPIC_PREFIX", topicPrefix);
        env.put("TUMEN_OUTBOUND_ALLOWED_HOSTS", "127.0.0.1,localhost");
        env.put("TUMEN_CLASSIFIER_INSTANCE_ID", instance);
        env.putAll(extraEnv);
        Path log = logDir.resolve(instance + ".log");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builders.put(instance, builder);
        processes.put(instance, builder.start());
        ports.put(instance, port);
        LOG.info("started {} on port {} (log: {})", instance, port, log);
    }

    /** Kills an instance at once (SIGKILL, like a crashed host): no shutdown hooks, no goodbye to the group. */
    public void kill(String instance) {
        Process process = processes.get(instance);
        killed.add(instance);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops an instance gracefully (SIGTERM): it leaves its consumer group and finishes its transaction. */
    public void stop(String instance) {
        Process process = processes.get(instance);
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                killed.add(instance);
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a stopped or killed instance again with the same settings and port, and waits until it is healthy. */
    public void restart(String instance) {
        try {
            killed.remove(instance);
            processes.put(instance, builders.get(instance).start());
        } catch (IOException e) {
            throw new IllegalStateException("cannot restart " + instance, e);
        }
        awaitHealthy(instance, startTimeout());
    }

    /**
     * How long a service may take to become healthy before the stack gives up ({@code -Dtumen.start-timeout}, seconds).
     * It starts in under 3 s on a quiet machine; 180 s is for a machine so loaded that a JVM takes a minute to start,
     * where giving up would make a test fail for the machine, not for the code.
     */
    static Duration startTimeout() {
        return Duration.ofSeconds(Long.getLong("tumen.start-timeout", 180));
    }

    private void awaitHealthy(Duration timeout) {
        for (String service : SERVICES) {
            awaitHealthy(service, timeout);
        }
    }

    private void awaitHealthy(String service, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int relaunches = 0;
        while (!healthy(service)) {
            Process process = processes.get(service);
            if (!process.isAlive()) {
                if (lostPort(service) && relaunches++ < 3) {
                    relaunchOnNewPort(service);
                    continue;
                }
                throw new IllegalStateException(service + " exited with " + process.exitValue() + ":\n" + tail(service, 40));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(service + " not healthy within " + timeout + ":\n" + tail(service, 40));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + service, e);
            }
        }
    }

    /** Whether the instance's last start ended because another process had taken its port between choice and bind. */
    private boolean lostPort(String service) {
        return lostPortIn(tail(service, 60));
    }

    /** Whether a log's last start (Micronaut's first line of a start is its environments) ended in a failed bind. */
    static boolean lostPortIn(String tail) {
        int start = tail.lastIndexOf("Established active environments");
        return tail.substring(Math.max(0, start)).contains("BindException: Address already in use");
    }

    private void relaunchOnNewPort(String service) {
        try {
            int port = freePort();
            ProcessBuilder builder = builders.get(service);
            builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
            ports.put(service, port);
            LOG.warn("{} lost its port to another process before binding it; starting it again on port {}", service, port);
            processes.put(service, builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + service + " again", e);
        }
    }

    private boolean healthy(String service) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url(service, "/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The base URL of a running service, e.g. {@code http://127.0.0.1:41234}. */
    public URI url(String service, String path) {
        return URI.create("http://127.0.0.1:" + ports.get(service) + path);
    }

    public Process process(String service) {
        return processes.get(service);
    }

    /** The last lines of a service's log, for error messages. */
    public String tail(String service, int lines) {
        try {
            List<String> all = Files.readAllLines(logDir.resolve(service + ".log"));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /**
     * Stops every service (SIGTERM, then SIGKILL after 15 s, or 120 s for one writing its class-data archive: on a
     * busy machine that takes tens of seconds), then moves finished archives into place.
     */
    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        for (Map.Entry<String, Process> entry : processes.entrySet()) {
            ClassDataSharing.Flags cds = sharing.getOrDefault(entry.getKey(), ClassDataSharing.Flags.NONE);
            int grace = cds.part() == null ? 15 : 120;
            boolean byItself = !killed.contains(entry.getKey());
            try {
                if (!entry.getValue().waitFor(grace, java.util.concurrent.TimeUnit.SECONDS)) {
                    LOG.warn("{} did not stop in {} s; killing it", entry.getKey(), grace);
                    byItself = false;
                    entry.getValue().destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                byItself = false;
            }
            cds.finish(byItself);
        }
    }

    /** Whether {@code instance} was started with a current class-data archive mapped. */
    public boolean sharedClasses(String instance) {
        return sharing.getOrDefault(instance, ClassDataSharing.Flags.NONE).options().stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile="));
    }

    /**
     * A port free now, below the kernel's ephemeral range (see EmbeddedKafka#freePort): a CI run once lost FaultsIT
     * to an outbound connection that took a service's port between its choice and the service's bind.
     */
    public static int freePort() {
        return dev.tumen.broker.EmbeddedKafka.freePort();
    }
}
