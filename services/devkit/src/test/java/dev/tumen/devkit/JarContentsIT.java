package dev.tumen.devkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The build check of clean layers: no runnable jar carries test support (JUnit, Testcontainers, the testkit's
 * TestKafka), and every service jar carries the topic provisioner compose's kafka-init runs. An *IT, so it runs
 * after the reactor has packaged the service jars and this module's own.
 */
class JarContentsIT {
    private static final List<String> FORBIDDEN = List.of("org/junit/", "org/testcontainers/", "dev/tumen/testkit/",
            "org/opentest4j/");

    @Test
    void runnableJarsCarryNoTestSupportAndServiceJarsCarryTheProvisioner() throws IOException {
        List<String> checked = new ArrayList<>();
        for (String module : List.of("ingest", "classifier", "alert", "devkit")) {
            Path jar = RepoPaths.serviceJar(module);
            assertTrue(Files.exists(jar), jar + " is not built");
            try (JarFile file = new JarFile(jar.toFile())) {
                List<String> leaked = file.stream().map(e -> e.getName())
                        .filter(name -> FORBIDDEN.stream().anyMatch(name::startsWith)).limit(5).toList();
                assertEquals(List.of(), leaked, jar.getFileName() + " carries test support");
                if (!module.equals("devkit")) {
                    assertTrue(file.getEntry("dev/tumen/kafka/ProvisionTopics.class") != null,
                            jar.getFileName() + " lacks dev.tumen.kafka.ProvisionTopics");
                }
            }
            checked.add(jar.getFileName().toString());
        }
        System.out.println("JAR CONTENTS: no JUnit/Testcontainers in " + checked);
    }
}
