package dev.tumen.classifier.extract;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

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

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    public LanguageDetection() {
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().read(PROFILES);
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language profiles", e);
        }
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
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
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
        return ngrams(sample, cyrillic, latin);
    }

    private String ngrams(String sample, int cyrillic, int latin) {
        List<DetectedLanguage> found = detector.getProbabilities(texts.forText(sample));
        if (!found.isEmpty() && found.get(0).getProbability() >= MIN_PROBABILITY) {
            String lang = found.get(0).getLocale().getLanguage();
            return lang.length() == 2 ? lang : "und";
        }
        return cyrillic > latin ? "ru" : latin > 0 ? "en" : "und";
    }
}
