package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

class RequestAdmissionFilterTest {
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final RequestAdmissionFilter filter = new RequestAdmissionFilter(2, 3, "tumen-test", meters);

    private double pending() {
        return meters.find("tumen.http.requests.pending").gauge().value();
    }

    @Test
    void pastTheBoundARequestIsRefused503WithRetryAfterAndItsSlotComesBackOnce() {
        HttpRequest<?> first = HttpRequest.POST("/classify", "a");
        HttpRequest<?> second = HttpRequest.GET("/subscriptions");
        assertNull(filter.admit(first));
        assertNull(filter.admit(second));
        assertEquals(2.0, pending());

        HttpResponse<?> refused = filter.admit(HttpRequest.POST("/classify", "b"));
        assertNotNull(refused);
        assertEquals(503, refused.code());
        assertEquals("3", refused.getHeaders().get("Retry-After"));
        assertTrue(String.valueOf(refused.body()).contains("overloaded"), String.valueOf(refused.body()));
        assertEquals(1.0, meters.find("tumen.http.requests.overloaded").counter().count());

        // a response filtered twice (an error rendered after a response) gives its slot back once
        filter.release(first);
        filter.release(first);
        assertEquals(1.0, pending());
        assertNull(filter.admit(HttpRequest.POST("/classify", "c")));
        assertEquals(2.0, pending());
    }

    @Test
    void healthMetricsAndTheApiDescriptionAreNeverRefusedNorCounted() {
        assertNull(filter.admit(HttpRequest.GET("/x")));
        assertNull(filter.admit(HttpRequest.GET("/y")));
        for (String path : new String[] {"/health", "/health/liveness", "/prometheus", "/openapi/alert.yml"}) {
            assertNull(filter.admit(HttpRequest.GET(path)), path);
        }
        assertEquals(2.0, pending());
        // a refused request holds nothing, so releasing it frees nothing
        HttpRequest<?> refused = HttpRequest.GET("/z");
        assertNotNull(filter.admit(refused));
        filter.release(refused);
        assertEquals(2.0, pending());
    }

    @Test
    void aBoundBelowOneIsAConfigurationError() {
        assertThrows(ConfigurationException.class, () -> new RequestAdmissionFilter(0, 1, "t", meters));
        assertThrows(ConfigurationException.class, () -> new RequestAdmissionFilter(1, 0, "t", meters));
    }
}
