package dev.tumen.alert.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * A patch is validated as the request it adds up to, so a field of the patch takes what the same field of the request
 * takes. The published description said so for none of them (probe of session 38): a generated client checking its
 * schema sent a 5,000-character name, a 101-item list or a line break, which the service refuses with 422. Every limit
 * of a request field (length, pattern, items, their limits and values) is now the patch field's too, as served.
 */
class SubscriptionPatchSchemaTest {
    private static final List<String> LIMITS = List.of("minLength", "maxLength", "pattern", "maxItems", "minItems", "enum", "items");

    @Test
    @SuppressWarnings("unchecked")
    void everyPatchFieldPublishesTheLimitsOfTheRequestField() throws Exception {
        Map<String, Object> doc;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/swagger/alert.yml")) {
            assertNotNull(in, "the generated description is on the class path");
            doc = new Yaml().load(in);
        }
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        Map<String, Map<String, Object>> request = (Map<String, Map<String, Object>>) ((Map<String, Object>) schemas.get("SubscriptionRequest")).get("properties");
        Map<String, Map<String, Object>> patch = (Map<String, Map<String, Object>>) ((Map<String, Object>) schemas.get("SubscriptionPatch")).get("properties");
        assertEquals(request.keySet(), patch.keySet(), "the same fields");
        int compared = 0;
        for (String field : request.keySet()) {
            Map<String, Object> want = limits(request.get(field));
            Map<String, Object> got = limits(patch.get(field));
            assertEquals(want, got, field);
            compared += want.size();
        }
        assertFalse(compared < 10, "the request's fields carry limits to compare: " + compared);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> limits(Map<String, Object> property) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : LIMITS) {
            Object value = property.get(key);
            if (value instanceof Map<?, ?> items) {
                value = limits((Map<String, Object>) items);
            }
            if (value != null) {
                out.put(key, value);
            }
        }
        return out;
    }
}
