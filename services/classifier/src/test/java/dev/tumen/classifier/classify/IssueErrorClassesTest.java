package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertNotRelevant;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.26.0: issue 14's named error classes, each in en, ru, uk, ko, zh, ja and de, with invented articles (headline;
 * lead and body). Most held already; the cases that failed before are named on their method.
 */
class IssueErrorClassesTest {
    /** A ceremonial or cultural event beside the military (an army ensemble at a banquet for a defence delegation, a leader at a military troupe's concert) is the concert (low), not defence business. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Army ensemble sings at banquet for visiting Russian defence delegation; The Korean People's Army Song and Dance Ensemble performed at a banquet given in Pyongyang for the Russian military delegation on Tuesday.",
        "ru; LOW; Ансамбль Александрова выступил в Пхеньяне; Ансамбль песни и пляски Российской армии имени Александрова дал концерт в Пхеньяне, на нем присутствовал Ким Чен Ын.",
        "uk; LOW; Ансамбль російської армії виступив у Пхеньяні; Ансамбль пісні і танцю російської армії дав концерт у Пхеньяні, на якому був присутній Кім Чен Ин.",
        "ko; LOW; 김정은, 러시아 군 협주단 공연 관람; 김정은 국무위원장이 평양을 방문한 러시아 국방부 협주단의 공연을 관람했다고 조선중앙통신이 보도했다.",
        "zh; LOW; 金正恩观看俄罗斯军队歌舞团演出; 朝鲜领导人金正恩观看了来访的俄罗斯国防部歌舞团在平壤的演出。",
        "ja; LOW; 金正恩氏、ロシア軍の歌舞団公演を観覧; 北朝鮮の金正恩総書記は、平壌を訪れたロシア国防省の歌舞団の公演を観覧した。",
        "de; LOW; Kim besucht Konzert des russischen Armee-Ensembles; Nordkoreas Machthaber Kim Jong Un hat in Pjöngjang ein Konzert des Gesangs- und Tanzensembles der russischen Armee besucht.",
    })
    void aConcertBesideTheMilitaryIsTheConcert(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    /** A congratulatory message (a re-election) is a greeting (low), not political content. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Kim congratulates Putin on re-election; Kim Jong Un sent a congratulatory message to Vladimir Putin on his re-election as Russian president, KCNA reported.",
        "ru; LOW; Ким Чен Ын поздравил Путина с переизбранием; Ким Чен Ын направил Владимиру Путину поздравительное послание в связи с его переизбранием, сообщило ЦТАК.",
        "uk; LOW; Кім Чен Ин привітав Путіна з переобранням; Кім Чен Ин надіслав Володимиру Путіну вітальне послання з нагоди його переобрання, повідомило ЦТАК.",
        "ko; LOW; 김정은, 푸틴 재선에 축전; 김정은 국무위원장이 블라디미르 푸틴 대통령의 재선을 축하하는 축전을 보냈다고 조선중앙통신이 보도했다.",
        "zh; LOW; 金正恩致电祝贺普京再次当选; 朝中社报道，金正恩致电祝贺普京再次当选俄罗斯总统。",
        "ja; LOW; 金正恩氏、プーチン氏の再選に祝電; 朝鮮中央通信によると、金正恩総書記はプーチン大統領の再選を祝う祝電を送った。",
        "de; LOW; Kim gratuliert Putin zur Wiederwahl; Kim Jong Un hat Wladimir Putin in einer Botschaft zu seiner Wiederwahl gratuliert, meldete KCNA.",
    })
    void aCongratulatoryMessageIsAGreeting(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    /** A website's or an institution's anniversary is low, also told by what the span of years did (исполнилось 15 лет, виповнилося, 15年を迎え, besteht seit, Jahre alt); ru, uk, ja and de failed before (medium). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Russian embassy's Korean-language website marks 15 years; The Korean-language website of the Russian embassy in Pyongyang marked 15 years since its launch, the embassy said, thanking North Korean readers.",
        "ru; LOW; Сайту посольства России в КНДР исполнилось 15 лет; Корееязычному сайту посольства России в КНДР исполнилось 15 лет, сообщило посольство, поблагодарив читателей из Северной Кореи.",
        "uk; LOW; Сайту посольства Росії в КНДР виповнилося 15 років; Корейськомовному сайту посольства Росії в КНДР виповнилося 15 років, повідомило посольство, подякувавши читачам із Північної Кореї.",
        "ko; LOW; 주북 러시아대사관 한국어 홈페이지 개설 15주년; 평양 주재 러시아대사관의 한국어 홈페이지가 개설 15주년을 맞았다고 대사관이 밝히며 북한 독자들에게 감사를 전했다.",
        "zh; LOW; 俄罗斯驻朝鲜大使馆朝鲜语网站开通15周年; 俄罗斯驻朝鲜大使馆表示，其朝鲜语网站开通已满15周年，并感谢朝鲜读者。",
        "ja; LOW; 駐北朝鮮ロシア大使館の朝鮮語サイト開設15年; 平壌のロシア大使館は、朝鮮語ウェブサイトの開設から15年を迎えたと発表し、北朝鮮の読者に感謝した。",
        "de; LOW; Koreanische Website der russischen Botschaft wird 15 Jahre alt; Die koreanischsprachige Website der russischen Botschaft in Pjöngjang besteht seit 15 Jahren, teilte die Botschaft mit und dankte nordkoreanischen Lesern.",
    })
    void anInstitutionsAnniversaryIsLowHoweverItsYearsAreTold(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    /** Missile data handed over, told through intelligence findings, is the transfer of missile technology (critical). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; North Korea sends Russia rocket data, Kyiv says; North Korea has sent Russia data from its rocket tests to improve the accuracy of Russian missiles, Ukraine's military intelligence said.",
        "ru; CRITICAL; КНДР передала России данные ракетных испытаний; КНДР передала России данные своих ракетных испытаний для повышения точности российских ракет, заявила украинская разведка.",
        "uk; CRITICAL; КНДР передала Росії дані ракетних випробувань; КНДР передала Росії дані своїх ракетних випробувань для підвищення точності російських ракет, заявила українська розвідка.",
        "ko; CRITICAL; 북한, 러시아에 미사일 시험 데이터 넘겨; 북한이 러시아 미사일의 정확도를 높이기 위해 미사일 시험 데이터를 러시아에 넘겼다고 우크라이나 정보당국이 밝혔다.",
        "zh; CRITICAL; 乌情报：朝鲜向俄罗斯提供导弹试验数据; 乌克兰军事情报局表示，朝鲜向俄罗斯提供了导弹试验数据，以提高俄罗斯导弹的精度。",
        "ja; CRITICAL; 北朝鮮、ロシアにミサイル試験データ提供; ウクライナ軍情報総局は、北朝鮮がロシアのミサイルの精度向上のためミサイル試験データを提供したと明らかにした。",
        "de; CRITICAL; Nordkorea liefert Russland Raketendaten; Nordkorea hat Russland Daten aus seinen Raketentests geliefert, um die Treffgenauigkeit russischer Raketen zu verbessern, teilte der ukrainische Militärgeheimdienst mit.",
    })
    void dataHandedOverIsTheTransfer(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    /** Containers of military goods sent are a supply allegation (high); Ukrainian військове спорядження is goods, not soldiers (uk was critical before). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; 1,000 containers of North Korean equipment reach Russia, Seoul says; More than 1,000 containers of military equipment have been shipped from North Korea to Russia since August, South Korea's spy agency said.",
        "ru; HIGH; Разведка Южной Кореи: КНДР отправила в Россию тысячу контейнеров; Более тысячи контейнеров с военным снаряжением отправлены из КНДР в Россию с августа, сообщила южнокорейская разведка.",
        "uk; HIGH; Розвідка Південної Кореї: КНДР відправила до Росії тисячу контейнерів; Понад тисячу контейнерів з військовим спорядженням відправлено з КНДР до Росії з серпня, повідомила південнокорейська розвідка.",
        "ko; HIGH; 국정원 \"北, 러시아에 컨테이너 1천개 분량 군수물자 보내\"; 국가정보원은 북한이 8월 이후 컨테이너 1천여 개 분량의 군수물자를 러시아로 보냈다고 밝혔다.",
        "zh; HIGH; 韩国情报机构：朝鲜向俄罗斯运送逾千个集装箱军需物资; 韩国国家情报院表示，自8月以来朝鲜已向俄罗斯运送了1000多个集装箱的军需物资。",
        "ja; HIGH; 北朝鮮、ロシアにコンテナ1000個分の軍需物資; 韓国の国家情報院は、北朝鮮が8月以降コンテナ1000個分以上の軍需物資をロシアに送ったと明らかにした。",
        "de; HIGH; Nordkorea schickt 1.000 Container mit Militärgütern nach Russland; Nordkorea hat seit August mehr als 1.000 Container mit militärischer Ausrüstung nach Russland verschifft, teilte der südkoreanische Geheimdienst mit.",
    })
    void containersOfMilitaryGoodsAreASupply(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    /** A third party's document listing both among other countries is not relevant; German "sowie" continues a list as "as well as" does (de was medium before). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; Japan's defence white paper names China as its greatest challenge; Japan's annual defence white paper calls China the greatest strategic challenge and lists North Korea and Russia among the threats to the region, alongside Iran.",
        "ru; Япония опубликовала Белую книгу по обороне; В ежегодной Белой книге по обороне Японии Китай назван главным вызовом, а КНДР и Россия перечислены среди угроз региону наряду с Ираном.",
        "uk; Японія оприлюднила Білу книгу з оборони; У щорічній Білій книзі з оборони Японії Китай названо головним викликом, а КНДР і Росію перелічено серед загроз регіону поряд з Іраном.",
        "ko; 일본 방위백서 \"중국은 최대 전략적 도전\"; 일본의 연례 방위백서는 중국을 최대의 전략적 도전으로 규정하고 북한과 러시아, 이란을 지역의 위협으로 꼽았다.",
        "zh; 日本发布防卫白皮书; 日本年度防卫白皮书称中国是最大的战略挑战，并将朝鲜、俄罗斯和伊朗列为地区威胁。",
        "ja; 防衛白書、中国を「最大の戦略的挑戦」; 今年の防衛白書は中国を最大の戦略的挑戦と位置づけ、北朝鮮、ロシア、イランを地域の脅威に挙げた。",
        "de; Japans Verteidigungsweißbuch nennt China größte Herausforderung; Das jährliche Verteidigungsweißbuch Japans nennt China die größte strategische Herausforderung und zählt Nordkorea, Russland und Iran zu den Bedrohungen der Region.",
        "en; NATO report ranks the threats to the alliance; The report names Russia and North Korea as well as China and Iran as the states that most threaten the alliance, and urges members to spend more on defence.",
        "ru; Доклад НАТО об угрозах; В докладе Россия и КНДР, а также Китай и Иран названы государствами, которые больше всего угрожают альянсу.",
        "ko; 나토 보고서, 동맹 위협 국가 꼽아; 보고서는 러시아와 북한, 중국과 이란을 동맹을 가장 위협하는 국가로 꼽았다.",
        "de; Nato-Bericht nennt die größten Bedrohungen; Der Bericht nennt Russland und Nordkorea sowie China und Iran als die Staaten, die das Bündnis am stärksten bedrohen.",
        "zh; 北约报告列出威胁; 报告将俄罗斯和朝鲜以及中国和伊朗列为对联盟威胁最大的国家。",
        "ja; NATO報告書、脅威を列挙; 報告書はロシアと北朝鮮、中国とイランを同盟に最も脅威を与える国に挙げた。",
        "uk; Звіт НАТО про загрози; У звіті Росію та КНДР, а також Китай та Іран названо державами, які найбільше загрожують альянсу.",
    })
    void aThirdPartysListOfCountriesIsNotRelevant(String lang, String title, String body) {
        assertNotRelevant(lang, title, body);
    }

    /** A statement about the other side without an interaction verb (a partner named, a war called just, sanctions condemned) is relevant (medium). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; Lavrov: North Korea is a reliable partner; Russian Foreign Minister Sergei Lavrov said North Korea is a reliable and principled partner of Russia.",
        "ru; MEDIUM; Лавров: КНДР — надежный партнер; Министр иностранных дел России Сергей Лавров заявил, что КНДР является надежным и принципиальным партнером России.",
        "uk; MEDIUM; Лавров: КНДР — надійний партнер Росії; Міністр закордонних справ Росії Сергій Лавров заявив, що КНДР є надійним і принциповим партнером Росії.",
        "ko; MEDIUM; 라브로프 \"북한은 믿음직한 파트너\"; 세르게이 라브로프 러시아 외무장관은 북한이 러시아의 믿음직하고 원칙 있는 파트너라고 말했다.",
        "zh; MEDIUM; 拉夫罗夫：朝鲜是可靠的伙伴; 俄罗斯外长拉夫罗夫表示，朝鲜是俄罗斯可靠而有原则的伙伴。",
        "ja; MEDIUM; ラブロフ外相「北朝鮮は信頼できるパートナー」; ロシアのラブロフ外相は、北朝鮮はロシアにとって信頼できる原則的なパートナーだと述べた。",
        "de; MEDIUM; Lawrow: Nordkorea ist verlässlicher Partner; Russlands Außenminister Sergej Lawrow sagte, Nordkorea sei ein verlässlicher und prinzipientreuer Partner Russlands.",
        "en; MEDIUM; Kim Yo Jong: Russia's war is a just cause; Kim Yo Jong, the sister of North Korea's leader, said Russia's fight in Ukraine is a just cause that Pyongyang fully backs.",
        "ru; MEDIUM; Ким Ё Чжон: Россия ведет справедливую борьбу; Сестра лидера КНДР Ким Ё Чжон заявила, что Россия ведет справедливую борьбу, которую Пхеньян полностью поддерживает.",
        "ko; MEDIUM; 김여정 \"러시아의 싸움은 정의로운 것\"; 김정은 국무위원장의 여동생 김여정 부부장은 러시아의 싸움이 정의로운 것이며 북한은 이를 전적으로 지지한다고 밝혔다.",
        "en; MEDIUM; Pyongyang slams Western sanctions on Moscow; North Korea's foreign ministry condemned the new Western sanctions against Russia as illegal and hostile.",
        "ru; MEDIUM; Пхеньян осудил санкции Запада против Москвы; МИД КНДР осудил новые западные санкции против России как незаконные и враждебные.",
        "ko; MEDIUM; 북한 외무성, 서방의 대러 제재 규탄; 북한 외무성은 서방의 새로운 대러시아 제재를 불법적이고 적대적인 것이라고 규탄했다.",
        "zh; MEDIUM; 朝鲜外务省谴责西方对俄制裁; 朝鲜外务省谴责西方对俄罗斯的新制裁是非法和敌对的。",
        "ja; MEDIUM; 北朝鮮外務省、対ロ制裁を非難; 北朝鮮外務省は、西側の新たな対ロシア制裁を違法で敵対的だと非難した。",
        "de; MEDIUM; Pjöngjang verurteilt westliche Sanktionen gegen Moskau; Das nordkoreanische Außenministerium verurteilte die neuen westlichen Sanktionen gegen Russland als illegal und feindselig.",
        "uk; MEDIUM; Пхеньян засудив санкції Заходу проти Москви; МЗС КНДР засудило нові західні санкції проти Росії як незаконні та ворожі.",
    })
    void aStatementAboutTheOtherSideIsRelevant(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }
}
