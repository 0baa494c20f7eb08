package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.24.0. A feature's lead that opens with "when" (When, Когда, Коли, Als; 当…时, …したとき, …했을 때) sets the
 * scene: the leader's arrival it names is the occasion of what the story tells, not its event, so the transfer of
 * air-defence technology told two sentences later under a headline about what one side received rates the article
 * (critical), not the arrival's summit row (high). "Has since" is an adverb, not a clause opener; German "erhielt" and
 * "übergeben" are what one side received from the other, as "received" and "handed over" are; technology "for
 * air-defence missiles" is air-defence technology in every language. Invented articles (headline; lead and body).
 */
class WhenClauseTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; What Pyongyang received; When Kim Jong Un arrived in Moscow in the spring, crowds lined the streets. The leaders spoke for hours behind closed doors. Russia has since provided North Korea with technology for its air-defence missiles, Seoul's spy agency said on Friday.",
        "ru; CRITICAL; Что Пхеньян получил взамен; Когда Ким Чен Ын прибыл в Москву весной, вдоль улиц стояли толпы. Лидеры несколько часов говорили за закрытыми дверями. Россия передала КНДР технологии для зенитных ракет, заявила в пятницу разведка Южной Кореи.",
        "uk; CRITICAL; Що Пхеньян отримав натомість; Коли Кім Чен Ин прибув до Москви навесні, вздовж вулиць стояли натовпи. Лідери кілька годин говорили за зачиненими дверима. Росія передала КНДР технології для зенітних ракет, заявила в п'ятницю розвідка Південної Кореї.",
        "de; CRITICAL; Was Pjöngjang dafür erhielt; Als Kim Jong Un im Frühjahr in Moskau eintraf, säumten Menschenmengen die Straßen. Die beiden Staatschefs sprachen stundenlang hinter verschlossenen Türen. Russland hat Nordkorea Technologie für Flugabwehrraketen übergeben, teilte der südkoreanische Geheimdienst am Freitag mit.",
        "zh; CRITICAL; 平壤得到了什么; 当金正恩春天抵达莫斯科时，街道两旁站满了人群。两位领导人闭门会谈了数小时。韩国国家情报院周五称，俄罗斯已向朝鲜转让防空导弹技术。",
        "ja; CRITICAL; 平壌が受け取ったもの; 金正恩氏が春にモスクワに到着したとき、沿道には群衆が並んだ。両首脳は数時間にわたり非公開で話し合った。韓国の国家情報院は金曜日、ロシアが北朝鮮に防空ミサイルの技術を移転したと明らかにした。",
        "ko; CRITICAL; 평양이 받은 것; 김정은 위원장이 봄에 모스크바에 도착했을 때 거리에는 인파가 늘어섰다. 두 정상은 몇 시간 동안 비공개로 대화했다. 국가정보원은 러시아가 북한에 방공미사일 기술을 이전했다고 금요일 밝혔다.",
    })
    void aSceneOpenedByWhenIsTheOccasionNotTheEvent(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    /**
     * "When" dated as news is ("on Thursday", в четверг, am Donnerstag): the clause is the news, here a joint patrol
     * (a joint operation; Ukrainian спільне патрулювання and German gemeinsame Patrouille joined the joint exercises),
     * and the main clause the reaction to it.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; South Korea protests as Russian and North Korean bombers fly near its airspace; When Russian and North Korean military aircraft flew a joint patrol over the Sea of Japan on Thursday, South Korea scrambled fighters and summoned both ambassadors, Seoul said.",
        "ru; CRITICAL; Сеул поднял истребители из-за полёта российских и северокорейских самолётов; Когда российские и северокорейские военные самолёты в четверг совершили совместное патрулирование над Японским морем, Южная Корея подняла истребители и вызвала послов обеих стран, сообщили в Сеуле.",
        "uk; CRITICAL; Сеул підняв винищувачі через політ російських і північнокорейських літаків; Коли російські та північнокорейські військові літаки в четвер здійснили спільне патрулювання над Японським морем, Південна Корея підняла винищувачі та викликала послів обох країн, повідомили в Сеулі.",
        "de; CRITICAL; Seoul lässt Kampfjets aufsteigen: russische und nordkoreanische Bomber über dem Japanischen Meer; Als russische und nordkoreanische Militärflugzeuge am Donnerstag eine gemeinsame Patrouille über dem Japanischen Meer flogen, ließ Südkorea Kampfjets aufsteigen und bestellte beide Botschafter ein, teilte Seoul mit.",
    })
    void aWhenClauseDatedByAWeekdayIsTheNews(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    /** "When asked whether …", "When questioned about …": a question put to one side, whose subject is the story. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Kremlin sidesteps question; When asked whether more North Korean soldiers had been sent to the Kursk region, Kremlin spokesman Dmitry Peskov said he had nothing to add.",
        "en; CRITICAL; Moscow says nothing; When questioned on Monday about North Korean artillery crews firing on Ukrainian positions, Russia's foreign ministry spokeswoman Maria Zakharova declined to answer.",
    })
    void aQuestionAskedInAWhenClauseIsNoScene(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }
}
