package dev.tumen.classifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Severity from the main event (issue 14): background clauses neither raise nor lower it, ceremonies stay ceremonial
 * whoever attends, transfers told through data or containers are transfers, and the label says which sentence and
 * rubric row decided. Invented articles, one per rule family and language.
 */
class MainEventTest {
    private static final Labeller LABELLER = new Labeller();

    private static void assertSeverity(String lang, Severity expected, String title, String lead) {
        Label l = LABELLER.label(title, lead);
        assertTrue(l.relevant(), () -> lang + " expected relevant: " + title + " (relevance " + l.relevance() + ")");
        assertEquals(expected, l.severity(), () -> lang + ": " + title + " basis " + l.basis());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a greeting or a tourism deal is what it is, whatever war the background recalls
        "en; LOW; Kim sends New Year greetings to Putin; North Korean leader Kim Jong Un sent New Year greetings to Vladimir Putin, amid reports that thousands of North Korean troops are fighting for Russia in Kursk.",
        "en; MEDIUM; Russia and North Korea agree on new tourist flights; Moscow and Pyongyang agreed to open charter flights for Russian tourists, following last year's deployment of North Korean soldiers to the front.",
        "ru; MEDIUM; Россия и КНДР откроют новый туристический маршрут; Российские туристы смогут посещать курорт в КНДР, сообщили в Москве на фоне сообщений об отправке северокорейских солдат в Курскую область.",
        "ru; MEDIUM; Володин заявил о росте торговли с КНДР; Председатель Госдумы Вячеслав Володин отметил рост торговли между Россией и КНДР и напомнил, что договор о всеобъемлющем стратегическом партнерстве был ратифицирован единогласно.",
        "ko; LOW; 김정은, 푸틴에게 새해 축전; 러시아 파병 북한군이 쿠르스크에서 전투를 벌이는 가운데 김정은 국무위원장이 푸틴 대통령에게 새해 축전을 보냈다.",
        "uk; MEDIUM; Росія та КНДР відкриють нові туристичні рейси; Російські туристи зможуть відвідувати курорт у КНДР, повідомили в Москві на тлі повідомлень про відправку північнокорейських солдатів до Курської області.",
    })
    void backgroundNeitherRaisesNorLowers(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; North Korean embassy in Moscow hosts reception for national day; The North Korean embassy in Moscow held a banquet to mark the founding anniversary, attended by Russian defence minister Andrei Belousov and other officials.",
        "ru; LOW; Шойгу возложил цветы к монументу в Пхеньяне; Министр обороны России Сергей Шойгу и члены делегации возложили цветы к монументу Освобождения в Пхеньяне.",
        "ko; LOW; 러시아 주재 북한 대사관 경축연회; 북한 창건 기념일을 맞아 러시아 주재 북한 대사관이 경축연회를 마련했으며 러시아 국방장관이 참석했다.",
        "zh; LOW; 朝鲜驻俄大使馆举行招待会; 朝鲜驻俄罗斯大使馆举行招待会庆祝建国纪念日，俄罗斯国防部长出席。",
        "en; LOW; North Korean ensemble performs at summit banquet; A North Korean song and dance ensemble performed a concert at the banquet after the Russia-North Korea summit in Pyongyang.",
        // talks besides the ceremony keep the visit high
        "en; HIGH; Russian defence minister lays wreath and holds talks in Pyongyang; Russian defence minister Andrei Belousov laid a wreath in Pyongyang and held talks with North Korean officials on military cooperation.",
    })
    void ceremoniesStayCeremonialWhoeverAttends(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Russia sends rocket data to North Korea, intelligence says; South Korean intelligence said Russia has provided North Korea with missile data and technical documentation for its satellite programme.",
        "ru; CRITICAL; Разведка: Россия передала КНДР ракетные данные; По данным разведки, Россия передала Пхеньяну техническую документацию для ракетных двигателей.",
        "en; HIGH; Satellite images show 1,000 containers of North Korean munitions arrived in Russia; More than 1,000 containers of munitions from North Korea arrived at a Russian port, a think tank said.",
        "ko; HIGH; 러시아로 넘어간 북한 미사일; 한미 정보당국은 북한 미사일이 러시아로 넘어간 것으로 파악했다.",
    })
    void transfersToldThroughDataOrContainersAreTransfers(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @Test
    void labelSaysWhichSentenceAndRowDecided() {
        Label l = LABELLER.label("Putin lands in Pyongyang for summit with Kim",
                "Russian President Vladimir Putin arrived in Pyongyang for a summit with Kim Jong Un, the Kremlin said.");
        assertNotNull(l.basis());
        assertEquals("high: leaders' summits", l.basis().row());
        assertTrue(l.basis().sentence().contains("Pyongyang"), l.basis().sentence());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        // the headline slot holds a menu, a calendar or an author box: the lead carries the story
        "en; Mon Tue Wed Thu Fri Sat Sun; Russian Foreign Minister Sergei Lavrov arrived in Pyongyang for talks with North Korean Foreign Minister Choe Son Hui. The two discussed cooperation.",
        "ru; Об авторе; Министр иностранных дел России Сергей Лавров прибыл в Пхеньян на переговоры с главой МИД КНДР Цой Сон Хи. Стороны обсудили сотрудничество.",
        // a statement about the other side without a verb of exchange
        "ru; Лавров: Москва уважает выбор Пхеньяна; Министр иностранных дел России Сергей Лавров заявил, что Москва уважает решения КНДР в области обороны.",
    })
    void storyIsFoundWhenTheHeadlineIsLostOrOnlyAStatement(String lang, String title, String lead) {
        Label l = LABELLER.label(title, lead);
        assertTrue(l.relevant(), () -> lang + " expected relevant: " + title + " (relevance " + l.relevance() + ")");
    }
}
