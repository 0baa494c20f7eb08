package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.40.0 (session 39, labels): the classes of the errors dev2's tuning part showed once the second half of its old
 * blind quarter was opened to it (classifier README, "What 0.40.0 changed"). Every case is an invented article in the
 * shape of one real error, in the languages the class covers; the expected label is a severity, or "none" for not
 * relevant. On 0.39.2, 17 of these 50 cases read otherwise; the guards did not.
 */
class OpenedBlindClassesTest {

    /**
     * A Korean place name read inside another word (0.40.0, gazetteer: ^나선, ^라선, ^나진, ^라진): Hangul has no word
     * boundary check by default, so 달라진다 ("changes") named Rajin and made a South Korea–Russia flights story relevant and
     * critical (dev2 d3-094, 0.500); 떨쳐나선 ("who rose up") named Rason. The names at a word's start still count (guards).
     */
    @TestFactory
    Stream<DynamicTest> aKoreanPlaceNameBeginsAWord() {
        return table(
            row("ko", "none", "러 외무차관 \"한러 항로 재개 협의 중\"",
                    "러시아 외무부 차관은 27일 양국 항공사의 협의 결과가 정부 방침에 따라 달라진다고 밝혔다.\n그는 한국 기업의 여건 개선을 바란다고 덧붙였다.\n\"北 문제도 관계 개선의 변수\"라는 분석도 나왔다."),
            row("ko", "none", "러시아 가스관 구상, 10년째 제자리",
                    "러시아 가스공사는 남북으로 갈라진 한반도를 지나는 가스관 구상을 다시 검토한다고 밝혔다.\n회사는 사업 여건이 크게 달라진 만큼 한국과 협의를 이어가겠다고 했다.\n북한은 이에 대해 아무런 반응을 보이지 않았다."),
            row("ko", "none", "러시아 극동 항만 물동량 증가",
                    "러시아 극동 항만의 물동량이 지난해보다 늘었다고 현지 당국이 밝혔다.\n업계 관계자는 \"운임이 계절에 따라선 두 배까지 오른다\"고 말했다.\n북한 선박의 입항 기록은 없었다."),
            row("ko", "medium", "러시아 관광객 50명, 라진항 거쳐 나선 관광",
                    "러시아 관광객 50명이 블라디보스토크를 출발해 라진항을 거쳐 나선경제무역지대를 관광했다고 조선중앙통신이 전했다.\n관광객들은 사흘 동안 나선시의 명소를 둘러봤다."),
            row("ko", "medium", "라선-하산 철도로 러시아 화물 운송 재개",
                    "북한 라선과 러시아 하산을 잇는 철도로 러시아 화물 운송이 재개됐다고 러시아 철도공사가 밝혔다.\n첫 열차는 석탄이 아닌 비료를 싣고 라진역에 도착했다."));
    }

    /**
     * North Korean soldiers named in the Russian instrumental or dative (0.40.0, cue personnel: северокорейскими
     * военными, северокорейским военным, военными КНДР): "видео общения … с северокорейскими военными, которых … взяли в плен"
     * read medium by default (dev2 d2-009). Only after the demonym or before КНДР: "военными эшелонами" are trains (guard).
     * The other languages' forms already read as soldiers (guards).
     */
    @TestFactory
    Stream<DynamicTest> aNorthKoreanSoldierInAnObliqueCaseIsPersonnel() {
        return table(
            row("ru", "critical", "",
                    "Президент опубликовал видео разговора следователей с северокорейскими военными, которых украинские силы взяли в плен в Курской области.\nОни рассказали, что не знали, что едут на войну."),
            row("ru", "critical", "Допрос пленных из КНДР",
                    "Украинские журналисты показали интервью с двумя северокорейскими военными, которых взяли в плен в Курской области.\nОдин из них сказал, что хотел бы остаться в Украине."),
            row("ru", "critical", "",
                    "Российские инструкторы выдали северокорейским военным форму и отправили их на позиции в Курской области.\nОб этом сообщила украинская разведка."),
            row("uk", "critical", "",
                    "Президент оприлюднив відео розмови слідчих із північнокорейськими військовими, яких Сили оборони взяли в полон у Курській області.\nВони розповіли, що не знали, що їдуть на війну."),
            row("en", "critical", "",
                    "The president released a video of investigators talking with North Korean servicemen whom Ukrainian forces took prisoner in the Kursk region.\nThey said they had not known they were going to war."),
            row("ko", "critical", "",
                    "대통령은 우크라이나군이 쿠르스크에서 생포한 북한 군인들과 수사관들의 대화 영상을 공개했다.\n그들은 전쟁에 가는 줄 몰랐다고 말했다."),
            row("zh", "critical", "",
                    "总统公布了调查人员与乌克兰军队在库尔斯克州俘虏的朝鲜军人谈话的视频。\n他们说，不知道自己是去打仗。"),
            row("ja", "critical", "",
                    "大統領は、ウクライナ軍がクルスク州で捕虜にした北朝鮮兵と捜査員の会話の動画を公開した。\n彼らは戦争に行くとは知らなかったと語った。"),
            row("de", "critical", "",
                    "Der Präsident veröffentlichte ein Video von Ermittlern im Gespräch mit nordkoreanischen Soldaten, die ukrainische Truppen in der Region Kursk gefangen genommen hatten.\nSie sagten, sie hätten nicht gewusst, dass sie in den Krieg ziehen."),
            row("ru", "high", "Разведка: КНДР отправляет снаряды в Россию военными эшелонами",
                    "КНДР отправляет в Россию артиллерийские снаряды военными эшелонами через Хасан, сообщила южнокорейская разведка.\nПхеньян это отрицает."));
    }

    /**
     * The 2024 treaty named as the DPRK's papers write it, the compound without a space (0.40.0, cue
     * partnership_2024: 포괄적인 전략적동반자관계에 관한 조약): its first anniversary, marked by a culture delegation's
     * concert, read low by the concert (dev2 d2-117); celebrating the 2024 treaty is high (spec: only the 2024 treaty is
     * high; the two rows, the higher wins). The 2000 treaty's anniversary stays medium (guard).
     */
    @TestFactory
    Stream<DynamicTest> theTreatyNamedInTheDprksSpelling() {
        return table(
            row("ko", "high", "",
                    "조선민주주의인민공화국과 로씨야련방사이의 포괄적인 전략적동반자관계에 관한 조약체결 1돐을 두 나라 인민이 뜻깊게 기념하고있다.\n로씨야 문화상이 평양을 방문하여 로씨야 예술인들의 공연을 관람하였다."),
            row("ko", "high", "북러 포괄적전략적동반자관계 조약 체결 1주년 기념 공연",
                    "북한과 러시아의 포괄적전략적동반자관계에 관한 조약 체결 1주년을 맞아 러시아 문화부 대표단이 평양에서 공연을 열었다."),
            row("en", "high", "",
                    "The two peoples are celebrating the first anniversary of the signing of the Treaty on Comprehensive Strategic Partnership between the DPRK and the Russian Federation.\nRussia's culture minister visited Pyongyang, where Russian artists gave a concert."),
            row("ru", "high", "",
                    "Народы двух стран отмечают первую годовщину подписания Договора о всеобъемлющем стратегическом партнерстве между КНДР и Россией.\nМинистр культуры России посетила Пхеньян, где выступили российские артисты."),
            row("uk", "high", "",
                    "Народи двох країн відзначають першу річницю підписання Договору про всеосяжне стратегічне партнерство між КНДР і Росією.\nМіністр культури Росії відвідала Пхеньян, де виступили російські артисти."),
            row("zh", "high", "",
                    "两国人民隆重纪念朝俄全面战略伙伴关系条约签署一周年。\n俄罗斯文化部长访问平壤，俄罗斯艺术家举行了演出。"),
            row("ja", "high", "",
                    "両国民は朝ロ包括的戦略パートナーシップ条約の署名1周年を祝っている。\nロシアの文化相が平壌を訪れ、ロシアの芸術家が公演した。"),
            row("de", "high", "",
                    "Die Völker beider Länder feiern den ersten Jahrestag der Unterzeichnung des Vertrags über umfassende strategische Partnerschaft zwischen Nordkorea und Russland.\nRusslands Kulturministerin besuchte Pjöngjang, wo russische Künstler ein Konzert gaben."),
            row("ko", "medium", "",
                    "조선민주주의인민공화국과 로씨야련방사이의 친선 및 선린협조에 관한 조약체결 25돐을 두 나라 인민이 뜻깊게 기념하고있다.\n로씨야 문화상이 평양을 방문하여 공연을 관람하였다."));
    }

    /**
     * A ministry's name is who came, not what was done (0.40.0, cue mask): guests of the DPRK embassy's reception for
     * an anniversary from Russia's ministries of economic development and of industry and trade (경제발전성, 공업무역성,
     * 産業貿易省) read as trade, medium (dev2 d2-108). A trade ministry's delegation signing a deal stays medium (guard).
     */
    @TestFactory
    Stream<DynamicTest> aMinistrysNameIsWhoCameNotWhatWasDone() {
        return table(
            row("ko", "low", "김정일동지 탄생 기념 대사관 연회",
                    "김정일동지의 탄생 82돐에 즈음하여 로씨야주재 우리 나라 대사관이 연회를 마련하였다.\n연회에는 로씨야 국방성 부상과 로씨야 경제발전성,공업무역성 인사들이 초대되였다."),
            row("en", "low", "DPRK embassy in Moscow hosts reception for Kim Jong Il's birthday",
                    "The North Korean embassy in Moscow held a reception on Thursday to mark the 82nd anniversary of Kim Jong Il's birth.\nGuests included officials of Russia's ministries of economic development, industry and trade and defence."),
            row("ru", "low", "Посольство КНДР провело приём по случаю дня рождения Ким Чен Ира",
                    "Посольство КНДР в Москве провело приём по случаю 82-й годовщины со дня рождения Ким Чен Ира.\nНа приёме присутствовали представители министерства экономического развития, Минпромторга и Минобороны России."),
            row("uk", "low", "Посольство КНДР влаштувало прийом з нагоди дня народження Кім Чен Іра",
                    "Посольство КНДР у Москві влаштувало прийом з нагоди 82-ї річниці від дня народження Кім Чен Іра.\nНа прийомі були присутні представники міністерства економічного розвитку, міністерства промисловості й торгівлі та міністерства оборони Росії."),
            row("zh", "low", "朝鲜驻俄使馆举行招待会纪念金正日诞辰",
                    "朝鲜驻俄罗斯大使馆举行招待会，纪念金正日诞辰82周年。\n俄罗斯经济发展部、工业和贸易部和国防部的官员应邀出席。"),
            row("ja", "low", "北朝鮮大使館、金正日生誕記念のレセプション",
                    "在ロシア北朝鮮大使館は金正日氏の生誕82周年を記念するレセプションを開いた。\nロシアの経済発展省、産業貿易省、国防省の関係者が招かれた。"),
            row("de", "low", "Nordkoreas Botschaft feiert Kim Jong Ils Geburtstag",
                    "Die nordkoreanische Botschaft in Moskau gab einen Empfang zum 82. Geburtstag von Kim Jong Il.\nZu den Gästen gehörten Vertreter des russischen Ministeriums für wirtschaftliche Entwicklung, des Industrie- und Handelsministeriums und des Verteidigungsministeriums."),
            row("en", "medium", "Russian trade ministry delegation signs deal in Pyongyang",
                    "A delegation of Russia's Ministry of Industry and Trade signed an agreement on a new trade centre in Pyongyang on Thursday.\nThe deal covers the supply of building materials."));
    }

    /**
     * A summit only guessed at is no summit held, announced or under way (0.40.0, cue possible: possible summit,
     * возможный саммит, 개최 가능성, 可能举行的, 開催の可能性, möglicher Gipfel): a party delegation's trip presumed to prepare
     * "a summit that may be held within the year" read high (dev2 d3-005); the delegation's visit is the event. A summit
     * announced stays high (guards).
     */
    @TestFactory
    Stream<DynamicTest> aSummitOnlyGuessedAtIsNoSummit() {
        return table(
            row("ko", "medium", "",
                    "조선중앙통신은 노동당 국제부 부부장을 단장으로 하는 노동당 대표단이 러시아를 방문하기 위해 22일 평양을 출발했다고 보도했다.\n이번 방문은 연내 개최 가능성이 있는 북러정상회담 준비를 위한 사전 답사 차원일 것으로 추측된다."),
            row("en", "medium", "",
                    "A Workers' Party delegation led by a vice director of its international department left Pyongyang for Russia on Tuesday, KCNA reported.\nThe trip is presumed to be groundwork for a possible summit between North Korea and Russia later this year."),
            row("ru", "medium", "",
                    "Делегация Трудовой партии Кореи во главе с замзавотделом ЦК вылетела из Пхеньяна в Россию, сообщило ЦТАК.\nПредполагается, что визит связан с подготовкой возможного саммита России и КНДР до конца года."),
            row("uk", "medium", "",
                    "Делегація Трудової партії Кореї на чолі із заступником завідувача відділу ЦК вилетіла з Пхеньяна до Росії, повідомило ЦТАК.\nЙмовірно, візит пов'язаний із підготовкою можливого саміту Росії та КНДР до кінця року."),
            row("zh", "medium", "",
                    "据朝中社报道，以劳动党中央国际部副部长为团长的劳动党代表团22日离开平壤前往俄罗斯。\n外界推测，此访是为年内可能举行的朝俄首脑会谈做准备。"),
            row("ja", "medium", "",
                    "朝鮮中央通信によると、労働党国際部の副部長を団長とする労働党代表団が22日、ロシア訪問のため平壌を出発した。\n年内に開催の可能性がある朝ロ首脳会談の準備とみられる。"),
            row("de", "medium", "",
                    "Eine Delegation der Partei der Arbeit Koreas unter Leitung eines stellvertretenden Abteilungsleiters ist nach Russland gereist, meldete KCNA.\nVermutet wird, dass die Reise einen möglichen Gipfel Nordkoreas und Russlands noch in diesem Jahr vorbereitet."),
            row("en", "high", "Kremlin: Putin and Kim to hold summit next week",
                    "The Kremlin said on Monday that Vladimir Putin and Kim Jong Un would hold a summit in Vladivostok next week.\nThe possible agenda includes the war in Ukraine."),
            row("ko", "high", "크렘린 \"푸틴-김정은 다음 주 정상회담\"",
                    "크렘린궁은 푸틴 대통령과 김정은 국무위원장이 다음 주 블라디보스토크에서 정상회담을 연다고 발표했다."));
    }

    /**
     * A lead that names one side only (0.40.0, Labeller.pairToldBelow): Putin arriving at the Vostochny cosmodrome
     * after his own economic forum rated a TASS page medium, while the article is about the two only through what its
     * body tells with both sides (Kim on his way, talks announced; dev2 d2-182, a summit under way is high). Not when
     * the lead names both sides across its sentences (a migration policy story whose lead names Russia, then North
     * Korea, and whose body recalls sappers sent to Kursk stays medium, guards).
     */
    @TestFactory
    Stream<DynamicTest> aOneSidedLeadsStoryIsTheBodysPair() {
        return table(
            row("en", "high", "",
                    "VLADIVOSTOK, September 11. /TASS/. Vladimir Putin arrived in Vladivostok on Monday to take part in the Eastern Economic Forum.\nHe will speak at the plenary session on Tuesday.\nThe Kremlin announced that Putin and Kim Jong Un will hold talks in the coming days.\nKim's train crossed into Russia on Monday evening.\nAt the Khasan station Kim Jong Un was welcomed by Russia's natural resources minister.\nKim may meet Putin at the Vostochny cosmodrome, US officials said."),
            row("ru", "high", "",
                    "ВЛАДИВОСТОК, 11 сентября. /ТАСС/. Владимир Путин прибыл во Владивосток для участия в Восточном экономическом форуме.\nОн выступит на пленарном заседании во вторник.\nВ Кремле объявили, что Путин и Ким Чен Ын проведут переговоры в ближайшие дни.\nПоезд Ким Чен Ына в понедельник пересёк границу России.\nНа станции Хасан Ким Чен Ына встретил министр природных ресурсов России.\nКим Чен Ын может встретиться с Путиным на космодроме Восточный."),
            row("uk", "high", "",
                    "Володимир Путін прибув до Владивостока для участі у Східному економічному форумі.\nВін виступить на пленарному засіданні у вівторок.\nУ Кремлі оголосили, що Путін і Кім Чен Ин проведуть переговори найближчими днями.\nПотяг Кім Чен Ина в понеділок перетнув кордон Росії.\nНа станції Хасан Кім Чен Ина зустрів міністр природних ресурсів Росії.\nКім Чен Ин може зустрітися з Путіним на космодромі Восточний."),
            row("ko", "high", "",
                    "푸틴 러시아 대통령이 동방경제포럼 참석을 위해 11일 블라디보스토크에 도착했다.\n푸틴 대통령은 12일 전체회의에서 연설한다.\n크렘린궁은 푸틴 대통령과 김정은 국무위원장이 며칠 안에 정상회담을 한다고 발표했다.\n김 위원장의 전용열차는 11일 저녁 러시아 국경을 넘었다."),
            row("zh", "high", "",
                    "俄罗斯总统普京11日抵达符拉迪沃斯托克，出席东方经济论坛。\n普京将于12日在全体会议上发表讲话。\n克里姆林宫宣布，普京和金正恩将在未来几天举行会谈。\n金正恩乘坐的专列11日晚进入俄罗斯境内。"),
            row("ja", "high", "",
                    "ロシアのプーチン大統領は11日、東方経済フォーラムに出席するためウラジオストクに到着した。\nプーチン氏は12日の全体会合で演説する。\nロシア大統領府は、プーチン氏と金正恩氏が数日以内に首脳会談を行うと発表した。\n金氏の専用列車は11日夜、ロシア国境を越えた。"),
            row("de", "high", "",
                    "Wladimir Putin ist am Montag zum Östlichen Wirtschaftsforum in Wladiwostok eingetroffen.\nEr spricht am Dienstag auf der Plenarsitzung.\nDer Kreml kündigte an, Putin und Kim Jong Un würden in den kommenden Tagen Gespräche führen.\nKims Zug überquerte am Montagabend die russische Grenze.\nAm Bahnhof Chassan empfing Russlands Minister für Naturressourcen Kim Jong Un.\nKim könnte Putin auf dem Weltraumbahnhof Wostotschny treffen."),
            row("en", "medium", "",
                    "Russia is changing its migration policy, and workers from East Asia are to replace migrants from Central Asia.\nNorth Korea is given a special role in this.\nIn June the Russian Security Council secretary said after visiting Pyongyang that Kim Jong Un had decided to send 1,000 military sappers to the Kursk region.\nRussia hopes North Korean workers will ease its labour shortage."),
            row("ru", "medium", "",
                    "Россия меняет миграционную политику: трудовых мигрантов из стран СНГ должны заменить выходцы из Восточной Азии.\nСеверной Корее при этом отводится особая роль.\nВ июне секретарь Совбеза России после визита в Пхеньян сообщил, что Ким Чен Ын решил направить в Курскую область тысячу военных саперов.\nРоссия рассчитывает, что рабочие из КНДР помогут решить проблему дефицита кадров."));
    }

}
