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

    /**
     * 0.26.0: a Korean, Chinese or Japanese "when" clause is closed by its marker (싸웠을 때, 作战时曾, 戦った時に) and runs back to
     * the sentence's start: the scene, as a sentence-initial When is, so the soldiers fighting in it do not rate a troupe's
     * concert (each failed before: critical). A foreign minister who came along on a past visit is still rated by today's
     * talks.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; Lavrov and Choe meet in Moscow; When Kim Jong Un visited Vladivostok in 2019, Lavrov and Choe Son Hui were there too; on Tuesday the two foreign ministers held talks in Moscow on trade and tourism.",
        "ko; MEDIUM; 라브로프·최선희, 모스크바서 회담; 김정은 위원장이 2019년 블라디보스토크를 방문했을 때 동행했던 최선희 외무상은 화요일 모스크바에서 라브로프 외무장관과 무역과 관광 협력을 논의했다.",
        "zh; MEDIUM; 拉夫罗夫与崔善姬在莫斯科会谈; 2019年金正恩访问符拉迪沃斯托克时曾陪同的崔善姬外相周二在莫斯科与拉夫罗夫外长讨论了贸易和旅游合作。",
        "ja; MEDIUM; ラブロフ氏と崔善姫氏がモスクワで会談; 2019年に金正恩氏がウラジオストクを訪問した際に同行した崔善姫外相は火曜日、モスクワでラブロフ外相と貿易や観光の協力を協議した。",
        "ko; LOW; 북한 예술단, 모스크바 공연; 북한 군인들이 쿠르스크에서 싸웠을 때 그들을 응원했던 북한 예술단이 화요일 모스크바에서 공연을 열었다.",
        "zh; LOW; 朝鲜艺术团在莫斯科演出; 朝鲜士兵在库尔斯克作战时曾为他们加油的朝鲜艺术团周二在莫斯科举行了演出。",
        "ja; LOW; 北朝鮮芸術団がモスクワ公演; 北朝鮮兵士がクルスクで戦った時に彼らを応援した北朝鮮の芸術団が火曜日、モスクワで公演を行った。",
    })
    void aWhenClauseClosedByItsMarkerSetsTheScene(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** Dated by a weekday, such a clause is the news itself, as an English one is. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ko; CRITICAL; 일본, 전투기 긴급 발진; 러시아와 북한 군함이 월요일 동해에서 연합훈련을 시작했을 때 일본은 전투기를 긴급 발진시켰다.",
        "zh; CRITICAL; 日本紧急出动战机; 俄罗斯和朝鲜军舰周一开始联合演习时，日本紧急出动战机。",
        "ja; CRITICAL; 日本、戦闘機を緊急発進; ロシアと北朝鮮の艦艇が月曜日に合同演習を始めた際、日本は戦闘機を緊急発進させた。",
    })
    void aWhenClauseClosedByItsMarkerAndDatedByAWeekdayIsTheNews(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
