package dev.tumen.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only an explicit {@code dev} environment relaxes anything (README). The jar carried {@code application-test.yml},
 * which turned {@code require-https} off: a deployment named {@code test} (MICRONAUT_ENVIRONMENTS=test, a staging
 * system) took plain-http webhooks without a word (probe of session 28). The tests' own environment file lives with
 * the tests.
 */
class OnlyDevRelaxesTest {
    @Test
    void theJarCarriesNoEnvironmentFileButDevs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            List<String> environments = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("application-.+\\.(yml|yaml|properties|json|toml|groovy)"))
                    .sorted().toList();
            assertEquals(List.of("application-dev.yml"), environments);
        }
    }
}
