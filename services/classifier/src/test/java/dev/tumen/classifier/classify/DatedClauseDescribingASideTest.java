package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertNotRelevant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.24.0. A headline's time adverb dates its event only when the clause it opens is the headline's event: a
 * clause that describes a side ("去年向俄罗斯派兵的朝鲜…", "지난해 러시아에 병력을 보낸 북한, …", "КНДР, в прошлом году
 * направившая военных в Россию, …") beside another event (a satellite launch) is background, and a North Korea-only
 * story that recalls the troops stays not relevant (spec: one background sentence does not make an article relevant).
 * The first 0.24.0 rules rated all seven critical. Invented articles (headline; lead).
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
    })
    void aDatedClauseDescribingASideBesideAnotherEventStaysBackground(String lang, String title, String lead) {
        assertNotRelevant(lang, title, lead);
    }
}
