package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertNotRelevant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.24.0. A headline's time adverb dates its event only when the clause it opens is the headline's event: a
 * clause that describes a side ("去年向俄罗斯派兵的朝鲜…", "지난해 러시아에 병력을 보낸 북한, …", "КНДР, в прошлом году
 * направившая военных в Россию, …") beside another event (a satellite launch) is background, and a North Korea-only
 * story that recalls the troops stays not relevant (spec: one background sentence does not make an article relevant).
 * The first 0.24.0 rules rated all seven critical. Nor does a one-sided headline that no time adverb dates (a weapons
 * test) make a dated body clause of its kind its news: "last year North Korea supplied Russia with these launchers" is
 * recalled (the next rules rated four of six high). Invented articles (headline; lead and body).
 */
class DatedClauseDescribingASideTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ko; 지난해 러시아에 병력을 보낸 북한, 정찰위성 발사 준비; 북한이 서해 위성발사장에서 정찰위성 발사를 준비하고 있는 정황이 포착됐다고 합동참모본부가 밝혔다.",
        "zh; 去年向俄罗斯派兵的朝鲜准备发射侦察卫星; 韩国联合参谋本部称，朝鲜正在西海卫星发射场准备发射侦察卫星。",
        "ja; 昨年ロシアに兵士を送った北朝鮮、偵察衛星の打ち上げ準備か; 韓国軍合同参謀本部は、北朝鮮が西海衛星発射場で偵察衛星の打ち上げを準備している兆候があると明らかにした。",
        "ru; КНДР, в прошлом году направившая военных в Россию, готовит запуск спутника-шпиона; Северная Корея готовит запуск разведывательного спутника с космодрома Сохэ, сообщил Объединённый комитет начальников штабов Южной Кореи.",
        "uk; КНДР, яка минулого року відправила військових до Росії, готує запуск супутника-шпигуна; Північна Корея готує запуск розвідувального супутника з космодрому Сохе, повідомив Об'єднаний комітет начальників штабів Південної Кореї.",
        "de; Nordkorea, das im vergangenen Jahr Soldaten nach Russland schickte, bereitet Satellitenstart vor; Nordkorea bereitet nach Angaben des südkoreanischen Generalstabs den Start eines Aufklärungssatelliten vom Raumfahrtzentrum Sohae vor.",
        "en; North Korea, which earlier this year sent troops to Russia, readies spy satellite launch; North Korea is preparing to launch a reconnaissance satellite from its Sohae space centre, South Korea's Joint Chiefs of Staff said.",
        "ko; 북한, 신형 방사포 시험사격; 북한이 신형 240㎜ 방사포 시험사격을 진행했다고 조선중앙통신이 보도했다. 북한은 지난해 이 방사포 수십 문을 러시아에 넘긴 것으로 알려졌다. 김정은 위원장이 사격을 참관했다.",
        "zh; 朝鲜试射新型火箭炮; 朝中社报道，朝鲜进行了新型240毫米火箭炮试射。据报道，朝鲜去年向俄罗斯提供了数十门此类火箭炮。金正恩观看了试射。",
        "ja; 北朝鮮、新型ロケット砲を試射; 朝鮮中央通信によると、北朝鮮は新型240ミリロケット砲の試射を行った。北朝鮮は昨年、このロケット砲数十門をロシアに供与したとされる。金正恩総書記が試射を視察した。",
        "de; Nordkorea testet neuen Raketenwerfer; Nordkorea hat nach Angaben der Staatsagentur KCNA einen neuen 240-Millimeter-Raketenwerfer getestet. Im vergangenen Jahr hatte Nordkorea Dutzende dieser Raketenwerfer an Russland geliefert. Kim Jong Un verfolgte den Test.",
        "ru; КНДР испытала новую реактивную систему залпового огня; КНДР провела испытания новой 240-миллиметровой реактивной системы залпового огня, сообщило ЦТАК. В прошлом году КНДР, по данным Сеула, передала России десятки таких систем. Ким Чен Ын наблюдал за стрельбами.",
        "uk; КНДР випробувала нову реактивну систему залпового вогню; КНДР провела випробування нової 240-міліметрової реактивної системи залпового вогню, повідомило ЦТАК. Минулого року КНДР, за даними Сеула, передала Росії десятки таких систем. Кім Чен Ин спостерігав за стрільбами.",
    })
    void aDatedClauseThatDescribesASideOrRecallsStaysBackground(String lang, String title, String body) {
        assertNotRelevant(lang, title, body);
    }
}
