package dev.tumen.devkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PassthroughTest {
    private static final URI HOOK = URI.create("http://127.0.0.1:9/hook");

    @Test
    void fansEachPageOutToItsGroupsReceiversAsTumenMatchesThem() {
        // Subscriber i listens to group i % groups (FailingReceivers); page n carries group n % groups.
        assertThat(Passthrough.receivers(HOOK, "https://bench.example/p50/113", 100, 1000))
                .hasSize(10)
                .first().isEqualTo(URI.create("http://127.0.0.1:9/hook/13"));
        assertThat(Passthrough.receivers(HOOK, "https://bench.example/p50/113", 100, 1000))
                .last().isEqualTo(URI.create("http://127.0.0.1:9/hook/913"));
    }

    @Test
    void postsOncePerPageWithoutGroups() {
        assertThat(Passthrough.receivers(HOOK, "https://bench.example/p50/113", 0, 0)).containsExactly(HOOK);
    }
}
