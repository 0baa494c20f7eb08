package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.LABELLER;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.28.2, a class from the lead's blind items of session 29 (invented articles, other words than the item's),
 * the "third-party documents that list both countries among others": an editorial on something else that
 * counts its worries with the two's compound name as one item ("북한의 핵 위협과 북러 밀착, 미중 갈등 등", 北朝鮮の
 * 核の脅威や朝露の接近、米中対立など) lists them; it reports nothing they did (the unrelated cases were relevant,
 * medium, before). The compound stays the two's exchange when the list's other items are no country's (the
 * guards: "북러, 포탄·미사일 등 무기 거래 확대").
 */
class ThreatListCompoundTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ko; [사설] 관세 협상, 국익 우선해야; 관세 협상이 막바지에 이르렀다. 정부는 자동차 관세 인하에 총력을 기울여야 한다. 북한의 핵 위협과 북러 밀착, 미중 갈등 등 안보 환경도 엄중한 만큼 동맹의 신뢰를 해쳐서는 안 된다.",
        "ko; [사설] 국방예산 증액 불가피; 정부가 내년 국방예산을 논의하고 있다. 재정 당국은 지출 삭감을 요구한다. 북러 군사협력 심화, 중국의 해군력 증강, 북한의 핵 고도화 등 위협이 커지고 있어 국방비 삭감은 안 된다.",
        "ja; 社説：関税交渉、国益を最優先に; 関税交渉が大詰めを迎えた。政府は自動車の関税引き下げに全力を尽くすべきだ。北朝鮮の核の脅威や朝露の接近、米中対立など安全保障環境は厳しく、同盟の信頼を損なってはならない。",
        "zh; 社论：关税谈判应以国家利益为先; 关税谈判进入最后阶段。政府应全力争取降低汽车关税。朝鲜的核威胁、朝俄军事合作、中美竞争等安全环境严峻，不能损害同盟信任。",
    })
    void theTwosCompoundAsOneItemOfAListOfWorriesIsListed(String lang, String title, String body) {
        assertFalse(LABELLER.label(title, body).relevant(), () -> lang + ": " + title);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ko; 북러, 포탄·미사일 등 무기 거래 확대; 북러는 포탄, 미사일 등 무기 거래를 확대했다고 국정원이 밝혔다.",
        "ko; 북러 밀착에 한미일 공조 강화; 북러 밀착이 심화되자 한미일이 공조를 강화하기로 했다. 3국 외교장관은 회담에서 북러 군사협력을 규탄했다.",
        "ja; 朝露、軍事協力など協議; 朝露両国は平壌で軍事協力や経済協力などについて協議した。",
    })
    void theTwosCompoundWithItemsOfNoCountryStaysTheirExchange(String lang, String title, String body) {
        assertTrue(LABELLER.label(title, body).relevant(), () -> lang + ": " + title);
    }
}
