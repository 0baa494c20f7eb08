package dev.tumen.alert;

import dev.tumen.model.text.OutsideText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses the short durations used in configuration: {@code 250ms}, {@code 5s}, {@code 30m}, {@code 2h}, {@code 3d}, or ISO-8601. */
public final class Durations {
    private Durations() {
    }

    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("p")) {
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        }
        int unitStart = 0;
        while (unitStart < t.length() && (Character.isDigit(t.charAt(unitStart)) || t.charAt(unitStart) == '.')) {
            unitStart++;
        }
        if (unitStart == 0) {
            throw new IllegalArgumentException("not a duration: '" + OutsideText.quote(text) + "' (expected e.g. 500ms, 5s, 5m, 2h, 1d)");
        }
        double amount = Double.parseDouble(t.substring(0, unitStart));
        long millis = switch (t.substring(unitStart).trim()) {
            case "ms" -> Math.round(amount);
            case "s", "" -> Math.round(amount * 1000);
            case "m" -> Math.round(amount * 60_000);
            case "h" -> Math.round(amount * 3_600_000);
            case "d" -> Math.round(amount * 86_400_000);
            default -> throw new IllegalArgumentException("unknown unit in duration '" + OutsideText.quote(text) + "' (ms, s, m, h or d)");
        };
        return Duration.ofMillis(millis);
    }

    public static List<Duration> parseList(String text) {
        List<Duration> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                out.add(parse(part));
            }
        }
        return List.copyOf(out);
    }
}
