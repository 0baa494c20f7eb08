package dev.tumen.testkit.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Whether a constraint the served OpenAPI document cannot express by itself (no JSON Schema keyword says "holds a
 * visible character") is published in the description of every field it applies to, read from the code: a record
 * component carrying the annotation, on the field or on its list's items. A field that gained the constraint without
 * saying so in the description fails, so a generated client's authors learn of it before the 422.
 */
public final class PublishedConstraints {
    private PublishedConstraints() {
    }

    /**
     * The fields of {@code types} (records; their schema is named as the type) carrying {@code constraint} whose
     * description in {@code servedYaml} lacks {@code phrase}, as {@code Schema.field}; each field found is added to
     * {@code found}.
     */
    public static List<String> unpublished(String servedYaml, Class<? extends Annotation> constraint, String phrase,
                                           Collection<Class<?>> types, List<String> found) {
        OpenAPI api = new OpenAPIV3Parser().readContents(servedYaml).getOpenAPI();
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        List<String> missing = new ArrayList<>();
        for (Class<?> type : types) {
            if (!type.isRecord()) {
                continue;
            }
            for (RecordComponent c : type.getRecordComponents()) {
                if (!carries(c.getAnnotatedType(), constraint) && c.getAnnotation(constraint) == null) {
                    continue;
                }
                String name = type.getSimpleName() + "." + c.getName();
                found.add(name);
                Schema<?> schema = schemas.get(type.getSimpleName());
                Schema<?> property = schema == null || schema.getProperties() == null ? null : schema.getProperties().get(c.getName());
                String description = property == null ? null : property.getDescription();
                if (description == null || !description.contains(phrase)) {
                    missing.add(name + " (description: " + description + ")");
                }
            }
        }
        return missing;
    }

    /**
     * Every {@code pattern} in {@code servedYaml} not anchored at both ends, with where it is. JSON Schema and OpenAPI
     * read a pattern as ECMA-262 does, matching anywhere in the value: {@code [^\n]*} there matches the empty string
     * before any value and says nothing, while the service's bean validation reads the same regular expression whole
     * (probe of session 42).
     */
    public static List<String> unanchoredPatterns(String servedYaml) {
        List<String> found = new ArrayList<>();
        try {
            unanchored(io.swagger.v3.core.util.Yaml.mapper().readTree(servedYaml), "", found);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the served document is not YAML", e);
        }
        return found;
    }

    /**
     * Every operation of {@code servedYaml} that does not declare both {@code 4XX} and {@code 5XX} as
     * {@code application/problem+json}, as {@code METHOD path}: any route can answer a problem of either range (a 500
     * {@code internal}, a 503 {@code too-many-connections} before routing), and a generated client reads an undeclared
     * status as an unknown answer (probe of session 42: the stream's CORS preflight declared no 5XX).
     */
    public static List<String> undeclaredProblems(String servedYaml) {
        List<String> missing = new ArrayList<>();
        OpenAPI api = new OpenAPIV3Parser().readContents(servedYaml).getOpenAPI();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            for (String range : List.of("4XX", "5XX")) {
                io.swagger.v3.oas.models.responses.ApiResponse declared = operation.getResponses() == null ? null
                        : operation.getResponses().get(range);
                if (declared == null || declared.getContent() == null || declared.getContent().get("application/problem+json") == null) {
                    missing.add(method + " " + path + " " + range);
                }
            }
        }));
        return missing;
    }

    private static void unanchored(com.fasterxml.jackson.databind.JsonNode node, String at, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String value = e.getValue().isTextual() ? e.getValue().asText() : null;
                if (e.getKey().equals("pattern") && value != null
                        && !(value.startsWith("^") && value.endsWith("$") && !value.endsWith("\\$"))) {
                    found.add(at + ": " + value);
                }
                unanchored(e.getValue(), at + "/" + e.getKey(), found);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                unanchored(node.get(i), at + "/" + i, found);
            }
        }
    }

    /** The description of {@code schema}'s {@code property} in {@code servedYaml}, or null. */
    public static String description(String servedYaml, String schema, String property) {
        Schema<?> s = new OpenAPIV3Parser().readContents(servedYaml).getOpenAPI().getComponents().getSchemas().get(schema);
        Schema<?> p = s == null || s.getProperties() == null ? null : s.getProperties().get(property);
        return p == null ? null : p.getDescription();
    }

    /** Whether the type or, for a list, its items carry the annotation. */
    private static boolean carries(AnnotatedType type, Class<? extends Annotation> constraint) {
        if (type.getAnnotation(constraint) != null) {
            return true;
        }
        if (type instanceof AnnotatedParameterizedType p) {
            for (AnnotatedType argument : p.getAnnotatedActualTypeArguments()) {
                if (carries(argument, constraint)) {
                    return true;
                }
            }
        }
        return false;
    }
}
