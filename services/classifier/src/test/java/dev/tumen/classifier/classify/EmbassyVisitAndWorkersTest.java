package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.26.0, from the k-fold by rule support's held-out errors: a leader's visit to the other side's embassy rated a
 * summit once the envoy word was left out, and a labour-migration story rated by a recalled deployment once the
 * economic rule was. Invented articles (headline; lead and body).
 */
class EmbassyVisitAndWorkersTest {
    /**
     * A leader visiting the other side's embassy meets its envoy, not its leader, and comes for an occasion: a ceremony
     * (low), also with the usual rhetoric of alliance, as a greeting is (settled case). Each failed before (medium).
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Kim Jong Un visits Russian embassy in Pyongyang; North Korean leader Kim Jong Un visited the Russian embassy in Pyongyang on Friday and gave a speech calling for the alliance between North Korea and Russia to grow stronger.",
        "ru; LOW; Ким Чен Ын посетил посольство России в Пхеньяне; Лидер КНДР Ким Чен Ын в пятницу посетил российское посольство в Пхеньяне и выступил с речью о развитии союзнических отношений КНДР и России.",
        "uk; LOW; Кім Чен Ин відвідав посольство Росії в Пхеньяні; Лідер КНДР Кім Чен Ин у п'ятницю відвідав російське посольство в Пхеньяні та виступив із промовою про розвиток союзницьких відносин КНДР і Росії.",
        "ko; LOW; 김정은, 평양 주재 러시아대사관 방문; 김정은 북한 국무위원장이 금요일 평양의 러시아대사관을 방문해 북한과 러시아의 동맹관계를 발전시켜야 한다고 연설했다.",
        "zh; LOW; 金正恩访问俄罗斯驻朝鲜大使馆; 朝鲜领导人金正恩周五访问俄罗斯驻朝鲜大使馆并发表讲话，呼吁朝俄同盟关系不断发展。",
        "ja; LOW; 金正恩氏、平壌のロシア大使館を訪問; 北朝鮮の金正恩総書記は金曜日、平壌のロシア大使館を訪問し、北朝鮮とロシアの同盟関係を発展させるよう演説した。",
        "de; LOW; Kim Jong Un besucht die russische Botschaft in Pjöngjang; Nordkoreas Machthaber Kim Jong Un hat am Freitag die russische Botschaft in Pjöngjang besucht und in einer Rede ein stärkeres Bündnis zwischen Nordkorea und Russland gefordert.",
    })
    void aLeadersVisitToTheOtherSidesEmbassyIsACeremony(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    /** The embassy named beside the leaders' own talks leaves the summit what it is. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Putin and Kim hold talks in Pyongyang; Vladimir Putin and Kim Jong Un held talks in Pyongyang on Wednesday, and the Russian embassy said the two leaders would sign a treaty.",
    })
    void anEmbassyBesideTheLeadersTalksLeavesTheSummit(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    /**
     * Workers of either side are labour (medium) whatever word names them (builders, 劳务人员, 건설 인력, Bauarbeiter),
     * without a trade or project word beside them, so a deployment recalled in the body does not rate the story. The
     * en, ko, zh, ja and de cases failed before (critical); ru and uk held by their migrant words.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; Russia turns to North Korea for builders; Russia's migration policy now counts on builders from North Korea to replace migrants from Central Asia. Pyongyang has a special part in it. In June, Sergei Shoigu said after a visit to Pyongyang that Kim Jong Un had decided to send 1,000 military sappers to Russia's Kursk region.",
        "ru; MEDIUM; Россия делает ставку на строителей из КНДР; Миграционная политика России теперь делает ставку на строителей из КНДР вместо мигрантов из Средней Азии. Пхеньяну отводится особая роль. 17 июня Сергей Шойгу по итогам визита в Пхеньян сообщил, что Ким Чен Ын решил направить в Курскую область тысячу военных саперов.",
        "uk; MEDIUM; Росія робить ставку на будівельників з КНДР; Міграційна політика Росії тепер робить ставку на будівельників з КНДР замість мігрантів із Середньої Азії. Пхеньяну відведено особливу роль. 17 червня Сергій Шойгу після візиту до Пхеньяна повідомив, що Кім Чен Ин вирішив направити до Курської області тисячу військових саперів.",
        "ko; MEDIUM; 러시아, 북한 건설 인력에 기대; 러시아의 이민 정책은 중앙아시아 이주민 대신 북한 건설 인력에 기대를 걸고 있다. 평양에는 특별한 역할이 주어졌다. 6월 세르게이 쇼이구는 평양 방문 후 김정은이 쿠르스크주에 공병 1천 명을 보내기로 했다고 밝혔다.",
        "zh; MEDIUM; 俄罗斯寄望朝鲜劳务人员; 俄罗斯的移民政策如今寄望朝鲜劳务人员取代中亚移民。在这一政策中，平壤被赋予了特殊的角色，俄方官员多次提到这一点。6月，绍伊古访问平壤后表示，金正恩决定向库尔斯克州派遣1000名工兵。",
        "ja; MEDIUM; ロシア、北朝鮮の建設作業員に期待; ロシアの移民政策は中央アジアからの移民に代えて北朝鮮の建設作業員に期待をかけている。この政策の中で平壌には特別な役割が与えられており、ロシアの当局者も繰り返しそう述べている。6月、ショイグ氏は平壌訪問後、金正恩氏がクルスク州に工兵1000人を派遣すると決めたと明らかにした。",
        "de; MEDIUM; Russland setzt auf Bauarbeiter aus Nordkorea; Russlands Migrationspolitik setzt nun auf Bauarbeiter aus Nordkorea statt auf Migranten aus Zentralasien. Pjöngjang kommt dabei eine besondere Rolle zu. Im Juni sagte Sergej Schoigu nach einem Besuch in Pjöngjang, Kim Jong Un habe beschlossen, 1.000 Militärpioniere in die Region Kursk zu schicken.",
    })
    void workersOfEitherSideAreLabourWhateverWordNamesThem(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }
}
