package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertNotRelevant;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.36.0 (session 37, labels): the classes blind-s37 (longer articles) showed when scored once on 0.35.0 before any
 * fix of its own, in every language the rules cover. Each class's first cases read otherwise on 0.35.0; those marked
 * "guard" did not.
 */
class ContainerDigestPartyTest {
    /**
     * What a container is used for is no use of the weapons it carries: crates or containers "used to carry" North
     * Korean shells, at a depot in a region of the war, read as shells used on the battlefield (critical). The supply
     * they tell is the high row.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;Satellite images show North Korean ammunition crates at Russian depot near Ukraine;Stacks of crates matching those used for North Korean artillery ammunition have appeared at a Russian army depot in the Bryansk region over the past two months, according to satellite images analysed by a London-based research group.",
        "en;Containers of North Korean shells at Russian depot;Containers of the type used to carry North Korean artillery shells have been unloaded at a Russian army depot in the Bryansk region, a London-based research group said.",
        "ru;В Брянской области разгружены контейнеры с северокорейскими снарядами;На армейский склад в Брянской области доставлены сотни контейнеров, которые используются для перевозки северокорейских снарядов, сообщил британский исследовательский центр.",
        "uk;На склад російської армії доставили контейнери з північнокорейськими снарядами;На склад російської армії у Брянській області доставили сотні контейнерів, що використовуються для перевезення північнокорейських снарядів, повідомив британський дослідницький центр.",
        // guards: Korean and Japanese tell the container's use by a noun of carrying
        "ko;위성사진 \"러시아 군 기지에 북한 탄약 상자 쌓여\";러시아 브랸스크주의 군 기지에 북한 포탄 운반에 쓰이는 것과 같은 상자 수백 개가 쌓여 있는 모습이 위성사진에 포착됐다고 영국 연구소가 밝혔다.",
        "ja;衛星画像、ロシア軍倉庫に北朝鮮の弾薬箱;英国の研究機関によると、ロシア西部ブリャンスク州の軍の倉庫に、北朝鮮の砲弾の輸送に使われる木箱と同じ箱が大量に積まれている様子が衛星画像で確認された。",
    })
    void aContainersUseIsNoUseOfItsWeapons(String lang, String title, String lead) {
        assertSeverity(lang, Severity.HIGH, title, lead);
    }

    /** Guards: the weapons themselves used, in a region of the war, stay the battlefield row. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;North Korean shells used against Ukrainian positions, Kyiv says;North Korean artillery shells were used by Russian forces against Ukrainian positions near Kupiansk, Ukraine's military said.",
        "ru;Россия получила новые партии северокорейских снарядов;Россия получила из КНДР новые партии артиллерийских снарядов, которые используются для обстрелов Харькова, сообщила украинская разведка.",
    })
    void weaponsUsedStayUsed(String lang, String title, String lead) {
        assertSeverity(lang, Severity.CRITICAL, title, lead);
    }

    /**
     * Korean verbs ending in -축하다 (구축하다 build, 감축하다 reduce, 비축하다 stockpile …) hold 축하, congratulate: "교류
     * 체계 구축하기로" under foreign ministers' talks read as a greeting, which rated the talks low.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ko;MEDIUM;북러 외무장관 회담…\"새 교류 체계 구축하기로\";최선희 북한 외무상과 라브로프 러시아 외무장관이 모스크바에서 회담하고 교류 체계를 구축하기로 했다.",
        // guards: a transport deal to build a network, and a real birthday greeting
        "ko;MEDIUM;북러 교통장관 회담…\"두만강 물류망 구축하기로\";북한 철도상과 러시아 교통장관이 모스크바에서 회담하고 두만강 물류망을 구축하기로 합의했다.",
        "ko;LOW;푸틴, 김정은에 생일 축하 메시지;푸틴 러시아 대통령이 김정은 국무위원장에게 생일 축하 메시지를 보냈다고 조선중앙통신이 보도했다.",
    })
    void koreanVerbsOfBuildingAreNoGreeting(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * 조선반도, the DPRK's word for the Korean peninsula, is the peninsula, as 한반도 is: it named the DPRK, so a DPRK
     * statement on drills "aimed at the peninsula, China and Russia" was no list of targets but a statement on Russia.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ko;김여정 \"한미 연합훈련은 침략 전쟁 연습…대가 치를 것\";김여정은 담화에서 \"미국은 조선반도와 중국, 러시아를 겨냥한 포위망을 만들려 하고 있다\"고 주장했다.",
    })
    void theDprksWordForThePeninsulaIsThePeninsula(String lang, String title, String body) {
        assertNotRelevant(lang, title, body);
    }

    /** Guard: the DPRK's own orthography still names both sides around the peninsula. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ko;로씨야 외무상, 조선 외무상과 회담;로씨야 외무상이 평양에서 조선 외무상과 회담하고 조선반도 정세를 론의하였다고 조선중앙통신이 보도하였다.",
    })
    void theDprksOrthographyStillNamesItsSides(String lang, String title, String lead) {
        assertSeverity(lang, Severity.MEDIUM, title, lead);
    }

    /**
     * A digest's headline whose North Korean item tells no use in the war: a strike on Odesa in one item and a North
     * Korean launch in the next are two stories, not North Korean missiles used by Russia.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ru;Главное за 14 ноября: удар по Одессе, пуск ракеты КНДР, новые санкции ЕС;Россия ночью атаковала Одессу ударными беспилотниками и ракетами, погибли два человека.",
        "uk;Головне за 14 листопада: удар по Одесі, пуск ракети КНДР, нові санкції ЄС;Росія вночі атакувала Одесу ударними безпілотниками та ракетами: загинули двоє людей.",
        "en;Top stories: drones hit Odesa, North Korea fires missile, EU adopts sanctions;Drones struck the port of Odesa overnight, killing two people, regional officials said.",
    })
    void aDigestsItemsTellNoUseApart(String lang, String title, String body) {
        assertNotRelevant(lang, title, body);
    }

    /** Guard: a digest's item that tells North Korean missiles striking in the war is that use. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ru;Главное за день: северокорейские ракеты ударили по Харькову, курс рубля;Российская армия нанесла удар по Харькову северокорейскими ракетами KN-23, сообщили в ВСУ.",
    })
    void aDigestsItemOfUseIsUse(String lang, String title, String lead) {
        assertSeverity(lang, Severity.CRITICAL, title, lead);
    }

    /**
     * A championship's results strung after a colon are a round-up's items: North Korean and Russian champions, each in
     * an item of their own, are no exchange of athletes. Guards (zh, de): read so before.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;Wrestling worlds: North Korean women win two golds, neutral Russians top freestyle table;North Korea's women won two gold medals at the world wrestling championships in Zagreb on Saturday.",
        "ru;Чемпионат мира по борьбе: кореянки из КНДР взяли два золота, россияне возглавили медальный зачёт;Северокорейские борчихи завоевали две золотые медали на чемпионате мира в Загребе.",
        "ko;레슬링 세계선수권: 북한 여자 금메달 2개, 러시아 자유형 종합 1위;북한 여자 레슬링 대표팀이 자그레브에서 열린 세계선수권대회에서 금메달 2개를 땄다.",
        "ja;レスリング世界選手権：北朝鮮女子が金2個、ロシア勢が自由形で首位;北朝鮮の女子レスリング代表はザグレブで開かれた世界選手権で金メダル2個を獲得した。",
        "zh;摔跤世锦赛：朝鲜女队夺得两金，俄罗斯选手领跑自由式奖牌榜;朝鲜女子摔跤队在萨格勒布举行的世界锦标赛上夺得两枚金牌。",
        "de;Ringer-WM: Nordkoreanerinnen holen zweimal Gold, Russen führen Medaillenspiegel an;Nordkoreas Ringerinnen haben bei der Weltmeisterschaft in Zagreb zwei Goldmedaillen gewonnen.",
    })
    void aChampionshipsResultsAreItems(String lang, String title, String body) {
        assertNotRelevant(lang, title, body);
    }

    /**
     * Two parties' talks are politics, whoever sits at them: United Russia's chairman, also the Security Council's
     * deputy chairman, meeting a Workers' Party delegation read as a security chief's talks (high).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ko;北 노동당 대표단, 모스크바서 통합러시아당 대표와 회담;노동당 대표단은 통합러시아당 대표인 드미트리 메드베데프 러시아 국가안보회의 부의장을 만나 두 당 사이의 교류 협력 문제를 논의했다고 조선중앙통신이 보도했다.",
        "ru;Делегация ТПК провела переговоры с «Единой Россией»;Делегация Трудовой партии Кореи провела в Москве переговоры с председателем партии «Единая Россия», заместителем председателя Совета безопасности России Дмитрием Медведевым о межпартийном сотрудничестве.",
        "uk;Делегація ТПК провела переговори з «Єдиною Росією»;Делегація Трудової партії Кореї провела в Москві переговори з головою партії «Єдина Росія», заступником голови Ради безпеки Росії Дмитром Медведєвим про міжпартійну співпрацю.",
        "zh;朝鲜劳动党代表团与统一俄罗斯党会谈;朝鲜劳动党代表团在莫斯科与统一俄罗斯党主席、俄罗斯联邦安全会议副主席梅德韦杰夫举行会谈，讨论两党交流合作。",
        "ja;労働党代表団、統一ロシアと会談;北朝鮮の労働党代表団はモスクワで、統一ロシア党首でロシア安全保障会議副議長のメドベージェフ氏と会談し、両党の交流について協議した。",
        "de;Delegation der Arbeiterpartei trifft Einiges Russland;Eine Delegation der nordkoreanischen Arbeiterpartei hat in Moskau mit dem Vorsitzenden der Partei Einiges Russland und Vizechef des russischen Sicherheitsrats, Dmitri Medwedew, gesprochen.",
        // guard
        "en;Workers' Party delegation meets United Russia leaders in Moscow;A delegation of North Korea's Workers' Party held talks in Moscow with Dmitry Medvedev, chairman of the United Russia party and deputy chairman of Russia's Security Council, on cooperation between the two parties' youth wings.",
    })
    void twoPartiesTalksArePolitics(String lang, String title, String lead) {
        assertSeverity(lang, Severity.MEDIUM, title, lead);
    }

    /** Guard: the Security Council's secretary come for talks is a security chief's visit. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;Shoigu arrives in Pyongyang for talks;Sergei Shoigu, secretary of Russia's Security Council, arrived in Pyongyang on Tuesday for talks with Kim Jong Un, KCNA reported.",
    })
    void aSecurityChiefsVisitStaysHigh(String lang, String title, String lead) {
        assertSeverity(lang, Severity.HIGH, title, lead);
    }
}
