package dev.tumen.classifier.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Line-based article extraction for plain-text pages (page text with its chrome, as a browser's "copy all" or a
 * text dump gives it). The article is the run of sentence-like lines after the headline; it ends at the first
 * section header ("Related Articles", "Popular News", …) or headline list (short lines printed twice or stamped
 * "25 minutes ago") that follows it, because whatever comes after such a block is another story, however long.
 * Thread-safe.
 */
public final class TextExtractor {
    /** Short lines in a row, after the article started, that mark a headline list rather than the article. */
    private static final int LIST_RUN = 3;

    private final LineRules rules = new LineRules();

    /** Title, body and dateline of a plain-text page. */
    public record Result(String title, String body, Instant published) {
    }

    public Result extract(String content) {
        String[] lines = content.split("\r\n|\r|\n", -1);
        Instant published = null;
        String title = null;
        List<String> kept = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean started = false;
        for (int i = 0; i < lines.length; i++) {
            String stamp = LineRules.dateStamp(lines[i]);
            if (stamp != null && published == null) {
                published = isoDate(stamp);
            }
            String line = LineRules.clean(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            LineRules.Kind kind = rules.kind(line);
            if (kind == LineRules.Kind.HEADER) {
                if (started) {
                    break;
                }
                continue;
            }
            if (kind == LineRules.Kind.TIMESTAMP) {
                if (published == null && !started) {
                    published = DateFinder.find(line);
                }
                continue;
            }
            if (kind == LineRules.Kind.FURNITURE) {
                continue;
            }
            String norm = LineRules.normalise(line);
            if (isListItem(lines, i, norm)) {
                if (started) {
                    break;
                }
                if (title == null && LineRules.tokens(line) >= 3) {
                    title = line;
                    seen.add(key(norm));
                }
                continue;
            }
            if (!seen.add(key(norm))) {
                continue;
            }
            if (isProse(line)) {
                started = true;
                for (String p : pending) {
                    if (LineRules.tokens(p) >= 5) {
                        kept.add(p);
                    }
                }
                pending.clear();
                kept.add(line);
            } else if (!started) {
                if (title == null && LineRules.tokens(line) >= 3) {
                    title = line;
                } else if (LineRules.tokens(line) >= 6) {
                    kept.add(line);
                }
            } else {
                pending.add(line);
                if (pending.size() >= LIST_RUN) {
                    break;
                }
            }
        }
        if (!started) {
            // no sentence-like line at all: a short note or a bare headline; keep what survived the filters
            for (String p : pending) {
                kept.add(p);
            }
        }
        return new Result(title == null ? "" : title, String.join("\n\n", kept), published);
    }

    /**
     * A line that is printed again as the next line (related-headline blocks print each headline twice) or that
     * is followed by a relative timestamp ("25 minutes ago") is an item of a headline list.
     */
    private boolean isListItem(String[] lines, int i, String norm) {
        for (int j = i + 1; j < lines.length && j <= i + 3; j++) {
            String next = LineRules.clean(lines[j]);
            if (next.isEmpty()) {
                continue;
            }
            if (key(LineRules.normalise(next)).equals(key(norm))) {
                return true;
            }
            return rules.kind(next) == LineRules.Kind.TIMESTAMP && LineRules.tokens(next) <= 4 && !DateFinder.hasDate(next);
        }
        return false;
    }

    /** Duplicate detection ignores punctuation and spacing, so "Leader's" and "Leaders" copies of a headline match. */
    private static String key(String norm) {
        StringBuilder sb = new StringBuilder(norm.length());
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Sentence-like: ends as a sentence does and is long enough, or is simply long. */
    static boolean isProse(String line) {
        int tokens = LineRules.tokens(line);
        if (tokens >= 20 || line.length() >= 160) {
            return true;
        }
        int end = line.length() - 1;
        while (end > 0 && "\"'”’»)]".indexOf(line.charAt(end)) >= 0) {
            end--;
        }
        char last = line.charAt(end);
        boolean sentenceEnd = last == '.' || last == '!' || last == '?' || last == '。' || last == '…';
        boolean cjk = dev.tumen.classifier.gazetteer.TextFold.isCjk(line.charAt(0)) || line.chars().anyMatch(c -> dev.tumen.classifier.gazetteer.TextFold.isHangul((char) c));
        return sentenceEnd && (tokens >= 7 || (cjk && tokens >= 4));
    }

    private static Instant isoDate(String stamp) {
        try {
            String s = stamp.length() == 7 ? stamp + "-01" : stamp;
            return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
