package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.16.0: thanks are one side's word about what the other did, rated by what they are for (and said at a meeting
 * when the lead reports one); a gift said to breach the sanctions stays the gift; a message told by its closing wishes
 * (good health, success) is a greeting, and one that praises the 2024 treaty stays the greeting. Invented sentences,
 * never article text.
 */
class ThanksAndWishesTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // the one thanked stays a side, and what the thanks are for rates the article (fighting for Russia: critical)
        "en; CRITICAL; Putin thanked Kim for troops' help in Kursk; Vladimir Putin thanked Kim Jong Un and the North Korean soldiers who fought in the Kursk region, the Kremlin said.",
        "ru; CRITICAL; Путин поблагодарил Ким Чен Ына за помощь в освобождении Курской области; Владимир Путин поблагодарил Ким Чен Ына и северокорейских военнослужащих за участие в освобождении Курской области.",
        "uk; CRITICAL; Путін подякував Кім Чен Ину за військових; Путін подякував Кім Чен Ину та північнокорейським військовим за участь у боях на Курщині.",
        "ko; CRITICAL; 푸틴, 김정은에 쿠르스크 파병 감사; 푸틴 대통령은 김정은 위원장과 쿠르스크 해방 작전에 참가한 북한군 장병들에게 감사를 표했다.",
        "zh; CRITICAL; 普京感谢朝鲜军人参加库尔斯克作战; 俄罗斯总统普京感谢金正恩和参加库尔斯克解放作战的朝鲜军人。",
        "ja; CRITICAL; プーチン氏、北朝鮮兵に感謝; ロシアのプーチン大統領は、クルスク州の戦闘に参加した北朝鮮の兵士に感謝の意を表した。",
        "de; CRITICAL; Putin dankt Kim für Soldaten; Kremlchef Wladimir Putin dankte Kim Jong Un und den nordkoreanischen Soldaten für ihren Einsatz in der Region Kursk.",
        // thanks for a greeting are ceremonial
        "en; LOW; Putin thanks Kim for birthday greetings; Vladimir Putin thanked Kim Jong Un for his birthday greetings and wished the Korean people well.",
        "ru; LOW; Путин поблагодарил Ким Чен Ына за поздравление; Владимир Путин поблагодарил Ким Чен Ына за поздравление с днем рождения.",
        // thanks said at a meeting the lead reports: the meeting is the event
        "en; HIGH; Putin and Kim meet in Beijing; Vladimir Putin met Kim Jong Un in Beijing on Wednesday. The Kremlin said Putin thanked Kim for the North Korean soldiers who fought in the Kursk region.",
        "ru; HIGH; Путин и Ким Чен Ын провели переговоры; Владимир Путин и Ким Чен Ын провели переговоры в Пекине. Путин поблагодарил северокорейских военных, воевавших в Курской области.",
    })
    void thanksAreRatedByWhatTheyAreFor(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a gift said to breach the UN sanctions stays the gift (low), as workers breaching them stay labour
        "en; LOW; Putin gives Kim a limousine; Vladimir Putin has given Kim Jong Un a Russian-made limousine as a gift, the agency said, in what critics called a breach of UN sanctions.",
        "ru; LOW; Путин подарил Ким Чен Ыну автомобиль; Владимир Путин подарил Ким Чен Ыну российский автомобиль, что, по мнению экспертов, нарушает санкции ООН.",
        "ko; LOW; 푸틴, 김정은에 승용차 선물; 푸틴 대통령이 김정은 위원장에게 러시아산 승용차를 선물했으며, 이는 유엔 제재 위반이라는 지적이 나왔다.",
    })
    void aGiftBreachingSanctionsIsTheGift(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a message told by its closing wishes is a greeting (low)
        "ru; LOW; Ким Чен Ын направил послание Путину; Ким Чен Ын направил послание Владимиру Путину, в котором пожелал ему крепкого здоровья и успехов в работе.",
        "uk; LOW; Кім надіслав Путіну послання; Кім Чен Ин надіслав Путіну послання, в якому побажав йому міцного здоров'я та успіхів.",
        "ko; LOW; 김정은, 푸틴에 메시지; 김정은 국무위원장이 푸틴 대통령에게 메시지를 보내 건강과 행복을 축원했다.",
        "zh; LOW; 金正恩致信普京; 金正恩致信普京，祝愿他身体健康、工作顺利。",
        "ja; LOW; 金正恩氏、プーチン氏にメッセージ; 金正恩総書記はプーチン大統領にメッセージを送り、健康と成功を祈った。",
        "de; LOW; Kim schickt Putin Botschaft; Kim Jong Un schickte Wladimir Putin eine Botschaft und wünschte ihm Gesundheit und Erfolg.",
        // a wish for the war's victory is backing for the war (settled case: medium)
        "en; MEDIUM; Kim wishes Russian army victory; Kim Jong Un sent a message to Vladimir Putin wishing the Russian army victory in its war against Ukraine.",
    })
    void aMessageToldByItsWishesIsAGreeting(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a greeting or a letter that praises the 2024 treaty is the message, not the treaty's row
        "en; LOW; Kim sends New Year card to Putin; Kim Jong Un sent a New Year card to Vladimir Putin, calling the year one of great change in relations and praising the treaty on comprehensive strategic partnership.",
        "ru; LOW; Ким Чен Ын поздравил Путина с Новым годом; Ким Чен Ын поздравил Владимира Путина с Новым годом и высоко оценил договор о всеобъемлющем стратегическом партнерстве.",
        "ko; LOW; 김정은, 푸틴에 연하장; 김정은 국무위원장이 푸틴 대통령에게 연하장을 보내 포괄적 전략적 동반자 관계 조약을 높이 평가했다.",
        "zh; LOW; 金正恩向普京致新年贺卡; 金正恩向普京致新年贺卡，高度评价朝俄全面战略伙伴关系条约。",
        "en; MEDIUM; Kim's letter to Putin praises partnership treaty; Kim Jong Un sent a letter to Vladimir Putin praising the treaty on comprehensive strategic partnership as the foundation of their alliance.",
        // the treaty itself as the event stays high
        "en; HIGH; Partnership treaty between Russia and North Korea comes into force; The treaty on comprehensive strategic partnership between Russia and North Korea entered into force on Wednesday.",
        "en; HIGH; North Korea says treaty with Russia is defensive; North Korea's foreign ministry said its comprehensive strategic partnership treaty with Russia was a defensive pact, in response to criticism from Seoul.",
    })
    void aGreetingThatPraisesTheTreatyIsTheGreeting(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
