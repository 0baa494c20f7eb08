# One Dockerfile for the three services: the same build, runtime and user; only the jar differs.
#   docker build --build-arg SERVICE=ingest -t tumen-ingest .        (SERVICE: ingest | classifier | alert)
# Build context: the repository root, so the build sees the parent POM and the shared modules.
# Base images are arguments, for private registries and air-gapped sites; the defaults are the official images:
#   --build-arg BUILD_IMAGE=registry.example.org/eclipse-temurin:17-jdk --build-arg RUNTIME_IMAGE=registry.example.org/debian:bookworm-slim
# No `# syntax=` line and no RUN --mount: the file builds with the classic builder and with BuildKit alike,
# without fetching a frontend image from a registry.
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=debian:bookworm-slim

# Only the POMs, at their paths, whatever modules there are: the dependency layer below is keyed on them alone.
FROM ${BUILD_IMAGE} AS poms
WORKDIR /src
COPY services services
RUN find services -type f ! -name pom.xml -delete

# The build stage does not depend on SERVICE: it builds the three jars and one Java runtime once, and the three
# images share it (and its cache) instead of running Maven three times.
FROM ${BUILD_IMAGE} AS build
# Marks the build stage's images, so the compose tests can remove the stages they built and nothing else.
LABEL dev.tumen.stage=build
WORKDIR /src
# Dependencies first, in their own layer: it is rebuilt only when the wrapper or a POM changes, not for every
# source edit. The warm-up is the real build without sources (empty jars): it fetches exactly the dependencies
# and plugins the build uses, which dependency:go-offline does not (it ignores the parent's dependency
# management for transitive ones).
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY --from=poms /src/services services
ARG MODULES=services/ingest,services/classifier,services/alert
RUN ./mvnw -B -q -pl ${MODULES} -am package -Dmaven.test.skip=true -Djar.skipIfEmpty=false
COPY services services
RUN ./mvnw -B -q -pl ${MODULES} -am package -Dmaven.test.skip=true \
 && mkdir /out && for s in ingest classifier alert; do cp services/$s/target/$s-*.jar /out/$s.jar; done
# A Java runtime with only the modules the services use (`jdeps --print-module-deps` of the jars), plus what they
# reach only by reflection or service loading: extra charsets (pages in KOI8-R, EUC-KR, ...), EC crypto (TLS to
# brokers and webhooks), zipfs. --strip-java-debug-attributes, not --strip-debug: Debian's jlink needs objcopy for that.
ARG JAVA_MODULES=java.base,java.desktop,java.management,java.naming,java.net.http,java.security.jgss,java.security.sasl,java.sql,jdk.jfr,jdk.management,jdk.unsupported,jdk.charsets,jdk.crypto.ec,jdk.zipfs
# --generate-cds-archive: the runtime's own class-data archive, the base the service's archive below builds on.
RUN jlink --add-modules "${JAVA_MODULES}" --strip-java-debug-attributes --no-man-pages --no-header-files --compress=2 \
      --generate-cds-archive --output /jre

FROM ${RUNTIME_IMAGE}
COPY --from=build /jre /opt/java/openjdk
# A fixed uid, so volume and runAsUser settings can name it; no home directory: nothing is written but /tmp.
RUN useradd --system --uid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin tumen
ARG SERVICE
RUN case "${SERVICE}" in ingest|classifier|alert) ;; *) echo "build with --build-arg SERVICE=ingest|classifier|alert" >&2; exit 1;; esac
WORKDIR /app
COPY --from=build /out/${SERVICE}.jar /app/service.jar
# The same JVM settings bin/tumen runs the services with (heap, arenas, serial GC; why each, in the file), then the
# service's own (services/<service>/jvm.options: the alert's larger heap).
COPY services/jvm.options /app/jvm.options
COPY services/${SERVICE}/jvm.options /app/service.jvm.options
# AppCDS: one training start of the service, here, with the runtime and jar path it will run with, writes the classes
# it loaded (parsed and verified) to /app/service.jsa when it stops; every later start maps them instead of loading
# ~15,000 classes from the jar, which halves the CPU a service needs to become healthy (docs/operations.md). No
# broker is needed: the service starts, finds none at 127.0.0.1:9 and is stopped once Micronaut reports it started.
# The alert cannot start without a broker (it reads its tables first) and ends after 60 s; TUMEN_ALERT_CREATE_TOPICS=false
# lets it get that far with its Kafka readers made and its HTTP server prepared (a 52 MB archive instead of 45 MB,
# most of what a start with a broker loads) instead of stopping at the topic check. The other services ignore it.
# The throw-away token and key exist only in this step. If no archive comes out, cds.options stays empty and the
# service starts as before.
RUN set -u; : > /app/cds.options; \
    KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9 TUMEN_ALERT_CREATE_TOPICS=false MICRONAUT_SERVER_HOST=127.0.0.1 MICRONAUT_SERVER_PORT=18080 \
    TUMEN_SECURITY_TOKEN=cds-training-token-not-a-secret-0123456789 \
    TUMEN_ENCRYPTION_KEY=Y2RzLXRyYWluaW5nLWtleS1ub3QtYS1zZWNyZXQtMDE= \
    JDK_JAVA_OPTIONS="@/app/jvm.options @/app/service.jvm.options" MALLOC_ARENA_MAX=2 LANG=C.UTF-8 \
    java -XX:ArchiveClassesAtExit=/app/service.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar /app/service.jar \
      > /tmp/cds-training.log 2>&1 & pid=$!; \
    for i in $(seq 1 900); do grep -q 'Startup completed' /tmp/cds-training.log && break; kill -0 $pid 2>/dev/null || break; sleep 0.2; done; \
    sleep 2; kill -TERM $pid 2>/dev/null; wait $pid; \
    if [ -s /app/service.jsa ]; then echo '-XX:SharedArchiveFile=/app/service.jsa' > /app/cds.options; \
    else echo 'no class-data archive; the service starts without' >&2; tail -n 20 /tmp/cds-training.log >&2; fi; \
    rm -f /tmp/cds-training.log
USER 10001:10001
# LANG: Java 17 takes its default charset from the locale (POSIX would mean ASCII).
# JDK_JAVA_OPTIONS rather than JAVA_TOOL_OPTIONS: the launcher expands its @file, and setting the variable to
# something else replaces the whole set. MALLOC_ARENA_MAX: glibc's per-thread arenas are resident memory the JVM
# does not count (docs/benchmarks.md).
# java.io.tmpdir stays /tmp: with a read-only root file system, mount a tmpfs there (Netty unpacks its native
# transport into it).
ENV JAVA_HOME=/opt/java/openjdk \
    PATH=/opt/java/openjdk/bin:$PATH \
    LANG=C.UTF-8 \
    JDK_JAVA_OPTIONS="@/app/jvm.options @/app/service.jvm.options @/app/cds.options" \
    MALLOC_ARENA_MAX=2 \
    TUMEN_SERVICE=${SERVICE}
LABEL org.opencontainers.image.title="tumen-${SERVICE}"
# bash's /dev/tcp instead of curl: no extra package, no JVM. The start period only forgives failures (the first
# success marks the container healthy), so a slow start on a busy host is not reported unhealthy. The port is the
# service's own (compose sets MICRONAUT_SERVER_PORT; each service's default otherwise).
HEALTHCHECK --interval=10s --timeout=3s --start-period=180s --retries=5 \
  CMD ["bash", "-c", "case $TUMEN_SERVICE in ingest) d=8081;; classifier) d=8082;; *) d=8083;; esac; exec 3<>/dev/tcp/127.0.0.1/${MICRONAUT_SERVER_PORT:-$d} && printf 'GET /health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
