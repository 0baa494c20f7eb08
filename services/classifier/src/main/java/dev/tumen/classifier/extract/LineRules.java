package dev.tumen.classifier.extract;

import dev.tumen.classifier.gazetteer.PhraseMatcher;
import dev.tumen.classifier.gazetteer.TextFold;
import dev.tumen.classifier.gazetteer.TsvResource;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what a single line of a plain-text page is: a section header, page furniture, a timestamp, or text.
 * The word lists live in {@code src/main/resources/extract/}. Thread-safe.
 */
final class LineRules {
    enum Kind { HEADER, FURNITURE, TIMESTAMP, TEXT }

    private static final Pattern DATE_HEADER = Pattern.compile("^date (\\d{4}-\\d{2}(?:-\\d{2})?)\\s*");
    private static final Pattern BULLETS = Pattern.compile("^[\\s•·*|\\-–—>]+");
    private static final Pattern AGO = Pattern.compile(
            "(?iu)^(\\d+|an?|one)\\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago$"
                    + "|^\\d+\\s*(минут[уы]?|час(а|ов)?|дн(я|ей)|день)\\s+назад$|^\\d+\\s*(분|시간|일)\\s*전$");
    private static final Pattern WEATHER = Pattern.compile("^-?\\d{1,2}(\\.\\d)?\\s*°?\\s*[CF]$");
    private static final Pattern TIME_ONLY = Pattern.compile("^\\d{1,2}:\\d{2}(\\s*[ap]m)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|от|автор:?|글|written by)\\s+\\S.*");
    private static final Pattern TICKER = Pattern.compile("(?iu)^(breaking( news)?|срочно|молния|속보)\\s*[:|]");
    private static final Pattern INLINE_PROMO = Pattern.compile("(?iu)(read more|also read|читайте также|관련기사)\\s*[:|]");
    private static final Pattern CAPTION = Pattern.compile("(?iu)\\((왼쪽|오른쪽|left|right|слева|справа|center|가운데)\\)");

    private final Set<String> headers = new HashSet<>();
    private final List<String> headerPrefixes;
    private final Set<String> menuWords = new HashSet<>();
    private final PhraseMatcher<Boolean> furniture;

    LineRules() {
        List<String> prefixes = new java.util.ArrayList<>();
        for (String[] row : TsvResource.rows("extract/section-headers.txt")) {
            String h = row[0];
            if (h.endsWith("*")) {
                prefixes.add(normalise(h.substring(0, h.length() - 1)));
            } else {
                headers.add(normalise(h));
            }
        }
        headerPrefixes = List.copyOf(prefixes);
        for (String[] row : TsvResource.rows("extract/menu-words.txt")) {
            menuWords.add(TextFold.foldPhrase(row[0]));
        }
        Map<String, Boolean> phrases = new LinkedHashMap<>();
        for (String[] row : TsvResource.rows("extract/boilerplate-phrases.txt")) {
            phrases.put(row[0], Boolean.TRUE);
        }
        furniture = PhraseMatcher.of(phrases);
    }

    /** The line without list bullets and leading "date 2025-01-01" stamps; never null. */
    static String clean(String line) {
        String s = BULLETS.matcher(line.strip()).replaceFirst("");
        return DATE_HEADER.matcher(s).replaceFirst("").strip();
    }

    /** The date of a leading "date 2025-01-01" stamp, if the raw line has one. */
    static String dateStamp(String line) {
        var m = DATE_HEADER.matcher(BULLETS.matcher(line.strip()).replaceFirst(""));
        return m.find() ? m.group(1) : null;
    }

    Kind kind(String line) {
        String norm = normalise(line);
        if (norm.isEmpty()) {
            return Kind.FURNITURE;
        }
        if (isHeader(norm)) {
            return Kind.HEADER;
        }
        int tokens = tokens(line);
        if (AGO.matcher(line).matches() || WEATHER.matcher(line).matches() || TIME_ONLY.matcher(line).matches()) {
            return Kind.TIMESTAMP;
        }
        if (line.length() <= 60 && DateFinder.hasDate(line) && letters(line) <= 30) {
            return Kind.TIMESTAMP;
        }
        if (TICKER.matcher(line).find() || isIconSoup(line) || isMenu(line, tokens)) {
            return Kind.FURNITURE;
        }
        if (tokens <= 14 && BYLINE.matcher(line).matches()) {
            return Kind.FURNITURE;
        }
        if (tokens <= 25 && !furniture.findAll(line).isEmpty()) {
            return Kind.FURNITURE;
        }
        if (INLINE_PROMO.matcher(line).find() || (tokens <= 60 && CAPTION.matcher(line).find())) {
            return Kind.FURNITURE;
        }
        return Kind.TEXT;
    }

    private boolean isHeader(String norm) {
        if (headers.contains(norm)) {
            return true;
        }
        for (String p : headerPrefixes) {
            if (norm.startsWith(p) && norm.length() - p.length() <= 20) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIconSoup(String line) {
        int icons = 0;
        for (String t : line.split("\\s+")) {
            if (t.endsWith("icon")) {
                icons++;
            }
        }
        return icons >= 3;
    }

    private boolean isMenu(String line, int tokens) {
        if (tokens < 2 || tokens > 40) {
            return false;
        }
        String[] segments = line.split("\\s*[|>»]\\s*");
        if (segments.length >= 3) {
            boolean allShort = true;
            for (String s : segments) {
                allShort &= tokens(s) <= 3;
            }
            if (allShort) {
                return true;
            }
        }
        if (tokens > 14) {
            return false;
        }
        int known = 0;
        for (String t : TextFold.foldPhrase(line.replaceAll("[|/·•,]", " ")).split(" ")) {
            if (menuWords.contains(t)) {
                known++;
            }
        }
        return known >= 2 && known * 10 >= tokens * 6;
    }

    /** Lowercase, folded, without surrounding punctuation: the form headers and duplicate lines are compared in. */
    static String normalise(String line) {
        String f = TextFold.foldPhrase(line);
        int a = 0;
        int b = f.length();
        while (a < b && !Character.isLetterOrDigit(f.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(f.charAt(b - 1))) {
            b--;
        }
        return f.substring(a, b);
    }

    static int tokens(String line) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean ws = Character.isWhitespace(line.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }

    private static int letters(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
