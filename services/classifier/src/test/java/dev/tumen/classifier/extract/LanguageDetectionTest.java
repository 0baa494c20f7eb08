package dev.tumen.classifier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectionTest {
    private static final LanguageDetection DETECTION = new LanguageDetection();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "en; North Korean leader Kim Jong Un has accepted an invitation to visit Russia for talks with the president.",
        "ru; Северокорейский лидер принял приглашение посетить Россию и провести переговоры с президентом, сообщили в Кремле.",
        "uk; Північнокорейський лідер прийняв запрошення відвідати Росію і провести переговори з президентом, повідомили в Кремлі.",
        "ko; 북한 김정은 국무위원장이 러시아를 방문해 푸틴 대통령과 정상회담을 할 예정이라고 크렘린궁이 밝혔다.",
        "zh; 克里姆林宫表示，朝鲜领导人金正恩已接受邀请，将访问俄罗斯并与普京总统举行会谈。",
        "ja; クレムリンによると、北朝鮮の金正恩総書記はロシアを訪問し、プーチン大統領と会談する予定だ。",
        "de; Der nordkoreanische Machthaber hat eine Einladung nach Russland angenommen und wird dort mit dem Präsidenten sprechen.",
    })
    void detectsEachNewsLanguage(String lang, String text) {
        assertEquals(lang, DETECTION.detect(text));
    }
}
