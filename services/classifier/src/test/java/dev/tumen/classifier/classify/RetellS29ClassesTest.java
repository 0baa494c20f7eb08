package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.29.0: the word families that retellings of real articles in other words (retell-s29) showed missing, each
 * widened in every language it is written in, never by one retelling's words. Invented sentences: 24 of the 43 failed
 * on 0.28.2 (at least one for each family); the others, in further languages or guards ("guard" in the comment), were
 * right before and must stay so.
 */
class RetellS29ClassesTest {
    /**
     * Help that is asked about, promised for later, wanted or speculated about is no transfer yet (settled case: help only
     * discussed or promised): "whether Moscow could assist", будет ли помогать, поможет, 도울지, 돕겠다, 是否会帮助, 支援するか,
     * helfen könnte, "speculation that Pyongyang wants help" were technology transferred. Guards: help given, and a
     * transfer that is suspected, stay the transfer.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Putin and Kim hold summit at Russian space centre; Putin and Kim Jong Un held a summit at the Vostochny cosmodrome on Wednesday, discussing the war and whether Moscow could assist Pyongyang's satellite programme.",
        "en; HIGH; Kim and Putin meet at cosmodrome; Kim Jong Un met Vladimir Putin at the Vostochny cosmodrome, a choice of venue that fuelled speculation that Pyongyang wants Russian help with military satellites.",
        "ru; HIGH; Путин и Ким Чен Ын провели переговоры на Восточном; На вопрос, будет ли Москва помогать Пхеньяну запускать спутники, Путин после переговоров с Ким Чен Ыном ответил, что для этого они и приехали.",
        "ru; HIGH; Путин встретился с Ким Чен Ыном на космодроме; Путин заявил на встрече с Ким Чен Ыном, что Россия поможет КНДР в создании спутников.",
        "uk; HIGH; Путін і Кім провели переговори на космодромі; Путін під час переговорів з Кім Чен Ином заявив, що Росія допоможе КНДР зі створенням супутників.",
        "ko; HIGH; 김정은·푸틴, 보스토치니서 정상회담; 김정은 국무위원장과 푸틴 대통령이 정상회담을 했으며 푸틴 대통령은 북한의 위성 개발을 돕겠다고 말했다.",
        "ko; HIGH; 김정은·푸틴 정상회담…위성 협력 주목; 김정은 국무위원장과 푸틴 대통령이 정상회담을 한 가운데 러시아가 북한의 정찰위성 개발을 도울지 관심이 쏠린다.",
        "zh; HIGH; 普京与金正恩在东方航天发射场会谈; 普京与金正恩举行会谈，外界关注俄罗斯是否会帮助朝鲜发展侦察卫星。",
        "ja; HIGH; プーチン氏と金正恩氏が宇宙基地で首脳会談; プーチン大統領と金正恩総書記が首脳会談を行い、ロシアが北朝鮮の偵察衛星開発を支援するかが焦点となった。",
        "de; HIGH; Putin und Kim treffen sich im Kosmodrom; Putin traf Kim Jong Un im Kosmodrom Wostotschny, wo Russland Nordkorea beim Bau von Aufklärungssatelliten helfen könnte.",
        "en; CRITICAL; Russia gave North Korea satellite technology, Seoul says; South Korea's spy agency said Russia had given North Korea technology for its reconnaissance satellites.",
        "en; CRITICAL; Seoul suspects Russia transferred submarine technology to Pyongyang; South Korea is looking into whether Russia transferred nuclear submarine technology to North Korea, its unification ministry said.",
    })
    void helpAskedAboutOrPromisedIsNoTransferYet(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * Handing out permits or leaflets is distributing, not handing over: "Russia is handing out new work permits to North
     * Koreans ... to give up its nuclear arms" was an arms supply. Guard: shells handed over stay supplied.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; Russia keeps taking in North Korean labourers; Russia is letting in thousands of North Korean labourers and handing out new work permits, steps US officials say breach sanctions meant to push Pyongyang to give up its nuclear arms.",
        "en; HIGH; North Korea handed over a million shells to Russia, Seoul says; North Korea has handed over more than a million artillery shells to Russia, South Korea's intelligence service said.",
    })
    void handingOutIsNoHandingOver(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * A meeting told as sitting down together: "Putin sits down with Kim", сели за стол переговоров, 마주 앉았다.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Putin sits down with Kim Jong Un at Vostochny; The North Korean leader's train pulled into the cosmodrome's station on Wednesday morning.",
        "ru; HIGH; Путин и Ким Чен Ын сели за стол переговоров во Владивостоке; Поезд лидера КНДР прибыл на вокзал в среду утром.",
        "ko; HIGH; 푸틴·김정은, 블라디보스토크서 마주 앉았다; 김 위원장이 탄 전용 열차는 수요일 아침 역에 들어섰다.",
    })
    void sittingDownTogetherIsAMeeting(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * Russia's named space launchers are carriers, not weapons: "the pad used for Soyuz-2 rockets" at a summit's
     * cosmodrome was North Korean missiles used on the battlefield. Guard: North Korean rockets fired at Ukraine stay used.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Kim and Putin hold talks at space centre; Kim Jong Un and Vladimir Putin held talks at the Vostochny cosmodrome, which began with a tour of the pad used for Soyuz-2 rockets.",
        "ru; HIGH; Путин и Ким Чен Ын провели переговоры на космодроме; Путин и Ким Чен Ын провели переговоры на Восточном, начав с осмотра площадки, откуда запускают ракеты «Союз-2».",
        "ko; HIGH; 김정은·푸틴, 우주기지서 정상회담; 김정은 국무위원장과 푸틴 대통령은 정상회담에 앞서 소유스 로켓 발사장을 둘러봤다.",
        "en; CRITICAL; Russia fires North Korean rockets at Kharkiv; Russian forces fired North Korean-made rockets at Kharkiv overnight, Ukrainian officials said.",
    })
    void namedSpaceLaunchersAreNoWeapons(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * Gifts given both ways: "what Putin and Kim gave each other", swapped presents, обменялись подарками, 선물을 주고받았다,
     * 互赠 — the article is about the gifts, so the summit the lead recalls beside them is their occasion (settled case:
     * low); a headline "what Putin and Kim gave each other" named no gift, and a later lead sentence's meeting rated it
     * high.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Limousine, dagger and dogs: what Putin and Kim gave each other; Putin and Kim Jong Un swapped presents at their Pyongyang summit, a Kremlin aide said. The Russian leader's main present was another Aurus, the limousine Kim admired when the two met in the Russian Far East in 2023.",
        "ru; LOW; Лимузин, кинжал и собаки: что Путин и Ким Чен Ын подарили друг другу; Путин и Ким Чен Ын обменялись подарками на саммите в Пхеньяне, сообщил помощник президента. Главным подарком стал ещё один Aurus, которым Ким Чен Ын любовался, когда лидеры встречались на Дальнем Востоке в 2023 году.",
        "ko; LOW; 리무진·단검·풍산개…푸틴과 김정은이 서로 준 것; 푸틴 대통령과 김정은 국무위원장이 평양 정상회담에서 선물을 주고받았다고 크렘린궁 보좌관이 밝혔다. 푸틴 대통령의 주요 선물은 2023년 두 정상이 러시아 극동에서 만났을 때 김 위원장이 감탄했던 아우루스였다.",
        "zh; LOW; 豪华轿车、短剑和猎犬：普京与金正恩互赠了什么; 克里姆林宫助理说，普京与金正恩在平壤峰会上互赠礼物。普京送出的主要礼物是又一辆奥鲁斯轿车，金正恩在2023年两人于俄远东会面时曾对这款车赞不绝口。",
    })
    void giftsGivenBothWaysAreGifts(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * Korean thanks told by the particle or the verb alone ("파병에 감사", 감사를 전했다): thanks said at a summit are the
     * summit (the headline named the summit and the thanks, and the thanks for troops read as their deployment).
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ko; HIGH; 푸틴·김정은, 베이징서 정상회담…\"파병에 감사\"; 푸틴 대통령이 베이징에서 김정은 국무위원장과 정상회담을 하고 파병에 감사를 전했다.",
    })
    void koreanThanksAtASummitAreTheSummit(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * Korean verbs of recalling close the clause they follow, as напомнил opens its own: a parliament speaker's visit
     * "…조약 비준이 만장일치로 이뤄졌다고 되짚었다" is the visit, not the treaty's ratification.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ko; MEDIUM; 러 하원의장, 평양서 최룡해와 회담; 볼로딘 하원의장은 평양에서 최룡해 상임위원장과 회담하고 포괄적 전략적 동반자 조약 비준이 만장일치로 이뤄졌다고 되짚었다.",
        "ru; MEDIUM; Председатель Госдумы провёл переговоры в Пхеньяне; Володин провёл переговоры с Цой Рён Хэ в Пхеньяне и напомнил, что договор о всеобъемлющем стратегическом партнёрстве был ратифицирован единогласно.",
    })
    void recallingVerbsCloseTheirClause(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * The evasion row in other words: "refined products" and oil products, tankers that "took on fuel" and "discharged"
     * it, ships "blacklisted" by the UN; and a sea written without its article ("fired into East Sea") is the sea, no
     * battlefield.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; North Korean tankers run fuel from Russian port; More than a million barrels of refined products moved from Russia to North Korea this year, partly aboard ships blacklisted by the UN.",
        "en; HIGH; North Korean tankers seen at Russian port; North Korean tankers took on fuel at Vostochny in Russia and discharged it at Nampo, satellite images show.",
        "en; HIGH; Two short-range ballistic missiles fired into East Sea · Russia–North Korea summit held at Vostochny cosmodrome; North Korea staged a surprise provocation on the 13th by firing two short-range ballistic missiles, while Kim Jong Un was away in Russia for his summit with Vladimir Putin.",
    })
    void evasionAndTheSeaInOtherWords(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * A trade or technical cooperation protocol signed is the economic row even when the lead lists health among its
     * fields ("energy, agriculture, science, education, health and tourism"): the list made it education (low).
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; MEDIUM; Россия и КНДР подписали документ о торговом сотрудничестве; Россия и КНДР подписали протокол межправительственной комиссии, на которой обсуждались энергетика, сельское хозяйство, наука, образование, здравоохранение и туризм.",
        "en; MEDIUM; Russia and North Korea sign trade cooperation protocol; Russia and North Korea signed the protocol of their intergovernmental commission, which discussed energy, agriculture, science, education, health and tourism.",
        "ko; MEDIUM; 북러, 무역경제 협력 의정서 서명; 북한과 러시아가 에너지, 농업, 과학, 교육, 보건, 관광 분야를 논의한 정부간 위원회 의정서에 서명했다.",
    })
    void aTradeProtocolListingHealthIsTrade(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * Sides named by words the gazetteer lacked: the Russian noun for North Koreans (северокорейцы, as the adjective and the
     * Ukrainian noun were), Russia's federal agencies by their full names (Федеральное агентство воздушного транспорта, as
     * Росавиация), Siberia (as its cities); and "in the past year" dates the news instead of opening a recalled clause.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; MEDIUM; Сибирский регион хочет нанять 2000 северокорейцев на стройки; Министр строительства области сообщил, что строителей не хватает и часть дефицита закроют рабочие-северокорейцы.",
        "ru; MEDIUM; Авиакомпания получила допуск на рейсы в КНДР; Федеральное агентство воздушного транспорта выдало авиакомпании разрешение выполнять два рейса в неделю в Северную Корею.",
        "en; MEDIUM; Siberian region seeks North Koreans for its building sites; A region in Siberia plans to hire 2,000 North Koreans, an official said, citing a shortage of labour.",
        "en; MEDIUM; North Korea sends thousands of workers to Russian building sites; In the past year Kim Jong Un's regime has dispatched thousands of labourers to Russia, which UN resolutions forbid.",
    })
    void sidesAndNewsInWordsTheListsLacked(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * A page without a headline: its first lead sentence is the head, and a later lead sentence that does not tell that
     * event is the setting every article repeats, as under a headline ("North Korea already provides Russia's army with
     * shells … Moscow is thought to be helping its missile programme" after a treaty signed at a summit read critical).
     * Guards: a later sentence that tells what the head's meeting settled still rates it; a first sentence naming no kind
     * of event leaves the lead to decide.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; After talks in Pyongyang, Vladimir Putin and Kim Jong Un signed a new strategic partnership treaty with a mutual defence clause. North Korea already provides Russia's army with shells and missiles, and Moscow is thought to be helping Pyongyang's missile programme in return.",
        "ru; HIGH; После переговоров в Пхеньяне Владимир Путин и Ким Чен Ын подписали договор о всеобъемлющем стратегическом партнёрстве со статьёй о взаимной помощи. КНДР уже поставляет российской армии снаряды и ракеты, а Москва, как считается, помогает Пхеньяну с ракетной программой.",
        "ko; HIGH; 블라디미르 푸틴 러시아 대통령과 김정은 국무위원장이 평양에서 회담한 뒤 상호 방위 조항을 담은 포괄적 전략적 동반자 조약에 서명했다. 북한은 이미 러시아군에 포탄과 미사일을 공급하고 있으며, 러시아는 그 대가로 북한의 미사일 개발을 돕고 있는 것으로 알려졌다.",
        "en; CRITICAL; Sergei Shoigu met Kim Jong Un in Pyongyang on Tuesday. Kim agreed to send 1,000 sappers and 5,000 military builders to Russia's Kursk region, Shoigu said after the talks.",
        "en; CRITICAL; It was a cold morning in Kharkiv. Russian forces struck the city with North Korean KN-23 missiles overnight, killing four people, prosecutors said.",
    })
    void aPageWithoutAHeadlineIsLedByItsFirstSentence(String lang, Severity expected, String lead) {
        assertSeverity(lang, expected, "", lead);
    }
}
