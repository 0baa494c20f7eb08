package dev.tumen.classifier.gazetteer;

import java.util.Set;

/**
 * A gazetteer entry.
 *
 * @param name  canonical name
 * @param party side it belongs to
 * @param kind  {@code person}, {@code body}, {@code media}, {@code place}, {@code country} or {@code relation}
 * @param roles role tags the severity rules can ask for (e.g. {@code defence_chief}, {@code leader})
 */
public record Entity(String name, Party party, String kind, Set<String> roles) {
    public boolean isMedia() {
        return "media".equals(kind);
    }
}
