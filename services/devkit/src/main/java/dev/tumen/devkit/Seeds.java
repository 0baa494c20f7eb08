package dev.tumen.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The project's labelled seed pages ({@code seeds/labels.jsonl}). */
public final class Seeds {
    private Seeds() {
    }

    /** The text of every seed page labelled relevant: pages that must each produce an alert. */
    public static List<String> relevantTexts() throws IOException {
        return texts(true);
    }

    /** The text of every labelled seed page, relevant or not. */
    public static List<String> texts() throws IOException {
        return texts(false);
    }

    private static List<String> texts(boolean relevantOnly) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(RepoPaths.root().resolve("seeds").resolve("labels.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode item = Json.mapper().readTree(line);
                if (!relevantOnly || item.path("relevant").asBoolean()) {
                    texts.add(item.path("text").asText());
                }
            }
        }
        return texts;
    }
}
