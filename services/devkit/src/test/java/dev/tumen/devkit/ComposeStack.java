package dev.tumen.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.model.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compose project of this repository's files, driven through the {@code docker} CLI for the compose tests: every
 * call has a timeout, the project name is unique per run, host ports are ephemeral on 127.0.0.1, and
 * {@link #close()} removes the containers, volumes and every image and build stage the run created (images that
 * existed before, such as the base images and an earlier build's layers, stay).
 *
 * <p>{@link #assumeUsable} skips the calling test, with the reason, where no Docker engine or compose CLI answers
 * or where an image the stack needs is neither present nor pullable: it never waits on a registry that is not
 * there. No Testcontainers here: Ryuk and the port ambassador are images from Docker Hub.
 */
final class ComposeStack implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ComposeStack.class);
    private static final Duration QUICK = Duration.ofSeconds(30);
    private static final Duration PULL = Duration.ofMinutes(3);
    /** A cold `up --build`: Maven downloads dependencies inside the build; then seconds, from the layer cache. */
    private static final Duration UP = Duration.ofMinutes(20);
    private static final String BUILD_STAGE_LABEL = "dev.tumen.stage=build";
    /** TUMEN_IT_KEEP_IMAGES=true keeps the built images and stages, so the next run starts from the layer cache. */
    private static final boolean KEEP_IMAGES = Boolean.parseBoolean(System.getenv("TUMEN_IT_KEEP_IMAGES"));

    final String token = "it-" + HexFormat.of().formatHex(random(24));
    final String encryptionKey = Base64.getEncoder().encodeToString(random(32));
    private final String project;
    private final List<String> files;
    private final Path root;
    private final Set<String> imagesBefore;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ComposeStack(String prefix, List<String> files) {
        this.root = RepoPaths.root();
        this.project = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        this.files = files;
        this.imagesBefore = new HashSet<>(lines(run(QUICK, "docker", "images", "-aq", "--no-trunc").out()));
    }

    /**
     * Skips the test unless a Docker engine and the compose CLI answer and every image {@code files} need to pull
     * (Kafka, the receiver, the build's base images) is present or can be pulled.
     */
    static ComposeStack assumeUsable(String prefix, String... files) {
        Result info = tryRun(Map.of(), QUICK, "docker", "info", "--format", "{{.ServerVersion}}");
        Assumptions.assumeTrue(info != null && info.code() == 0,
                () -> "no Docker engine answers (" + (info == null ? "no docker CLI" : info.out().strip()) + "): test skipped");
        Result compose = tryRun(Map.of(), QUICK, "docker", "compose", "version", "--short");
        Assumptions.assumeTrue(compose != null && compose.code() == 0,
                "no 'docker compose' CLI (Compose v2.24+) next to the Docker engine: test skipped");
        ComposeStack stack = new ComposeStack(prefix, List.of(files));
        for (String image : stack.baseImages()) {
            String missing = stack.ensureImage(image);
            Assumptions.assumeTrue(missing == null, missing);
        }
        return stack;
    }

    /** The images the compose files name plus the Dockerfile's base images (as the environment sets them). */
    private List<String> baseImages() {
        List<String> images = new ArrayList<>();
        images.add(env("TUMEN_BUILD_IMAGE", "eclipse-temurin:17-jdk"));
        images.add(env("TUMEN_RUNTIME_IMAGE", "debian:bookworm-slim"));
        Result config = run(QUICK, compose("config", "--images"));
        for (String image : lines(config.out())) {
            if (!image.startsWith(project + "-") && !images.contains(image)) {
                images.add(image);
            }
        }
        return images;
    }

    /** Null when {@code image} is here (pulled if needed), else why not. */
    private String ensureImage(String image) {
        if (run(QUICK, "docker", "image", "inspect", "--format", "{{.Id}}", image).code() == 0) {
            return null;
        }
        LOG.info("pulling {}", image);
        Result pull = tryRun(PULL, "docker", "pull", image);
        if (pull != null && pull.code() == 0) {
            return null;
        }
        return "image " + image + " is neither here nor pullable (" + (pull == null ? "pull timed out" : last(pull.out()))
                + "); without a registry build the stand-ins with ../shared/tools/make-base-images.sh and export"
                + " TUMEN_RUNTIME_IMAGE=debian:bookworm (README, Deploying with Docker Compose): test skipped";
    }

    /** {@code up --build --wait}: every container healthy (kafka-init completed) or an exception with the logs. */
    void up(String... extra) {
        long t0 = System.nanoTime();
        // One image at a time: the images share their whole build stage, which the classic builder takes from its
        // layer cache only once a first build has finished; built side by side, Maven would run once per image.
        Result build = run(UP, Map.of("COMPOSE_PARALLEL_LIMIT", "1"), compose("build"));
        if (build.code() != 0) {
            throw new IllegalStateException("docker compose build failed (" + build.code() + "):\n" + build.out());
        }
        LOG.info("compose project {} built in {} s", project, (System.nanoTime() - t0) / 1_000_000_000);
        List<String> args = new ArrayList<>(List.of("up", "-d", "--wait", "--wait-timeout", String.valueOf(UP.toSeconds())));
        args.addAll(List.of(extra));
        long t1 = System.nanoTime();
        Result up = run(UP.plusMinutes(1), compose(args.toArray(String[]::new)));
        if (up.code() != 0) {
            throw new IllegalStateException("docker compose up failed (" + up.code() + "):\n" + up.out() + "\n" + logs());
        }
        LOG.info("compose project {} healthy {} s after up ({} s with the build)", project, (System.nanoTime() - t1) / 1_000_000_000,
                (System.nanoTime() - t0) / 1_000_000_000);
    }

    /** {@code http://127.0.0.1:PORT} of one instance (1-based) of a service. */
    String url(String service, int port, int index) {
        Result r = run(QUICK, compose("port", "--index", String.valueOf(index), service, String.valueOf(port)));
        String hostPort = r.out().strip();
        if (r.code() != 0 || hostPort.isEmpty()) {
            throw new IllegalStateException("no host port for " + service + " #" + index + ": " + r.out());
        }
        return "http://127.0.0.1:" + hostPort.substring(hostPort.lastIndexOf(':') + 1);
    }

    String url(String service, int port) {
        return url(service, port, 1);
    }

    /** Container ids of a service's instances. */
    List<String> containers(String service) {
        return lines(run(QUICK, compose("ps", "-q", service)).out());
    }

    Result compose(Duration timeout, String... args) {
        return run(timeout, compose(args));
    }

    Result docker(Duration timeout, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "docker";
        System.arraycopy(args, 0, command, 1, args.length);
        return run(timeout, command);
    }

    String logs() {
        return run(Duration.ofMinutes(1), compose("logs", "--no-color", "--tail", "60")).out();
    }

    /** Memory per container as {@code docker stats} shows it once ({@code name: usage}). */
    Map<String, String> memory() {
        Map<String, String> usage = new LinkedHashMap<>();
        List<String> ids = lines(run(QUICK, compose("ps", "-q")).out());
        if (ids.isEmpty()) {
            return usage;
        }
        List<String> args = new ArrayList<>(List.of("docker", "stats", "--no-stream", "--format", "{{.Name}}\t{{.MemUsage}}\t{{.CPUPerc}}"));
        args.addAll(ids);
        for (String line : lines(run(Duration.ofMinutes(1), args.toArray(String[]::new)).out())) {
            String[] parts = line.split("\t");
            if (parts.length >= 2) {
                usage.put(parts[0].replace(project + "-", ""), parts[1] + (parts.length > 2 ? "  cpu " + parts[2] : ""));
            }
        }
        return usage;
    }

    /** Every webhook the demo overlay's receiver got, in arrival order. */
    List<Webhook> webhooks(String receiverUrl) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(receiverUrl + "/")).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        List<Webhook> hooks = new ArrayList<>();
        for (JsonNode h : Json.mapper().readTree(r.body())) {
            hooks.add(new Webhook(h.path("id").asText(), h.path("timestamp").asText(), h.path("signature").asText(),
                    h.path("body").asText()));
        }
        return hooks;
    }

    /** One webhook as the receiver recorded it. */
    record Webhook(String id, String timestamp, String signature, String body) {
        boolean signedWith(String secret) {
            return WebhookReceiver.verify(List.of(secret), id, timestamp, body.getBytes(StandardCharsets.UTF_8), signature);
        }

        String articleId() {
            try {
                return Json.mapper().readTree(body).path("data").path("article").path("id").asText();
            } catch (IOException e) {
                return "";
            }
        }
    }

    /** Removes containers, volumes, the images this run built and their build stages. */
    @Override
    public void close() {
        if (KEEP_IMAGES) {
            run(Duration.ofMinutes(3), compose("down", "-v", "--remove-orphans", "--timeout", "5"));
            LOG.info("compose project {} removed; its images kept (TUMEN_IT_KEEP_IMAGES)", project);
            return;
        }
        run(Duration.ofMinutes(3), compose("down", "-v", "--rmi", "local", "--remove-orphans", "--timeout", "5"));
        // Build stages (the classic builder keeps them as untagged images) created by this run only.
        List<String> stages = lines(run(QUICK, "docker", "images", "-aq", "--no-trunc", "--filter", "label=" + BUILD_STAGE_LABEL).out())
                .stream().filter(id -> !imagesBefore.contains(id)).distinct().toList();
        for (String id : stages) {
            run(QUICK, "docker", "rmi", "-f", id);
        }
        LOG.info("compose project {} removed ({} build stages)", project, stages.size());
    }

    private String[] compose(String... args) {
        List<String> command = new ArrayList<>(List.of("docker", "compose", "--project-name", project, "--project-directory", root.toString()));
        for (String file : files) {
            command.add("-f");
            command.add(file.startsWith("/") ? file : root.resolve(file).toString());
        }
        command.addAll(List.of(args));
        return command.toArray(String[]::new);
    }

    record Result(int code, String out) {
    }

    private Result run(Duration timeout, String... command) {
        return run(timeout, Map.of(), command);
    }

    private Result run(Duration timeout, Map<String, String> extraEnv, String... command) {
        Map<String, String> env = new HashMap<>(Map.of("TUMEN_SECURITY_TOKEN", token, "TUMEN_ENCRYPTION_KEY", encryptionKey));
        env.putAll(extraEnv);
        Result r = tryRun(env, timeout, command);
        if (r == null) {
            throw new IllegalStateException("timed out after " + timeout + ": " + String.join(" ", command));
        }
        return r;
    }

    /** Runs a command with the stack's secrets in its environment; null when it cannot start or times out. */
    private Result tryRun(Duration timeout, String... command) {
        return tryRun(Map.of("TUMEN_SECURITY_TOKEN", token, "TUMEN_ENCRYPTION_KEY", encryptionKey), timeout, command);
    }

    private static Result tryRun(Map<String, String> env, Duration timeout, String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().putAll(env);
            // The classic builder keeps build stages as images carrying the stage label, which close() can remove
            // one by one; BuildKit's cache has no such handle. DOCKER_BUILDKIT=1 in the environment overrides.
            pb.environment().putIfAbsent("DOCKER_BUILDKIT", "0");
            Path out = java.nio.file.Files.createTempFile("compose", ".log");
            pb.redirectOutput(out.toFile());
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                java.nio.file.Files.deleteIfExists(out);
                return null;
            }
            String text = java.nio.file.Files.readString(out, StandardCharsets.UTF_8);
            java.nio.file.Files.deleteIfExists(out);
            return new Result(p.exitValue(), text);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String last(String text) {
        List<String> l = lines(text);
        return l.isEmpty() ? "" : l.get(l.size() - 1);
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }
}
