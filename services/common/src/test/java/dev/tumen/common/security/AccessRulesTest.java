package dev.tumen.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessRulesTest {
    @Test
    void readsNeedReadChangesNeedWriteAndDangerousOnesAdmin() {
        assertEquals(Scope.READ, AccessRules.required("GET", "/subscriptions"));
        assertEquals(Scope.READ, AccessRules.required("GET", "/subscriptions/sub_1/deliveries"));
        assertEquals(Scope.READ, AccessRules.required("GET", "/stream"));
        assertEquals(Scope.READ, AccessRules.required("GET", "/feeds"));
        assertEquals(Scope.WRITE, AccessRules.required("POST", "/subscriptions"));
        assertEquals(Scope.WRITE, AccessRules.required("DELETE", "/subscriptions/sub_1"));
        assertEquals(Scope.WRITE, AccessRules.required("POST", "/pages"));
        assertEquals(Scope.WRITE, AccessRules.required("POST", "/fetch"));
        assertEquals(Scope.WRITE, AccessRules.required("POST", "/feeds"));
        assertEquals(Scope.WRITE, AccessRules.required("POST", "/classify"));
        assertEquals(Scope.ADMIN, AccessRules.required("POST", "/imports"));
        assertEquals(Scope.ADMIN, AccessRules.required("GET", "/imports"));
        assertEquals(Scope.ADMIN, AccessRules.required("POST", "//Imports/"));
        assertEquals(Scope.ADMIN, AccessRules.required("POST", "/subscriptions/sub_1/deliveries/d1/replay"));
        assertEquals(Scope.ADMIN, AccessRules.required("POST", "/subscriptions/sub_1/secret/rotate"));
        assertEquals(Scope.ADMIN, AccessRules.required("DELETE", "/subscriptions/sub_1/secret/previous"));
        assertEquals(Scope.WRITE, AccessRules.required("PATCH", "/anything-new"));
    }

    @Test
    void onlyHealthMetricsAndDescriptionsAreOpen() {
        assertNull(AccessRules.required("GET", "/health"));
        assertNull(AccessRules.required("GET", "/health/readiness"));
        assertNull(AccessRules.required("GET", "/prometheus"));
        assertNull(AccessRules.required("GET", "/openapi/ingest.yml"));
        assertEquals(Scope.READ, AccessRules.required("GET", "/healthcheck"));
        assertEquals(Scope.ADMIN, AccessRules.required("POST", "/health/../imports"));
        assertEquals(Scope.WRITE, AccessRules.required("POST", "/health/..%2Fpages"));
    }

    @Test
    void queryTokenOnlyOnTheStream() {
        assertTrue(AccessRules.queryTokenAllowed("GET", "/stream"));
        assertFalse(AccessRules.queryTokenAllowed("POST", "/stream"));
        assertFalse(AccessRules.queryTokenAllowed("GET", "/subscriptions"));
        assertFalse(AccessRules.queryTokenAllowed("GET", "/streams"));
    }
}
