package dev.tumen.classifier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextFilter;
import com.optimaize.langdetect.text.TextObjectFactory;
import dev.tumen.classifier.SharedFiles;
import dev.tumen.classifier.eval.Evaluate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectionTest {
    private static final LanguageDetection DETECTION = new LanguageDetection();
    private static final String[] TEXTS = {
        "North Korean leader Kim Jong Un has accepted an invitation to visit Russia for talks with the president.",
        "Северокорейский лидер принял приглашение посетить Россию и провести переговоры с президентом, сообщили в Кремле.",
        "Північнокорейський лідер прийняв запрошення відвідати Росію і провести переговори з президентом, повідомили в Кремлі.",
        "북한 김정은 국무위원장이 러시아를 방문해 푸틴 대통령과 정상회담을 할 예정이라고 크렘린궁이 밝혔다.",
        "克里姆林宫表示，朝鲜领导人金正恩已接受邀请，将访问俄罗斯并与普京总统举行会谈。",
        "クレムリンによると、北朝鮮の金正恩総書記はロシアを訪問し、プーチン大統領と会談する予定だ。",
        "Der nordkoreanische Machthaber hat eine Einladung nach Russland angenommen und wird dort mit dem Präsidenten sprechen.",
    };

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "en; North Korean leader Kim Jong Un has accepted an invitation to visit Russia for talks with the president.",
        "ru; Северокорейский лидер принял приглашение посетить Россию и провести переговоры с президентом, сообщили в Кремле.",
        "uk; Північнокорейський лідер прийняв запрошення відвідати Росію і провести переговори з президентом, повідомили в Кремлі.",
        "ko; 북한 김정은 국무위원장이 러시아를 방문해 푸틴 대통령과 정상회담을 할 예정이라고 크렘린궁이 밝혔다.",
        "zh; 克里姆林宫表示，朝鲜领导人金正恩已接受邀请，将访问俄罗斯并与普京总统举行会谈。",
        "ja; クレムリンによると、北朝鮮の金正恩総書記はロシアを訪問し、プーチン大統領と会談する予定だ。",
        "de; Der nordkoreanische Machthaber hat eine Einladung nach Russland angenommen und wird dort mit dem Präsidenten sprechen.",
        // short Latin texts are mostly names, which belong to no language: their small words decide, English by default
        "en; Kim met Putin",
        "en; Kim met Putin.",
        "en; Putin meets Kim",
        "en; Shoigu in Pyongyang",
        "de; Kim traf Putin",
        "de; Kim trifft Putin in Wladiwostok",
        "pl; Putin spotkał się z Kimem",
    })
    void detectsEachNewsLanguage(String lang, String text) {
        assertEquals(lang, DETECTION.detect(text));
    }

    /**
     * The lazy n-gram list must be the detector's own list and give its exact probabilities: on every sample of the dev
     * corpora when they are next to the repository, on the texts above, their mixtures and cut-offs at any length, and
     * on texts with leading and trailing spaces (the padding rule).
     */
    @Test
    void answersExactlyAsTheDetectorItself() throws IOException {
        LanguageDetector library = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(new LanguageProfileReader().read(List.of("en", "ru", "uk", "de", "fr", "es", "it", "pt", "pl", "ko", "ja", "zh-CN")))
                .build();
        TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
        List<String> samples = new ArrayList<>(List.of(TEXTS));
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            StringBuilder b = new StringBuilder(i % 3 == 0 ? " " : "");
            while (b.length() < 40 + random.nextInt(700)) {
                String t = TEXTS[random.nextInt(TEXTS.length)];
                b.append(t, 0, Math.min(t.length(), 20 + random.nextInt(60))).append(i % 2 == 0 ? " " : "\n");
            }
            samples.add(b.toString());
        }
        for (String corpus : List.of("corpus/dev.jsonl", "corpus/dev2.jsonl")) {
            Path p = SharedFiles.repoRoot().resolveSibling("shared").resolve(corpus);
            if (Files.exists(p)) {
                for (Evaluate.Item item : Evaluate.read(p)) {
                    samples.add(item.text().length() > 600 ? item.text().substring(0, 600) : item.text());
                }
            }
        }
        samples.add("Read more at https://example.org/a?b=c&d or write to desk@example.org, Kim met Putin.");
        samples.add("Пишите: редакция@пример.рф; http://пример.рф/новости — Путин встретился с Ким Чен Ыном.");
        samples.add(String.join("  \u2014 ", TEXTS).repeat(20));
        for (String s : samples) {
            CharSequence t = texts.forText(s);
            assertEquals(t.toString(), DETECTION.textObject(s), s);
            if (t.length() > 0) {
                assertEquals(NgramExtractors.standard().extractGrams(t), new LanguageDetection.Grams(t), s);
            }
            assertEquals(describe(library.getProbabilities(t)), describe(DETECTION.probabilities(t)), s);
        }
    }

    /** The minority-script filter answers as the library's, on random mixtures of scripts, marks, digits and halves of pairs. */
    @Test
    void dropsMinorityScriptsAsTheLibraryDoes() {
        TextFilter library = RemoveMinorityScriptsTextFilter.forThreshold(0.3);
        LanguageDetection.MinorityScripts ours = new LanguageDetection.MinorityScripts();
        String[] pieces = {"Kim", " ", "Ким", "김정은", "金正恩", "の", "\u0301", "\u0308", "7", ",", "ﬁ", "\ud83d", "\ude00", "Ω", "ש",
            "\u0300\u0301", "ー", "\u200d"};
        Random random = new Random(11);
        List<String> texts = new ArrayList<>(List.of(TEXTS));
        texts.add("");
        texts.add("\u0301Kim");
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(40); k >= 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)].repeat(1 + random.nextInt(random.nextBoolean() ? 2 : 12)));
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            assertEquals(library.filter(t), ours.filter(t), t);
        }
    }

    private static String describe(List<DetectedLanguage> found) {
        StringBuilder b = new StringBuilder();
        for (DetectedLanguage d : found) {
            b.append(d.getLocale()).append('=').append(Double.doubleToLongBits(d.getProbability())).append(' ');
        }
        return b.toString();
    }
}
