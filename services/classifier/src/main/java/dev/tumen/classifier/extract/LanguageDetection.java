package dev.tumen.classifier.extract;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.cybozu.util.CharNormalizer;
import com.optimaize.langdetect.text.TextFilter;
import com.optimaize.langdetect.text.UrlTextFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * ISO 639-1 language of an article. Scripts that belong to one language here (Hangul, kana; Han without kana is
 * Chinese) are decided by counting characters, and so are Ukrainian and Russian, by the letters only one of them has; the n-gram detector (optimaize language-detector, a handful of profiles so it stays small
 * and fast) only separates languages that share a script. Thread-safe.
 */
public final class LanguageDetection {
    /** Languages a Russia–DPRK news stream realistically carries; fewer profiles = less memory, fewer confusions. */
    private static final List<String> PROFILES = List.of("en", "ru", "uk", "de", "fr", "es", "it", "pt", "pl", "ko", "ja", "zh-CN");
    private static final int SAMPLE = 600;
    private static final double MIN_PROBABILITY = 0.5;
    /** The detector's own default, stated so {@link #probabilities} knows which texts take its long-text path. */
    private static final int SHORT_TEXT = 50;
    /**
     * Below this many Latin letters the n-grams are mostly the names' ("Kim met Putin" read as German): names belong to
     * no language, so a short Latin text is decided by its small function words, English when none decides.
     */
    private static final int SHORT_LATIN = 40;
    /** Function words and the commonest news verbs of the Latin-script languages the profiles hold, lower case. */
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "with", "meets", "met", "meet", "is", "has", "have", "says", "said", "for", "on", "at",
                    "an", "from", "after", "holds", "hold", "held", "talks", "visits", "will", "by", "arrives", "sends", "sent"),
            "de", Set.of("und", "der", "die", "das", "trifft", "traf", "treffen", "mit", "im", "von", "zu", "ist", "hat", "den", "dem",
                    "ein", "eine", "auf", "für", "nach", "bei", "sich", "nicht", "sagt", "besucht", "schickt"),
            "fr", Set.of("le", "la", "les", "et", "du", "des", "une", "avec", "rencontre", "à", "pour", "sur", "est", "au", "aux"),
            "es", Set.of("el", "los", "las", "y", "del", "con", "se", "reúne", "una", "para", "por", "es", "al"),
            "it", Set.of("il", "lo", "gli", "di", "incontra", "per", "è", "della", "delle", "nel"),
            "pt", Set.of("os", "do", "da", "com", "em", "um", "uma", "encontra", "reúne-se", "dos", "das", "no", "na"),
            "pl", Set.of("się", "z", "i", "w", "na", "do", "spotkał", "spotyka", "jest", "nie", "ze", "oraz"));

    /**
     * {@code Character.UnicodeScript.of} of the characters below U+0800 (Latin, Cyrillic and the punctuation between),
     * looked up instead of binary-searched for each of a sample's characters.
     */
    private static final Character.UnicodeScript[] SCRIPTS = new Character.UnicodeScript[0x800];

    static {
        for (int c = 0; c < SCRIPTS.length; c++) {
            SCRIPTS[c] = Character.UnicodeScript.of(c);
        }
    }

    private final LanguageDetector detector;
    private static final TextFilter MINORITY_SCRIPTS = new MinorityScripts();
    /** The library's text object stops taking characters at this length (forDetectingOnLargeText's setting). */
    private static final int MAX_TEXT = 10000;
    /**
     * {@code CharNormalizer.normalize} of every char, the library's own answers: its text object asks it of each
     * character of a sample, and it looks up the character's Unicode block, a binary search, every time.
     */
    private static final char[] NORMALIZED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            NORMALIZED[c] = CharNormalizer.normalize((char) c);
        }
    }

    /** The detector's long-text scoring and its result sorting, or null to use {@code getProbabilities} as it is. */
    private final Method longText;
    private final Method sorted;

    public LanguageDetection() {
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().read(PROFILES);
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).shortTextAlgorithm(SHORT_TEXT)
                    .withProfiles(profiles).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language profiles", e);
        }
        Method l = null;
        Method s = null;
        try {
            l = detector.getClass().getDeclaredMethod("detectBlockLongText", List.class);
            s = detector.getClass().getDeclaredMethod("sortProbability", double[].class);
            l.setAccessible(true);
            s.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            l = null;
            s = null;
        }
        longText = l;
        sorted = s;
    }

    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return "und";
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int hangul = 0;
        int kana = 0;
        int han = 0;
        int cyrillic = 0;
        int latin = 0;
        int ukrainianOnly = 0;
        int russianOnly = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            Character.UnicodeScript script = c < SCRIPTS.length ? SCRIPTS[c] : Character.UnicodeScript.of(c);
            switch (script) {
                case HANGUL -> hangul++;
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                case CYRILLIC -> {
                    cyrillic++;
                    // і ї є ґ are Ukrainian letters Russian lacks; ы э ъ ё the reverse
                    switch (Character.toLowerCase(c)) {
                        case 'і', 'ї', 'є', 'ґ' -> ukrainianOnly++;
                        case 'ы', 'э', 'ъ', 'ё' -> russianOnly++;
                        default -> {
                        }
                    }
                }
                case LATIN -> latin++;
                default -> {
                }
            }
        }
        int letters = hangul + kana + han + cyrillic + latin;
        if (letters < 3) {
            return "und";
        }
        if (hangul * 4 >= letters) {
            return "ko";
        }
        if (kana * 5 >= letters) {
            return "ja";
        }
        if (han * 2 >= letters) {
            return "zh";
        }
        if (cyrillic * 2 >= letters && ukrainianOnly + russianOnly >= 3) {
            return ukrainianOnly > russianOnly * 2 ? "uk" : russianOnly > ukrainianOnly * 2 ? "ru" : ngrams(sample, cyrillic, latin);
        }
        if (latin < SHORT_LATIN && latin * 2 >= letters) {
            return shortLatin(sample);
        }
        return ngrams(sample, cyrillic, latin);
    }

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}-]+");

    /** The Latin-script language whose function words a short text holds most of; English when none leads. */
    static String shortLatin(String sample) {
        String best = "en";
        int bestCount = 0;
        boolean tie = false;
        String[] words = NON_WORD.split(sample.toLowerCase(Locale.ROOT));
        for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
            int count = 0;
            for (String w : words) {
                if (e.getValue().contains(w)) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = e.getKey();
                bestCount = count;
                tie = false;
            } else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        return bestCount == 0 || tie ? "en" : best;
    }

    private String ngrams(String sample, int cyrillic, int latin) {
        List<DetectedLanguage> found = probabilities(textObject(sample));
        if (!found.isEmpty() && found.get(0).getProbability() >= MIN_PROBABILITY) {
            String lang = found.get(0).getLocale().getLanguage();
            return lang.length() == 2 ? lang : "und";
        }
        return cyrillic > latin ? "ru" : latin > 0 ? "en" : "und";
    }

    /**
     * The text {@code CommonTextObjectFactories.forDetectingOnLargeText().forText(sample)} holds (LanguageDetectionTest):
     * the sample less links and e-mail addresses and less its minority scripts, each character normalised, runs of
     * spaces kept once. The link filter runs only on a sample with "://" or "@": elsewhere its two regexes cannot
     * match, and the e-mail one tried every position of every sample, a twentieth of a page's classification, to find
     * no "@". The minority-script filter is {@link MinorityScripts}, the normalising a table.
     */
    String textObject(String sample) {
        String filtered = sample.indexOf('@') >= 0 || sample.contains("://") ? UrlTextFilter.getInstance().filter(sample) : sample;
        filtered = MINORITY_SCRIPTS.filter(filtered);
        char[] out = new char[Math.min(filtered.length(), MAX_TEXT)];
        int len = 0;
        char previous = 0;
        for (int i = 0; i < filtered.length() && len < MAX_TEXT; i++) {
            char c = NORMALIZED[filtered.charAt(i)];
            if (c != ' ' || previous != ' ') {
                out[len++] = c;
            }
            previous = c;
        }
        return new String(out, 0, len);
    }

    /**
     * The detector's answer ({@code getProbabilities}), without its cost: for a text longer than {@link #SHORT_TEXT}
     * the detector makes a string of every 1-, 2- and 3-gram of the padded text (some 1,800 for a 600-character
     * sample, four tenths of the classifier's allocation on a long page) and then samples a few hundred of them at
     * random. The same list, with the same filter and in the same order, is handed to the detector's own scoring here
     * as a view that makes a gram's string only when the scoring draws it, so the draws and the answer are the
     * detector's. Checked against {@code getProbabilities} in {@code LanguageDetectionTest}.
     */
    List<DetectedLanguage> probabilities(CharSequence text) {
        if (longText == null || text.length() <= SHORT_TEXT) {
            return detector.getProbabilities(text);
        }
        Grams grams = new Grams(text);
        if (grams.isEmpty()) {
            return List.of();
        }
        try {
            return castList(sorted.invoke(detector, longText.invoke(detector, grams)));
        } catch (IllegalAccessException | InvocationTargetException e) {
            return detector.getProbabilities(text);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<DetectedLanguage> castList(Object o) {
        return (List<DetectedLanguage>) o;
    }

    /**
     * {@code RemoveMinorityScriptsTextFilter.forThreshold(0.3)}, answer for answer: the characters of each script
     * that has at most 0.3 of the commonest script's count are dropped (common and unknown characters count for no
     * script, a combining mark for the script before it). The library's filter counted in a HashMap of boxed Longs
     * after a binary search of Character.UnicodeScript.of for every character, 4 % of a long page's classification;
     * here the BMP's scripts are a table and the counts an array.
     */
    static final class MinorityScripts implements TextFilter {
        private static final Character.UnicodeScript[] ALL = Character.UnicodeScript.values();
        private static final double THRESHOLD = 0.3;
        /** Each BMP character's script, as its ordinal. */
        private static final short[] BMP = new short[Character.MAX_VALUE + 1];

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                BMP[c] = (short) Character.UnicodeScript.of(c).ordinal();
            }
        }

        private static final int INHERITED = Character.UnicodeScript.INHERITED.ordinal();
        private static final int COMMON = Character.UnicodeScript.COMMON.ordinal();
        private static final int UNKNOWN = Character.UnicodeScript.UNKNOWN.ordinal();

        @Override
        public String filter(CharSequence text) {
            int[] counts = new int[ALL.length];
            int scripts = 0;
            int last = -1;
            for (int i = 0; i < text.length(); i++) {
                int s = BMP[text.charAt(i)];
                if (s == INHERITED) {
                    s = last;
                } else if (s == COMMON || s == UNKNOWN) {
                    continue;
                } else {
                    last = s;
                }
                if (s >= 0 && counts[s]++ == 0) {
                    scripts++;
                }
            }
            if (scripts <= 1) {
                return text.toString();
            }
            int most = 0;
            for (int count : counts) {
                most = Math.max(most, count);
            }
            boolean[] minor = new boolean[ALL.length];
            boolean any = false;
            for (int s = 0; s < counts.length; s++) {
                if (counts[s] > 0 && counts[s] != most && (double) counts[s] / (double) most <= THRESHOLD) {
                    minor[s] = true;
                    any = true;
                }
            }
            if (!any) {
                return text.toString();
            }
            StringBuilder kept = new StringBuilder();
            int previous = -1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                int s = BMP[c];
                if (s == INHERITED && previous >= 0 && minor[previous]) {
                    continue;
                }
                previous = s;
                if (!minor[s]) {
                    kept.append(c);
                }
            }
            return kept.toString();
        }
    }

    /**
     * The n-grams {@code NgramExtractors.standard()} extracts, as a lazy list: the text padded with a space at either
     * end (unless it has one), then every 1-gram, 2-gram and 3-gram in that order, less those its filter drops (a
     * 1-gram that is a space, a 3-gram with a space in the middle).
     */
    static final class Grams extends AbstractList<String> implements RandomAccess {
        private final char[] padded;
        /** Start of gram i times 4, plus its length. */
        private final int[] grams;
        private final int size;

        Grams(CharSequence text) {
            int n = text.length();
            boolean front = text.charAt(0) != ' ';
            boolean back = text.charAt(n - 1) != ' ';
            padded = new char[n + (front ? 1 : 0) + (back ? 1 : 0)];
            int at = 0;
            if (front) {
                padded[at++] = ' ';
            }
            for (int i = 0; i < n; i++) {
                padded[at++] = text.charAt(i);
            }
            if (back) {
                padded[at] = ' ';
            }
            int len = padded.length;
            int[] g = new int[Math.max(0, 3 * len - 3)];
            int k = 0;
            for (int gram = 1; gram <= 3; gram++) {
                for (int i = 0; i + gram <= len; i++) {
                    boolean use = gram == 1 ? padded[i] != ' ' : gram == 2 || padded[i + 1] != ' ';
                    if (use) {
                        g[k++] = i * 4 + gram;
                    }
                }
            }
            grams = g;
            size = k;
        }

        @Override
        public String get(int i) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
            return new String(padded, grams[i] >>> 2, grams[i] & 3);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
