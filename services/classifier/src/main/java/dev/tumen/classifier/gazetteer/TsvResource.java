package dev.tumen.classifier.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated word lists under {@code src/main/resources}: {@code #} starts a comment, blank lines are skipped. */
public final class TsvResource {
    private TsvResource() {
    }

    public static List<String[]> rows(String resource) {
        InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    /** Splits a cell of {@code |}-separated variants. */
    public static List<String> variants(String cell) {
        List<String> out = new ArrayList<>();
        for (String v : cell.split("\\|")) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }
}
