package dev.tumen.classifier.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
    /** A headline has at least this many words; shorter lines before the article are taken only when nothing longer comes. */
    private static final int TITLE_TOKENS = 4;

    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n|\r|\n");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+\\S");

    private final LineRules rules = new LineRules();

    /** Title, body and dateline of a plain-text page. */
    public record Result(String title, String body, Instant published) {
    }

    public Result extract(String content) {
        Lines lines = new Lines(LINE_BREAKS.split(content, -1));
        Instant published = null;
        String title = null;
        List<String> kept = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean started = false;
        boolean cut = false;
        String shortTitle = null;
        boolean titleRepeated = false;
        // a headline list under a section header ("Most read") is that box's, never the article's headline
        boolean inBox = false;
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < lines.raw.length; i++) {
            String stamp = LineRules.dateStamp(lines.raw[i]);
            if (stamp != null && published == null) {
                published = isoDate(stamp);
            }
            String line = lines.clean(i);
            if (line.isEmpty()) {
                continue;
            }
            LineRules.Kind kind = lines.kind(i);
            if (kind == LineRules.Kind.HEADER) {
                if (started) {
                    cut = true;
                    break;
                }
                inBox = true;
                continue;
            }
            if (kind == LineRules.Kind.TIMESTAMP) {
                if (published == null && !started) {
                    published = DateFinder.find(line);
                }
                continue;
            }
            if (kind == LineRules.Kind.FURNITURE) {
                if (!started && isProse(line)) {
                    captions.add(line);
                }
                continue;
            }
            String key = lines.key(i);
            int tokens = LineRules.tokens(line);
            if (isListItem(lines, i, key)) {
                if (started && !seen.contains(key)) {
                    cut = true;
                    break;
                }
                if (!started && !inBox && tokens >= 3 && (title == null || !titleRepeated)) {
                    // pages print their headline twice (page title, then article title): the repeated line is it
                    if (title != null && !key(LineRules.normalise(title)).equals(key)) {
                        seen.remove(key(LineRules.normalise(title)));
                    }
                    title = line;
                    titleRepeated = true;
                }
                seen.add(key);
                continue;
            }
            if (!seen.add(key)) {
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
                if (title == null && tokens >= TITLE_TOKENS) {
                    title = line;
                } else if (title == null && shortTitle == null && tokens >= 3) {
                    shortTitle = line;
                } else if (tokens >= 6) {
                    kept.add(line);
                    // prose hard-wrapped into short lines: the article has begun, so a section header ends it
                    started |= Character.isLowerCase(line.charAt(0)) || startsLowerCase(lines.raw, i + 1);
                }
            } else {
                pending.add(line);
                if (pending.size() >= LIST_RUN) {
                    cut = true;
                    break;
                }
            }
        }
        if (title == null) {
            title = shortTitle;
        }
        // short lines between the last paragraph and a cut belong to the block that was cut off
        for (String p : cut ? List.<String>of() : pending) {
            if (LineRules.tokens(p) >= 5) {
                kept.add(p);
            }
        }
        // a "headline" that holds a finished sentence (a dateline: "WASHINGTON, March 21 /Agency/.") and runs on into a
        // line starting in lower case is the lead's first line, hard-wrapped; a real headline has no sentence inside
        if (title != null && !kept.isEmpty() && !endsSentence(title) && SENTENCE_INSIDE.matcher(title).find()
                && Character.isLowerCase(kept.get(0).charAt(0))) {
            kept.set(0, title + " " + kept.get(0));
            title = null;
        }
        // a photo story is its caption: when nothing else reads as the article, the captions are its text
        if (kept.isEmpty()) {
            kept.addAll(new java.util.LinkedHashSet<>(captions));
        }
        return new Result(title == null ? "" : title, String.join("\n\n", unwrap(kept)), published);
    }

    /**
     * A line that is printed again as the next line (related-headline blocks print each headline twice) or that
     * is followed by a relative timestamp ("25 minutes ago") is an item of a headline list.
     */
    private static boolean isListItem(Lines lines, int i, String key) {
        for (int j = i + 1; j < lines.raw.length && j <= i + 3; j++) {
            String next = lines.clean(j);
            if (next.isEmpty()) {
                continue;
            }
            if (lines.key(j).equals(key)) {
                return true;
            }
            return lines.kind(j) == LineRules.Kind.TIMESTAMP && LineRules.tokens(next) <= 4 && !DateFinder.hasDate(next);
        }
        return false;
    }

    /**
     * The page's lines with their cleaned text, kind and duplicate key, each computed once: the look-ahead for
     * headline lists asks about the next lines again, and the line rules are most of this extractor's time.
     */
    private final class Lines {
        final String[] raw;
        private final String[] cleaned;
        private final LineRules.Kind[] kinds;
        private final String[] keys;

        Lines(String[] raw) {
            this.raw = raw;
            this.cleaned = new String[raw.length];
            this.kinds = new LineRules.Kind[raw.length];
            this.keys = new String[raw.length];
        }

        String clean(int i) {
            String c = cleaned[i];
            if (c == null) {
                c = LineRules.clean(raw[i]);
                cleaned[i] = c;
            }
            return c;
        }

        LineRules.Kind kind(int i) {
            LineRules.Kind k = kinds[i];
            if (k == null) {
                k = rules.kind(clean(i));
                kinds[i] = k;
            }
            return k;
        }

        String key(int i) {
            String k = keys[i];
            if (k == null) {
                k = TextExtractor.key(LineRules.normalise(clean(i)));
                keys[i] = k;
            }
            return k;
        }
    }

    /** Joins prose that was hard-wrapped into lines: a line without a sentence end followed by one starting in lower case. */
    private static List<String> unwrap(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            int last = out.size() - 1;
            if (last >= 0 && !endsSentence(out.get(last)) && Character.isLowerCase(line.charAt(0))) {
                out.set(last, out.get(last) + " " + line);
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean startsLowerCase(String[] lines, int from) {
        for (int j = from; j < lines.length; j++) {
            String next = lines[j].strip();
            if (!next.isEmpty()) {
                return Character.isLowerCase(next.charAt(0));
            }
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
        boolean sentenceEnd = endsSentence(line);
        // Chinese and Japanese write no spaces: a Han or kana character carries about half a word
        int hanKana = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3040' && c <= '\u30ff')) {
                hanKana++;
            }
        }
        if (hanKana >= 60 || (sentenceEnd && hanKana >= 14)) {
            return true;
        }
        boolean cjk = dev.tumen.classifier.gazetteer.TextFold.isCjk(line.charAt(0)) || line.chars().anyMatch(c -> dev.tumen.classifier.gazetteer.TextFold.isHangul((char) c));
        return sentenceEnd && (tokens >= 7 || (cjk && tokens >= 4));
    }

    static boolean endsSentence(String line) {
        int end = line.length() - 1;
        while (end > 0 && "\"'”’»)]".indexOf(line.charAt(end)) >= 0) {
            end--;
        }
        char last = line.charAt(end);
        return last == '.' || last == '!' || last == '?' || last == '。' || last == '…' || last == '！' || last == '？';
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
