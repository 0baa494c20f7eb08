package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tumen.classifier.gazetteer.Gazetteer;
import dev.tumen.classifier.gazetteer.Party;
import dev.tumen.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Third parties in the story (model 0.14.0). A third country's minister speaking of the two is a third party's
 * reaction, relevant by the rubric and rated by the cooperation it is about, not by the ministerial-visit row; a
 * headline about one side's meeting with a third country makes the two side by side at that country's event its scene.
 * Invented articles, every language the cue lists cover.
 */
class ThirdPartyTest {
    private static final Gazetteer GAZETTEER = new Gazetteer();

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // the lead names no kind of cooperation; the body keeps returning to the soldiers at the front
        "en; CRITICAL; Japan's foreign minister voices concern; Japanese Foreign Minister Takeshi Iwaya said on Tuesday that the deepening relationship between Russia and North Korea was a grave concern for regional security. He spoke in Tokyo after meeting his counterpart from Seoul. Both governments say thousands of North Korean soldiers have been sent to fight for Russia in the Kursk region. The soldiers have suffered heavy casualties in the fighting, according to intelligence estimates.",
        "ru; CRITICAL; Глава МИД Японии выразил обеспокоенность; Министр иностранных дел Японии Такэси Ивая заявил, что сближение России и КНДР вызывает серьезную обеспокоенность. Он выступил в Токио перед журналистами. По данным разведки, тысячи северокорейских военных направлены в Курскую область воевать за Россию. Северокорейские солдаты понесли большие потери в боях.",
        "de; CRITICAL; Japans Außenminister besorgt; Der japanische Außenminister Takeshi Iwaya sagte, die Annäherung zwischen Russland und Nordkorea sei eine ernste Sorge. Er äußerte sich in Tokio vor Journalisten. Nach Geheimdienstangaben kämpfen Tausende nordkoreanische Soldaten in der Region Kursk für Russland. Die Soldaten erlitten schwere Verluste.",
        "ko; CRITICAL; 일본 외무상 \"러북 관계 우려\"; 이와야 다케시 일본 외무상은 러시아와 북한의 관계 심화가 지역 안보에 중대한 우려라고 말했다. 그는 도쿄에서 기자들에게 이같이 밝혔다. 한일 정보당국은 북한군 수천 명이 러시아 쿠르스크 전선에 파병돼 전투에 투입됐다고 보고 있다. 북한군은 전투에서 큰 사상자를 냈다.",
        "zh; CRITICAL; 日本外相表示担忧; 日本外相岩屋毅表示，俄罗斯与朝鲜关系的深化令人严重担忧。他在东京对记者发表了上述讲话。据情报部门称，数千名朝鲜士兵被派往俄罗斯库尔斯克前线参战。朝鲜士兵在战斗中伤亡惨重。",
        "ja; CRITICAL; 日本の外相、露朝関係に懸念; 岩屋毅外相は、ロシアと北朝鮮の関係深化は地域の安全保障にとって重大な懸念だと述べた。日本の外相は東京で記者団に語った。情報機関によると、数千人の北朝鮮兵士がロシアのクルスク州の前線に派遣され戦闘に参加している。北朝鮮兵士は戦闘で多数の死傷者を出した。",
        // a side's minister stays the ministerial row, wherever else the visit went
        "en; MEDIUM; Lavrov arrives in Pyongyang; Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Friday from Beijing, where he had met Chinese officials, for talks with North Korea's foreign minister.",
        "ru; MEDIUM; Министр иностранных дел России прибыл в Пхеньян; Министр иностранных дел России прибыл в Пхеньян из Пекина для переговоров с главой МИД КНДР.",
        "ko; MEDIUM; 러 외무장관 방북; 러시아 외무장관이 중국 방문을 마치고 평양에 도착해 북한 외무상과 회담했다.",
    })
    void aThirdCountrysMinisterIsAReactionRatedByTheCooperation(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    @Test
    void aMinisterWordBelongsToTheCountryNamedNextToIt() {
        assertEquals(Party.OTHER, ministerOf("Japanese Foreign Minister Takeshi Iwaya spoke.", "Foreign Minister"));
        assertEquals(Party.OTHER, ministerOf("Министр иностранных дел Японии выступил.", "Министр иностранных дел"));
        assertEquals(Party.RUSSIA, ministerOf("Russia's foreign minister spoke.", "foreign minister"));
        assertEquals(Party.DPRK, ministerOf("북한 외무상이 말했다.", "외무상"));
        assertNull(ministerOf("The foreign minister spoke.", "foreign minister"));
    }

    private static Party ministerOf(String text, String word) {
        int at = text.indexOf(word);
        return Labeller.ministerOf(text, at, at + word.length(), GAZETTEER.find(text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        // the story is the meeting with the third country; the parade both attended is its scene
        "en; Xi and Kim hold talks in Beijing; Chinese President Xi Jinping and North Korean leader Kim Jong Un held talks in Beijing on Thursday to strengthen ties. Kim had come to China for a military parade, which he watched with Russia's Vladimir Putin alongside Xi. Xi said China's position on the peninsula would not change. Kim thanked China for its support.",
        "ru; Си Цзиньпин и Ким Чен Ын провели переговоры; Председатель КНР Си Цзиньпин провел переговоры с Ким Чен Ыном в Пекине. Ким Чен Ын приехал в Китай на военный парад, который он смотрел вместе с Владимиром Путиным и Си Цзиньпином. Си заявил, что позиция Китая не изменится.",
        "ko; 시진핑·김정은 정상회담; 시진핑 중국 국가주석과 김정은 국무위원장이 베이징에서 정상회담을 열었다. 김 위원장은 중국 열병식에 참석해 푸틴 대통령과 함께 시 주석 옆에서 열병식을 지켜봤다. 시 주석은 중국의 입장은 변하지 않을 것이라고 말했다.",
    })
    void theTwoAtAThirdCountrysEventAreTheSceneOfItsMeeting(String lang, String title, String body) {
        SeverityCases.assertNotRelevant(lang, title, body);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // the two's own summit told in the lead, without the third country in its sentence, is still their exchange
        "en; HIGH; Kim meets Xi after summit with Putin; North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing. Earlier on Wednesday Kim held a summit with Vladimir Putin, and the two agreed to expand military cooperation.",
    })
    void theTwosOwnExchangeBesideTheThirdCountryStaysRelevant(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // arms a third party sends (the West to Kyiv), named in a statement of the two, are no supply between them;
        // supply between the two stays the supply row
        "en; MEDIUM; Pyongyang backs Moscow on Ukraine; North Korea's foreign ministry said on Saturday that Russia had every right to defend its sovereignty, calling Western arms deliveries to Kyiv reckless.",
        "ru; MEDIUM; КНДР поддержала Россию; МИД КНДР заявил, что Россия имеет право защищать свой суверенитет, назвав западные поставки оружия Киеву безрассудными.",
        "uk; MEDIUM; КНДР підтримала Росію; МЗС КНДР заявило, що Росія має право захищати свій суверенітет, назвавши західні постачання зброї Києву безрозсудними.",
        "ko; MEDIUM; 北 \"러시아 주권 수호 권리\"; 북한 외무성은 러시아가 주권을 지킬 권리가 있다며 서방의 우크라이나 무기 공급을 무모하다고 비난했다.",
        "zh; MEDIUM; 朝鲜支持俄罗斯; 朝鲜外务省表示，俄罗斯有权捍卫主权，并称西方向乌克兰提供武器是鲁莽之举。",
        "ja; MEDIUM; 北朝鮮、ロシア支持; 北朝鮮外務省は、ロシアには主権を守る権利があると述べ、欧米によるウクライナへの武器供与を無謀だと非難した。",
        "de; MEDIUM; Nordkorea stützt Russland; Nordkoreas Außenministerium erklärte, Russland habe das Recht, seine Souveränität zu verteidigen, und nannte westliche Waffenlieferungen an die Ukraine rücksichtslos.",
        "ru; HIGH; КНДР поставила России снаряды; КНДР поставила России миллионы артиллерийских снарядов для войны на Украине, заявили в Сеуле.",
        "ko; HIGH; \"북, 러시아에 포탄 수백만 발 공급\"; 북한이 우크라이나 전쟁에 쓰일 포탄 수백만 발을 러시아에 공급했다고 국정원이 밝혔다.",
    })
    void armsSentToAThirdPartyAreNoSupplyBetweenTheTwo(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }
}
