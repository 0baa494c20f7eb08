package dev.tumen.classifier.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** Headline-long lines above the story kept for {@link LeadWords}: a page's chrome above a story is seldom longer. */
    private static final int MAX_CANDIDATES = 40;

    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+\\S");
    /** An item of a ranked list ("1. …", "2) …", "3、…"): a "Most read" box's, printed without its header too. */
    private static final Pattern RANKED = Pattern.compile("^\\d{1,2}\\s*[.)、．]\\s*\\S");

    private final LineRules rules = new LineRules();

    /** Title, body and dateline of a plain-text page. */
    public record Result(String title, String body, Instant published) {
    }

    public Result extract(String content) {
        Lines lines = new Lines(content);
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
        // a Chinese or Japanese sentence read already (a photo's caption): the short lines under it are no headline
        boolean sentenceSeen = false;
        // the site's menu under a line taken for the headline: that line was the site's slogan, the story's comes after
        boolean menuAfterTitle = false;
        // the line taken for the headline stood in a box (under a section header, or ranked "1. …"): a headline-long line
        // after it is the story's, since a "Most read" box above the story lists other stories' headlines
        boolean titleInBox = false;
        // every headline-long line above the story: the one that tells the lead's story may not be the one first taken
        List<String> candidates = new ArrayList<>();
        // a mail pasted as text: its subject line is the headline, its envelope no part of the text
        MessageHeaders.Found envelope = envelope(lines);
        if (envelope != null) {
            title = envelope.subject();
            titleRepeated = true;
        }
        for (int i = 0; lines.has(i); i++) {
            if (envelope != null && i >= envelope.start() && i < envelope.end()) {
                continue;
            }
            String stamp = LineRules.dateStamp(lines.raw(i));
            if (stamp != null && published == null) {
                published = isoDate(stamp);
            }
            String line = lines.clean(i);
            if (line.isEmpty()) {
                continue;
            }
            boolean afterSentence = sentenceSeen;
            sentenceSeen |= line.indexOf('。') >= 0;
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
                String lead = started ? null : leadAfterCredit(line);
                if (lead != null) {
                    captions.add(line.substring(0, line.length() - lead.length()).strip());
                    started = true;
                    keepLongPending(pending, kept);
                    kept.add(lead);
                    seen.add(key(LineRules.normalise(lead)));
                    continue;
                }
                if (!started && isProse(line)) {
                    captions.add(line);
                }
                menuAfterTitle = menuAfterTitle || !started && title != null && !titleRepeated && rules.isMenu(line);
                continue;
            }
            // a calendar's rows ("M T W T F S S", "1 2 3 4 5 6") above the story are no headline
            if (!started && gridLine(line)) {
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
                keepLongPending(pending, kept);
                kept.add(line);
            } else if (!started) {
                boolean ranked = RANKED.matcher(line).lookingAt();
                boolean headlineLong = tokens >= TITLE_TOKENS || !afterSentence && cjkHeadline(lines, i, line, inBox);
                if (titleInBox && ranked) {
                    // the rest of the box
                    continue;
                }
                if (headlineLong && !ranked && candidates.size() < MAX_CANDIDATES && !endsSentence(line) && line.indexOf('。') < 0) {
                    candidates.add(line);
                }
                boolean boxClosed = titleInBox && i > 0 && lines.raw(i - 1).isBlank();
                // a blank line above closes the box: the line under it is the story's headline, a short one too
                if ((headlineLong || boxClosed && tokens >= 3)
                        && (title == null || menuAfterTitle || titleInBox && !DateFinder.hasDate(line))) {
                    titleInBox = (inBox || ranked) && !boxClosed;
                    title = line;
                    menuAfterTitle = false;
                } else if (title == null && shortTitle == null && tokens >= 3) {
                    shortTitle = line;
                } else if (tokens >= 6) {
                    kept.add(line);
                    // prose hard-wrapped into short lines: the article has begun, so a section header ends it
                    started |= Character.isLowerCase(line.charAt(0)) || startsLowerCase(lines, i + 1);
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
        // the line taken for the headline shares no words with the lead (a site's slogan, a section's name, an audio
        // player's label): a line above the story that does is its headline
        if (title != null && !kept.isEmpty() && candidates.size() > 1) {
            // the lead without the headline-long lines kept from above the story: a line shares every word with itself
            StringBuilder lead = new StringBuilder();
            for (String k : kept) {
                if (lead.length() < LeadWords.LEAD_CHARS && !candidates.contains(k)) {
                    lead.append(k).append('\n');
                }
            }
            String better = lead.isEmpty() ? null : LeadWords.better(title, candidates, lead.toString());
            if (better != null) {
                title = better;
                kept.remove(better);
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
     * A calendar's row: four tokens or more, none longer than two characters, or one Hangul or Han character (a Korean
     * headline's words are two syllables each: "북러 정상 회담 개최").
     */
    private static boolean gridLine(String line) {
        int tokens = 0;
        int run = 0;
        boolean wide = false;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || Character.isWhitespace(line.charAt(i))) {
                if (run > (wide ? 1 : 2)) {
                    return false;
                }
                tokens += run > 0 ? 1 : 0;
                run = 0;
                wide = false;
            } else {
                run++;
                wide |= line.charAt(i) >= '\u2e80';
            }
        }
        return tokens >= 4;
    }

    /** How far down a mail's envelope is looked for: above the text, under a page's chrome at most. */
    private static final int ENVELOPE_REACH = 40;

    /** A message's header lines before the first line of prose, or {@code null}. */
    private static MessageHeaders.Found envelope(Lines lines) {
        // most pages have no subject line: a look at each line's first letters before any line is judged
        boolean subject = false;
        for (int i = 0; i < ENVELOPE_REACH && lines.has(i) && !subject; i++) {
            String raw = lines.raw(i);
            subject = MessageHeaders.mayOpenSubject(raw) && MessageHeaders.opensWithSubject(raw.strip());
        }
        if (!subject) {
            return null;
        }
        List<String> head = new ArrayList<>();
        for (int i = 0; i < ENVELOPE_REACH && lines.has(i); i++) {
            String line = lines.raw(i).strip();
            if (!line.isEmpty() && isProse(line)) {
                break;
            }
            head.add(line);
        }
        return MessageHeaders.find(head);
    }

    /**
     * A line that is printed again as the next line (related-headline blocks print each headline twice) or that
     * is followed by a relative timestamp ("25 minutes ago") is an item of a headline list.
     */
    private static boolean isListItem(Lines lines, int i, String key) {
        for (int j = i + 1; j <= i + 3 && lines.has(j); j++) {
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
     * The page's lines (split at \r\n, \r or \n) with their text, cleaned text, kind and duplicate key, each computed
     * once and only when asked for: the look-ahead for headline lists asks about the next lines again, and the
     * line rules are most of this extractor's time. The article usually ends at a section header long before the
     * page does (most of a 30 KB page of "Related" blocks is never read), so line boundaries too are found only as
     * far as the reading gets, by a plain scan rather than a regex split that made a string of every line.
     */
    private final class Lines {
        private final String content;
        private final boolean cr;
        /** Start and end offset of line i at [2i] and [2i+1], for the lines found so far. */
        private int[] bounds = new int[64];
        private int found;
        /** Where the next line starts, or -1 once the last line is found. */
        private int next;
        private String[] raw = new String[32];
        private String[] cleaned = new String[32];
        private LineRules.Kind[] kinds = new LineRules.Kind[32];
        private String[] keys = new String[32];

        Lines(String content) {
            this.content = content;
            this.cr = content.indexOf('\r') >= 0;
        }

        /** Whether the page has a line i (the same lines as {@code split("\r\n|\r|\n", -1)}). */
        boolean has(int i) {
            while (found <= i && next >= 0) {
                int end = cr ? nextBreak(next) : content.indexOf('\n', next);
                if (2 * found + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                if (found + 1 > raw.length) {
                    int n = raw.length * 2;
                    raw = Arrays.copyOf(raw, n);
                    cleaned = Arrays.copyOf(cleaned, n);
                    kinds = Arrays.copyOf(kinds, n);
                    keys = Arrays.copyOf(keys, n);
                }
                bounds[2 * found] = next;
                bounds[2 * found + 1] = end < 0 ? content.length() : end;
                found++;
                next = end < 0 ? -1 : end + (content.startsWith("\r\n", end) ? 2 : 1);
            }
            return i < found;
        }

        private int nextBreak(int from) {
            for (int i = from; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c == '\n' || c == '\r') {
                    return i;
                }
            }
            return -1;
        }

        String raw(int i) {
            String r = raw[i];
            if (r == null) {
                r = content.substring(bounds[2 * i], bounds[2 * i + 1]);
                raw[i] = r;
            }
            return r;
        }

        String clean(int i) {
            String c = cleaned[i];
            if (c == null) {
                c = LineRules.clean(raw(i));
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

    private static boolean startsLowerCase(Lines lines, int from) {
        for (int j = from; lines.has(j); j++) {
            String next = lines.raw(j).strip();
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
    /** Short lines waiting above the first paragraph: those of five words or more are its opening lines, hard-wrapped. */
    private static void keepLongPending(List<String> pending, List<String> kept) {
        for (String p : pending) {
            if (LineRules.tokens(p) >= 5) {
                kept.add(p);
            }
        }
        pending.clear();
    }

    /**
     * The agencies and picture desks a photo's credit names, one agency through another too ("AP 연합뉴스", "AFP/Yonhap"):
     * the credits this extractor and the labeller find glued to the sentence after a caption.
     */
    public static final String GLUED_CREDIT_NAMES =
            "(?:(?:AP|AFP|EPA|UPI|Reuters|REUTERS|로이터|신화|Xinhua|조선중앙통신|노동신문|ТАСС|TASS|РИА Новости)\\s*[/=]?\\s*)?"
                    + "(?:연합뉴스|뉴스1|뉴시스|News1|Newsis|Yonhap|AP|AFP|EPA|UPI|Reuters|REUTERS|로이터|Getty Images|게티이미지(?:코리아)?|ТАСС|TASS"
                    + "|РИА Новости|Sputnik|Спутник|新华社|新華社|共同通信|時事通信)";
    /** Such a credit and the sentence it is glued to (see {@link #GLUED_CREDIT}): the pattern ends where that sentence starts. */
    public static final String GLUED_CREDIT_OPENING = GLUED_CREDIT_NAMES
            + "(?:\\s+|(?<=[\\p{Ll}\\p{IsHangul}])(?=\\p{Lu}|(?!에서|으로|에게)[\\p{IsHangul}&&[^은는이가을를의에와과도로]]|[은는이가을를의에와과도로](?![\\s\\p{P}])))(?=[\\p{Lu}\\p{IsHangul}\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\"«“])";

    /**
     * A photo credit glued to the lead after the photo's caption ("… 회담에 앞서 악수하고 있다. 연합뉴스김정은 북한 국무위원장과 …",
     * "… before talks. ReutersKim Jong Un and …"): a page copied without the break between caption and story. Glued
     * without a space only where the case or script tells the two words apart ("ReutersKim", Hangul on Hangul that is
     * no particle: "연합뉴스는" is the agency's own sentence), so "APEC" is no credit "AP"; the lead opens as a sentence does
     * (". Reuters reported …" is the caption's own).
     */
    private static final Pattern GLUED_CREDIT = Pattern.compile("[.!?。]\\s*(?:[/|]\\s*)?" + GLUED_CREDIT_OPENING);

    /** The lead after a caption's glued credit, when a sentence follows it; otherwise null. */
    String leadAfterCredit(String line) {
        java.util.regex.Matcher m = GLUED_CREDIT.matcher(line);
        if (!m.find()) {
            return null;
        }
        String lead = line.substring(m.end());
        return isProse(lead) && rules.kind(lead) == LineRules.Kind.TEXT ? lead : null;
    }

    /**
     * A Chinese or Japanese headline is one "word" by its spaces: a line of eight or more Han or kana characters that ends
     * no sentence (a caption does: "…建军节。（资料照）") and stands alone above a blank line reads as a headline of four
     * words or more, unless a sentence came first (a photo's caption: the reporter's line under it is no headline).
     */
    private static boolean cjkHeadline(Lines lines, int i, String line, boolean inBox) {
        if (line.length() > 60 || endsSentence(line) || line.indexOf('。') >= 0) {
            return false;
        }
        // Set off by a blank line, or straight above the first paragraph (a dump that puts a single line break after the
        // headline), under the page's chrome too (a site's name, a menu); a short line over other short lines (a byline)
        // is not one, nor a line under text of its own (the second line of a caption or a standfirst).
        if (lines.has(i + 1) && !lines.raw(i + 1).isBlank()
                && (!isProse(lines.clean(i + 1)) || i > 0 && !lines.raw(i - 1).isBlank() && !inBox
                        && lines.kind(i - 1) == LineRules.Kind.TEXT && hanKana(lines.clean(i - 1)) >= 8)) {
            return false;
        }
        return hanKana(line) >= 8;
    }

    private static int hanKana(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3040' && c <= '\u30ff')) {
                n++;
            }
        }
        return n;
    }

    static boolean isProse(String line) {
        int tokens = LineRules.tokens(line);
        if (tokens >= 20 || line.length() >= 160) {
            return true;
        }
        boolean sentenceEnd = endsSentence(line);
        // Chinese and Japanese write no spaces: a Han or kana character carries about half a word
        int hanKana = hanKana(line);
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
