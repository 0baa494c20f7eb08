package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.25.0, from the k-fold by rule support's held-out errors: classes that held only by one word of one language
 * (a children's camp's name, "agreement" in the treaty rule, a masked Korean "학생 비자") and a launch into the sea read
 * as battlefield use beside the war's name. Invented articles (headline; lead and body).
 */
class CampSigningVisaLaunchTest {
    /**
     * Children at a camp of any name ("the international camp Songdowon") are the settled case's children's camps (low),
     * in every language, and the transport words that tell their journey are no transport project.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; First group of children leaves Primorye for the Songdowon international camp; One hundred Russian children travelled to North Korea by train this week to rest by the sea until August.",
        "ru; LOW; Первая группа детей отправилась в международный лагерь «Сондовон» из Приморья; В КНДР поездом отправились 100 детей из разных регионов России.",
        "uk; LOW; Перша група дітей вирушила до міжнародного табору «Сондовон»; До КНДР потягом вирушили 100 дітей з різних регіонів Росії.",
        "ko; LOW; 러시아 어린이 100명, 송도원 국제 캠프로 출발; 러시아 각지의 어린이 100명이 열차를 타고 북한으로 향했다.",
        "zh; LOW; 首批俄罗斯儿童前往松涛园国际营地; 来自俄罗斯各地的100名儿童乘火车前往朝鲜。",
        "ja; LOW; ロシアの子ども100人、松濤園の国際キャンプへ; ロシア各地の子ども100人が列車で北朝鮮に向かった。",
        "de; LOW; Erste Gruppe russischer Kinder reist ins internationale Lager Songdowon; Hundert Kinder aus ganz Russland fuhren mit dem Zug nach Nordkorea.",
    })
    void childrenAtACampOfAnyNameAreTheCamp(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    /** Both leaders signing a document together have met: the summit (high), whatever clause names the talks. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; A new chapter; Following talks in Pyongyang, Vladimir Putin and Kim Jong Un signed a new agreement on economic cooperation.",
        "ru; HIGH; Новая глава; Владимир Путин и Ким Чен Ын после переговоров подписали в Пхеньяне новое соглашение об экономическом сотрудничестве.",
        "uk; HIGH; Новий розділ; Володимир Путін і Кім Чен Ин після переговорів підписали в Пхеньяні нову угоду про економічну співпрацю.",
        "ko; HIGH; 새로운 장; 평양에서 회담을 마친 뒤 블라디미르 푸틴 대통령과 김정은 국무위원장은 경제협력에 관한 새 협정에 서명했다.",
        "zh; HIGH; 新篇章; 在平壤会谈后，普京与金正恩签署了一项新的经济合作协议。",
        "ja; HIGH; 新たな章; 平壌での会談後、プーチン大統領と金正恩総書記は経済協力に関する新たな協定に署名した。",
        "de; HIGH; Ein neues Kapitel; Nach Gesprächen in Pjöngjang unterzeichneten Wladimir Putin und Kim Jong Un ein neues Abkommen über wirtschaftliche Zusammenarbeit.",
    })
    void bothLeadersSigningTogetherIsTheSummit(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    /** A message both leaders' names stand in, or a greeting signed by one, is no summit. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Kim sends New Year greetings to Putin; Kim Jong Un signed a New Year greeting card to Vladimir Putin, KCNA said.",
        "ru; LOW; Ким поздравил Путина с Новым годом; Ким Чен Ын подписал новогоднее поздравление Владимиру Путину, сообщило ЦТАК.",
    })
    void aGreetingSignedByOneLeaderIsNoSummit(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    /**
     * Workers on visas of any name are labour (medium), also when the visa is a student's or a trainee's and the story
     * quotes it ("‘학생’·‘기술연수’ 비자"): the settled case's workers sent to Russia, not an exchange of students.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; North Korean workers enter Russia on 'student' and 'trainee' visas; Thousands of North Korean workers arrived in Russia last year on 'student' and 'trainee' visas to get round the UN ban, Seoul's spy agency said.",
        "ru; MEDIUM; Рабочие из КНДР въезжают в Россию по «учебным» визам; Тысячи рабочих из КНДР в прошлом году въехали в Россию по «учебным» и «стажёрским» визам, сообщила разведка Южной Кореи.",
        "uk; MEDIUM; Робітники з КНДР в'їжджають до Росії за «навчальними» візами; Тисячі робітників з КНДР торік в'їхали до Росії за «навчальними» візами, повідомила розвідка Південної Кореї.",
        "ko; MEDIUM; 북한 노동자 ‘학생’·‘기술연수’ 비자로 러시아 우회 입국; 국가정보원은 북한 노동자 수천 명이 ‘학생’ 비자로 러시아에 입국했다고 밝혔다.",
        "zh; MEDIUM; 朝鲜劳工持“学生”签证进入俄罗斯; 韩国国家情报院称，数千名朝鲜劳工去年持“学生”和“研修”签证进入俄罗斯。",
        "ja; MEDIUM; 北朝鮮労働者、「学生」ビザでロシア入国; 韓国の国家情報院は、数千人の北朝鮮労働者が昨年「学生」ビザでロシアに入国したと明らかにした。",
        "de; MEDIUM; Nordkoreanische Arbeiter reisen mit „Studenten“-Visa nach Russland ein; Tausende nordkoreanische Arbeiter sind im vergangenen Jahr mit „Studenten“-Visa nach Russland eingereist, teilte der südkoreanische Geheimdienst mit.",
    })
    void workersOnVisasOfAnyNameAreLabour(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    /** Missiles fired into or toward the sea are a launch, not battlefield use, also beside the war's name. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Putin and Kim meet at Vostochny; Vladimir Putin and Kim Jong Un met at the Vostochny cosmodrome on Wednesday. Hours before, North Korea fired two ballistic missiles toward the sea, as Kim used the distraction of Putin's war in Ukraine.",
        "ru; HIGH; Путин и Ким встретились на Восточном; Владимир Путин и Ким Чен Ын встретились в среду на космодроме Восточный. За несколько часов до этого КНДР запустила две баллистические ракеты в сторону моря на фоне войны в Украине.",
        "ko; HIGH; 푸틴-김정은, 보스토치니서 회담; 블라디미르 푸틴 대통령과 김정은 위원장이 수요일 보스토치니 우주기지에서 회담했다. 몇 시간 전 북한은 우크라이나 전쟁 속에 탄도미사일 2발을 동해상으로 발사했다.",
        "de; HIGH; Putin und Kim treffen sich in Wostotschny; Wladimir Putin und Kim Jong Un trafen sich am Mittwoch auf dem Weltraumbahnhof Wostotschny. Stunden zuvor hatte Nordkorea zwei ballistische Raketen ins Meer gefeuert, während Russland Krieg gegen die Ukraine führt.",
    })
    void missilesFiredIntoTheSeaAreNoBattlefieldUse(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    /**
     * Workers or builders sent to Kursk or to rebuild a war-torn region are personnel sent to a war zone (critical: the
     * settled case's builders), not labour; workers on a building site elsewhere stay labour.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Pyongyang to send builders; North Korea is sending thousands of construction workers to help rebuild a war-torn Russian border region, a Russian official said.",
        "ru; CRITICAL; Пхеньян пришлёт строителей; КНДР направит тысячи строителей для восстановления разрушенных войной приграничных районов России, заявил российский чиновник.",
        "uk; CRITICAL; Пхеньян надішле будівельників; КНДР направить тисячі будівельників для відновлення зруйнованих війною прикордонних районів Росії, заявив російський посадовець.",
        "ko; CRITICAL; 북한, 러시아 접경지 재건에 인력 보낸다; 북한이 전쟁으로 파괴된 러시아 접경 지역 재건을 위해 건설 노동자 수천 명을 보낸다고 러시아 관리가 밝혔다.",
        "zh; CRITICAL; 平壤将派遣建筑工人; 俄罗斯官员称，朝鲜将派遣数千名建筑工人帮助重建俄罗斯饱受战火的边境地区。",
        "ja; CRITICAL; 北朝鮮、建設労働者を派遣; ロシア当局者は、北朝鮮が戦火で荒廃したロシアの国境地域の再建のため数千人の建設労働者を派遣すると明らかにした。",
        "de; CRITICAL; Pjöngjang schickt Bauarbeiter; Nordkorea schickt Tausende Bauarbeiter in eine kriegszerstörte russische Grenzregion, sagte ein russischer Beamter.",
        "en; CRITICAL; Pyongyang to send workers to Kursk; North Korea will send thousands of workers to the Kursk region, a Russian official said.",
        "en; MEDIUM; North Korean builders in Vladivostok; Thousands of North Korean construction workers have been sent to building sites in Vladivostok, a Russian official said.",
    })
    void workersSentToAWarZoneArePersonnelDeployed(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }
}
