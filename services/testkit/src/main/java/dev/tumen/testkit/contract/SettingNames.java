package dev.tumen.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A setting's name checked in one place (a start-up range rule) must be the name the service reads: a rule with a
 * typo would check a setting nobody sets and let the real one through.
 */
public final class SettingNames {
    private SettingNames() {
    }

    private static String sources(Path mainSources) {
        try (Stream<Path> files = Files.walk(mainSources)) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".yml")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The properties under {@code prefix} read as placeholders ({@code ${tumen.ingest.send-timeout:35s}}) under {@code mainSources}. */
    public static java.util.Set<String> placeholders(Path mainSources, String prefix) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{(" + java.util.regex.Pattern.quote(prefix) + "\\.[a-z0-9.-]+)[:}]")
                .matcher(sources(mainSources));
        while (m.find()) {
            found.add(m.group(1));
        }
        // A few are read by their variable's name (server.port: ${TUMEN_INGEST_PORT:8081}): as the property it names.
        String variablePrefix = prefix.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_') + "_";
        m = java.util.regex.Pattern.compile("\\$\\{(" + variablePrefix + "[A-Z0-9_]+)[:}]").matcher(sources(mainSources));
        while (m.find()) {
            found.add(prefix + "." + m.group(1).substring(variablePrefix.length()).toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return found;
    }

    /** Every property is read somewhere under {@code mainSources} as a placeholder, {@code ${property} or ${property:default}}. */
    public static void assertReadAsPlaceholders(List<String> properties, Path mainSources) {
        String text = sources(mainSources);
        List<String> unread = new ArrayList<>();
        for (String p : properties) {
            if (!text.contains("${" + p + ":") && !text.contains("${" + p + "}")) {
                unread.add(p);
            }
        }
        assertTrue(unread.isEmpty(), "range rules for settings the service does not read: " + unread);
    }
}
