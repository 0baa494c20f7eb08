package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.24.0. North Korean soldiers at the front who celebrate an occasion there (New Year, a leader's birthday) are
 * still soldiers deployed for Russia (critical): the greeting words of the occasion excluded every deployment rule, so
 * such reports were rated a greeting (low). A greeting or letter sent to the troops stays the message. Soldiers paid
 * by Russia while "воюющему"/"який воює" on its side are fighting for it (Russian and Ukrainian forms of fighting the
 * lists lacked). Invented articles (headline; lead).
 */
class FrontCelebrationAndPayTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; North Korean troops in Kursk celebrated New Year at the front, Kyiv says; North Korean troops fighting in Russia's Kursk region celebrated the New Year in their dugouts, Ukraine's military intelligence said, citing intercepted calls.",
        "ru; CRITICAL; ГУР: северокорейские военные в Курской области отмечали Новый год в окопах; Северокорейские военные, воюющие в Курской области, отмечали Новый год прямо в окопах, заявили в украинской разведке со ссылкой на перехваченные переговоры.",
        "uk; CRITICAL; Північнокорейські військові на Курщині святкували Новий рік в окопах; Північнокорейські військові, які воюють у Курській області, святкували Новий рік просто в окопах, повідомили в українській розвідці.",
        "ko; CRITICAL; \"쿠르스크 북한군, 참호서 새해 기념했다\"; 러시아 쿠르스크 지역에서 전투 중인 북한군 병사들이 참호에서 새해를 기념했다고 우크라이나 정보당국이 감청 내용을 인용해 밝혔다.",
        "zh; CRITICAL; 乌情报部门：在库尔斯克的朝鲜士兵在战壕里庆祝新年; 乌克兰军事情报部门援引截获的通话称，在俄罗斯库尔斯克州作战的朝鲜士兵在战壕里庆祝了新年。",
        "ja; CRITICAL; クルスクの北朝鮮兵、塹壕で新年を祝った　ウクライナ情報機関; ウクライナの情報機関は、ロシア西部クルスク州で戦闘に参加している北朝鮮兵が塹壕で新年を祝ったと、傍受した通話を基に明らかにした。",
        "de; CRITICAL; Nordkoreanische Soldaten in Kursk feierten Neujahr im Schützengraben; Nordkoreanische Soldaten, die in der russischen Region Kursk kämpfen, haben nach Angaben des ukrainischen Geheimdienstes Neujahr in ihren Schützengräben gefeiert.",
        "ru; CRITICAL; Россия платит каждому северокорейскому военному по $2500; Россия выплачивает каждому северокорейскому военнослужащему, воюющему в Курской области, около 2500 долларов в месяц, заявили в разведке Южной Кореи.",
        "uk; CRITICAL; Росія платить кожному північнокорейському військовому по $2500; Росія виплачує кожному північнокорейському військовослужбовцю, який воює на її боці, близько 2500 доларів на місяць, заявили в розвідці Південної Кореї.",
    })
    void soldiersAtTheFrontStayDeployedWhateverTheyMarkOrArePaid(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
