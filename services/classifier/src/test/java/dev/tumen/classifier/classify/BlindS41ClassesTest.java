package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.42.0 (session 42, labels): the classes of blind-s41's two errors (its README), each written as invented articles
 * in the languages it covers; the expected label is a severity, or "none" for not relevant. Counted on 0.41.0 before any
 * fix: see each family's Javadoc.
 */
class BlindS41ClassesTest {

    /**
     * A cue read inside a longer word (b41-ru-02: портал, a website, read as порт*, a port: trade and transport, medium).
     * Russian and Ukrainian stems and English word families match any ending and Korean phrases any neighbour, so a word
     * that only begins with a cue, or holds one, read as that cue: портрет as a port, помощник (an aide) as help given to a
     * satellite programme, "sharply" as shared technology, Korean 발전시켜 (develop) as weapons shown (전시), 외교관
     * (diplomats) as instructors sent (교관). Each such word is masked (cues.tsv, 0.42.0). The cues around them still count
     * (guards): a circus, drills, pupils, a plenary session, a shipyard, launchers told with their particle (방사포로: a first
     * version masked the launchers with the prisoners, 포로), friendly relations (친선적). On 0.41.0, 8 of these 20 read
     * otherwise; the guards did not.
     */
    @TestFactory
    Stream<DynamicTest> aCueReadInsideALongerWord() {
        return table(
            row("ru", "low", "Русской версии портала «Урими» исполнилось 15 лет",
                    "Русской версии северокорейского портала «Урими» исполнилось 15 лет, сообщило посольство России в КНДР.\nПосольство направило редакции поздравление."),
            row("ru", "low", "В Пхеньяне открылась выставка портретов Чайковского",
                    "Выставка портретов Петра Чайковского, подготовленная посольством России, открылась в Пхеньяне.\nЕё посетили работники министерства культуры КНДР."),
            row("uk", "low", "Російськомовній версії порталу «Нэнара» виповнилося 20 років",
                    "Російськомовній версії північнокорейського порталу «Нэнара» виповнилося 20 років, повідомило посольство Росії в Пхеньяні.\nПосол Росії надіслав редакції привітання."),
            row("uk", "low", "У Пхеньяні відкрилася виставка портретів Чайковського",
                    "Виставку портретів Петра Чайковського, підготовлену посольством Росії, відкрили в Пхеньяні.\nЇї відвідали працівники міністерства культури КНДР."),
            row("ru", "high", "Ушаков: Ким Чен Ын посетит Россию в сентябре",
                    "Помощник президента России Юрий Ушаков заявил, что Ким Чен Ын посетит Россию в сентябре и стороны обсудят запуск спутников.\nДаты визита уточняются."),
            row("en", "medium", "Moscow sharply criticises Japan over North Korea satellite report",
                    "Russia's foreign ministry sharply criticised a Japanese report about North Korean satellite launches, saying Tokyo was spreading rumours about Moscow's ties with Pyongyang.\nThe ministry did not give details."),
            row("ko", "medium", "러 외무차관 \"북한과 관계 발전시킬 것…미사일 발사 비판 안해\"",
                    "러시아 외무차관은 북한의 미사일 발사를 비판하지 않겠다며 북한과의 관계를 계속 발전시켜 나가겠다고 밝혔다.\n그는 평양 방문 계획은 없다고 말했다."),
            row("ko", "medium", "러시아 외교관들, 북한 위성 개발 성과 설명 들어",
                    "평양 주재 러시아 외교관들이 북한 국가우주개발국을 방문해 정찰위성 개발 성과에 대한 설명을 들었다고 조선중앙통신이 전했다.\n외교관들은 기념사진을 찍었다."),
            row("ru", "medium", "Путин на пленарном заседании ВЭФ назвал КНДР добрым соседом",
                    "Выступая на пленарном заседании Восточного экономического форума, Владимир Путин назвал КНДР добрым соседом России.\nОн также говорил о развитии Дальнего Востока."),
            row("ru", "low", "Российский цирк выступил в Пхеньяне",
                    "Артисты Большого Московского цирка дали представление в Пхеньяне.\nНа представлении присутствовал министр культуры КНДР."),
            row("ru", "low", "Ученики школы в Пхеньяне выучили русские песни",
                    "Ученики средней школы в Пхеньяне выучили русские песни к визиту делегации посольства России.\nДипломаты подарили школе книги."),
            row("en", "medium", "Lavrov: new North Korea agreements significant",
                    "Russian Foreign Minister Sergei Lavrov said the economic agreements with North Korea were significant.\nHe spoke after talks with Choe Son Hui."),
            row("en", "medium", "Russian shipyard hires North Korean welders",
                    "A shipyard in Vladivostok has hired 50 North Korean welders, the regional labour office said.\nThe welders will build fishing vessels."),
            row("ko", "medium", "북한 선전선동부 대표단, 모스크바 방문",
                    "북한 노동당 선전선동부 대표단이 모스크바를 방문해 러시아 언론인들과 만났다고 조선중앙통신이 보도했다.\n대표단은 타스 통신사도 둘러봤다."),
            row("ko", "medium", "러시아 관광객 100명 평양국제공항 도착",
                    "러시아 단체관광객 100명이 평양국제공항에 도착했다고 조선중앙통신이 보도했다.\n이들은 마식령 스키장을 찾는다."),
            row("ko", "medium", "북한 노동자 러시아 파견 복무기간 연장",
                    "러시아 건설현장에 파견된 북한 노동자들의 복무기간이 1년 연장됐다고 러시아 노동부가 밝혔다.\n노동자들은 아파트를 짓는다."),
            row("ko", "critical", "러시아군, 북한 방사포로 우크라이나 공격",
                    "러시아군이 북한제 방사포로 우크라이나 하르키우를 공격했다고 우크라이나군이 밝혔다.\n우크라이나군은 잔해를 조사하고 있다."),
            row("ko", "medium", "최선희 \"러시아와 친선적 관계 계속 강화\"",
                    "최선희 외무상은 러시아와의 친선적인 관계를 계속 강화하겠다고 말했다.\n그는 라브로프 외무장관과 회담했다."),
            row("uk", "medium", "Росія і КНДР домовилися про морське сполучення між портами",
                    "Росія і КНДР домовилися відкрити морське сполучення між портом Владивосток і портом Раджин.\nПерші рейси заплановані на весну."),
            row("ru", "medium", "Россия и КНДР откроют паромную линию между портами",
                    "Россия и КНДР договорились открыть паромную линию между портом Владивосток и портом Раджин.\nПервые рейсы запланированы на весну."));
    }

    /**
     * A diplomat whose side is told by his post, not by a country in his sentence (b41-de-02: "Nordkoreas
     * Vizeaußenministerin übermittelte … Glückwünsche an den Botschafter" under a headline on the Russian embassy's
     * website). The ambassador is the embassy's (Labeller.envoySides, as a pronoun is the person named before it), so the
     * greeting passes between the two: low. Russian and Ukrainian lacked the dative послу among the envoy words, German
     * its envoy words among the interaction cues (embassy, посольство, 대사관 were). An embassy of a third country, or
     * an ambassador of a third country, stays no side (guards). On 0.41.0, 9 of these 14 read otherwise.
     */
    @TestFactory
    Stream<DynamicTest> aDiplomatsSideToldByHisPost() {
        return table(
            row("en", "low", "Russian embassy's website turns 15",
                    "The website of the Russian embassy, opened in 2011, is read by 40,000 people a month.\nIts archive of photographs now goes back seven decades.\nNorth Korea's vice foreign minister sent congratulations to the ambassador on the anniversary."),
            row("en", "low", "15 years of the Russian embassy's website",
                    "The Russian embassy is marking the 15th anniversary of its website.\nNorth Korea's vice foreign minister sent congratulations to the ambassador."),
            row("ru", "low", "Сайту российского посольства 15 лет",
                    "Российское посольство отмечает 15-летие своего сайта.\nЗаместитель министра иностранных дел КНДР направил послу поздравление."),
            row("uk", "low", "Сайту російського посольства 15 років",
                    "Російське посольство відзначає 15-річчя свого сайту.\nЗаступник міністра закордонних справ КНДР надіслав послу привітання."),
            row("de", "low", "15 Jahre Website der russischen Botschaft",
                    "Die russische Botschaft feiert den 15. Jahrestag ihrer Website.\nNordkoreas Vizeaußenminister übermittelte dem Botschafter Glückwünsche."),
            row("ko", "low", "러시아대사관 홈페이지 15주년",
                    "러시아대사관이 홈페이지 개설 15주년을 맞았다.\n북한 외무성 부상은 대사에게 축하 메시지를 보냈다."),
            row("zh", "low", "俄罗斯大使馆网站开通十五周年",
                    "俄罗斯大使馆网站迎来开通十五周年。\n朝鲜外务省副相向大使致贺信。"),
            row("ja", "low", "ロシア大使館のサイト開設15年",
                    "ロシア大使館がウェブサイト開設15周年を迎えた。\n北朝鮮の外務次官は大使に祝賀のメッセージを送った。"),
            row("en", "low", "Russian ambassador's New Year card",
                    "The Russian ambassador sent New Year cards to friends of Russia across the country.\nThis year he wrote to schools and theatres.\nNorth Korea's culture minister thanked the ambassador in a reply published by KCNA."),
            row("de", "low", "Russische Botschaft in Pjöngjang: Website wird 15",
                    "Die russische Botschaft in Pjöngjang feiert den 15. Jahrestag ihrer Website.\nDie Seite zählt monatlich 40.000 Besucher."),
            row("zh", "low", "俄罗斯驻朝鲜大使馆网站开通十五周年",
                    "俄罗斯驻朝鲜大使馆网站迎来开通十五周年。\n朝鲜外务省副相为此向大使致贺信。\n网站以俄文和朝鲜文发布。"),
            row("en", "low", "North Korean embassy in Moscow marks its national day",
                    "The North Korean embassy in Moscow held a reception for the DPRK's national day.\nRussia's deputy foreign minister congratulated the ambassador and wished the country prosperity."),
            row("en", "none", "Vietnamese embassy in Pyongyang marks 20 years of its website",
                    "The Vietnamese embassy in Pyongyang is celebrating the 20th anniversary of its website.\nNorth Korea's vice foreign minister sent congratulations to the ambassador.\nRussia's embassy launched its own site last year."),
            row("ru", "none", "Посольство России во Вьетнаме отметило 15-летие своего сайта",
                    "Посольство России в Ханое отмечает 15-летие сайта.\nЗаместитель министра иностранных дел Вьетнама направил послу поздравление.\nКНДР в этом году также открыла свой сайт."));
    }

    /**
     * The same class in Korean words holding a low-row or support cue (0.42.1): "공연 일정은 알려지지 않았다" (not known) held
     * 지지 (support: a statement of support, medium, over a troupe's arrival), "직항편을 타고" (by the direct flight) held 편을
     * (taking a side), and 현지지도, 기다리고, 여자축구, 협조의 held 지지, 다리 (a bridge), 자축 and 조의. Masked; real support
     * (지지한다고) and real guidance visits still read (guards). On 0.42.0, 2 of these 7 read otherwise.
     */
    @TestFactory
    Stream<DynamicTest> aLowRowOrSupportCueInsideAKoreanWord() {
        return table(
            row("ko", "low", "러시아 예술단 평양 도착…공연 일정은 알려지지 않아",
                    "러시아 국립민속예술단이 평양에 도착했다고 조선중앙통신이 보도했다.\n예술단의 공연 일정은 알려지지 않았다."),
            row("ko", "low", "러시아 발레단, 직항편을 타고 평양 도착",
                    "러시아 발레단이 모스크바-평양 직항편을 타고 평양에 도착했다.\n발레단은 사흘 동안 공연한다."),
            row("ko", "low", "평양 어린이들, 러시아 인형극단 공연 기다리고 있어",
                    "러시아 인형극단이 평양에서 어린이들을 위한 공연을 연다고 조선중앙통신이 보도했다.\n어린이들은 첫 공연을 기다리고 있다."),
            row("ko", "low", "북한 여자축구팀, 러시아 팀과 친선경기",
                    "북한 여자축구 대표팀이 모스크바에서 러시아 대표팀과 친선경기를 했다고 러시아 축구연맹이 밝혔다.\n경기는 1대1로 끝났다."),
            row("ko", "low", "김정은, 러시아 예술단 접견…\"문화 협조의 정신\"",
                    "김정은 국무위원장이 러시아 예술단을 접견하고 두 나라 문화 협조의 정신을 높이 평가했다.\n예술단은 평양에서 공연했다."),
            row("ko", "medium", "최선희 \"러시아 지지\"…\"서방 제재 받아들여지지 않을 것\"",
                    "최선희 외무상은 러시아를 전적으로 지지한다고 밝혔다.\n그는 서방의 제재가 받아들여지지 않을 것이라고 말했다."),
            row("ko", "medium", "김정은, 러시아 기술로 지은 공장 현지지도…\"러시아 지원에 감사\"",
                    "김정은 국무위원장이 러시아의 지원으로 지은 비료공장을 현지지도했다고 조선중앙통신이 보도했다.\n그는 러시아의 경제 지원에 감사를 표했다."));
    }
}
