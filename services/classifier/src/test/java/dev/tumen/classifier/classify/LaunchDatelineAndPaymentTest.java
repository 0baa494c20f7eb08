package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertNotRelevant;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.33.0 (session 34, labels): the classes blind-s34 showed when scored once before any fix of its own, in every
 * language the rules cover. Each class's first cases read otherwise on 0.32.0; those marked "guard" did not.
 */
class LaunchDatelineAndPaymentTest {
    /**
     * A carrier rocket, its engines and its launch complex are space technology, so passing them on is a strategic
     * transfer (critical); they read high (arms supply) or medium. Guards: a civil Soyuz launch and a launch by one side
     * alone name no transfer between the two.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en;CRITICAL;Russia to hand North Korea engines for its carrier rocket;Russian specialists are to hand over engines for North Korea's new carrier rocket and build a launch complex at Sohae under an agreement signed on Friday, Roscosmos said.",
        "ru;CRITICAL;Россия передаст КНДР двигатели для ракеты-носителя;Российские специалисты передадут КНДР двигатели для новой ракеты-носителя и построят стартовый комплекс на космодроме Сохэ, сообщили в Роскосмосе.",
        "uk;CRITICAL;Росія передасть КНДР двигуни для ракети-носія;Російські фахівці передадуть Північній Кореї двигуни для нової ракети-носія, повідомили в українській розвідці.",
        "ko;CRITICAL;\"러시아, 北에 운반로켓 엔진 넘겨\";국정원은 러시아가 북한에 새 운반로켓 엔진을 넘겨준 것으로 파악했다고 밝혔다.",
        "zh;CRITICAL;俄罗斯向朝鲜提供运载火箭发动机;韩国国家情报院说，俄罗斯已向朝鲜提供新型运载火箭所需的发动机。",
        "ja;CRITICAL;ロシア、北朝鮮に運搬ロケットのエンジン供与;韓国の情報機関は、ロシアが北朝鮮に新型運搬ロケットのエンジンを供与したと明らかにした。",
        "de;CRITICAL;Russland liefert Nordkorea Triebwerke für Trägerrakete;Russland hat Nordkorea nach Angaben aus Seoul Triebwerke für eine neue Trägerrakete geliefert.",
    })
    void carrierRocketIsSpaceTechnology(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;Soyuz rocket puts Russian weather satellite in orbit;A Soyuz carrier rocket lifted off from Vostochny on Tuesday and put a Russian weather satellite into orbit, Roscosmos said.",
        "ko;북한, 운반로켓 발사…\"정찰위성 궤도 진입\";북한이 서해위성발사장에서 새 운반로켓을 발사했다고 조선중앙통신이 보도했다.",
    })
    void aLaunchAloneIsNoTransfer(String lang, String title, String lead) {
        assertNotRelevant(lang, title, lead);
    }

    /**
     * The city of a sentence's wire dateline is where the report was filed, no side of its event: a North Korea–Belarus
     * meeting under a Moscow dateline read relevant (ja). Belarus is a third country, and its Chinese name 白俄罗斯 is no
     * 俄罗斯 (zh read relevant). Guard: a side named in the sentence beyond the dateline counts.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ja;北朝鮮とベラルーシが外相会談;【モスクワ共同】北朝鮮の外相は4日、ミンスクでベラルーシの外相と会談し、農業機械の輸出について協議した。",
        "en;North Korea and Belarus hold foreign ministers' talks;MOSCOW (Reuters) — North Korea's foreign minister held talks with her Belarusian counterpart in Minsk on Thursday on exports of farm machinery.",
        "ko;북한-벨라루스 외무장관 회담;(모스크바=연합뉴스) 북한 외무상이 4일 민스크에서 벨라루스 외무장관과 회담하고 농기계 수출 문제를 논의했다.",
        "zh;朝鲜与白俄罗斯举行外长会谈;（新华社莫斯科4日电）朝鲜外务相4日在明斯克同白俄罗斯外长举行会谈，讨论农业机械出口问题。",
    })
    void aDatelineCityIsNoSide(String lang, String title, String lead) {
        assertNotRelevant(lang, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en;MEDIUM;North Korean foreign minister holds talks with Lavrov;MOSCOW (Reuters) — North Korea's foreign minister held talks with Sergei Lavrov in Moscow on Thursday on trade and tourism.",
        "ru;MEDIUM;Министр КНДР прибыл в Москву;МОСКВА (ТАСС) — Министр внешнеэкономических связей КНДР прибыл в Москву на заседание межправительственной комиссии по торговле.",
    })
    void aSideBeyondTheDatelineCounts(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * What a payment is for was given before ("howitzers as payment for the troops sent to Kursk"): a recalled reason, so
     * the troops do not rate the supply (high; it read critical); military experts are no troops. Guard:
     * troops sent as the main clause stay critical whatever they are paid with.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru;HIGH;Эксперты: КНДР может получить российские истребители;Пхеньян может получить от Москвы истребители в качестве платы за снаряды и военных, отправленных в Россию, считают военные эксперты.",
        "ru;HIGH;Россия передала КНДР гаубицы;Россия передала КНДР самоходные гаубицы в качестве платы за военных, отправленных в Курскую область, заявили в украинской разведке.",
        "uk;HIGH;Росія передала КНДР гаубиці;Росія передала Північній Кореї самохідні гаубиці як плату за військових, відправлених під Курськ, заявили в ГУР.",
        "en;HIGH;Russia delivers artillery to North Korea as payment for troops, Kyiv says;Russia has delivered self-propelled howitzers to North Korea as payment for the soldiers it sent to Kursk, Ukraine's military intelligence said.",
        "ko;HIGH;\"러시아, 파병 대가로 북한에 자주포 제공\";우크라이나 정보총국은 러시아가 북한의 병력 파병의 대가로 북한에 자주포를 제공했다고 밝혔다.",
        "ja;HIGH;ロシア、北朝鮮に自走砲供与;ウクライナ国防省情報総局は、ロシアが派兵の見返りに北朝鮮に自走砲を供与したと明らかにした。",
        "de;HIGH;Russland liefert Nordkorea Haubitzen;Russland hat Nordkorea als Gegenleistung für die nach Kursk entsandten Soldaten Haubitzen geliefert, teilte der ukrainische Geheimdienst mit.",
        "en;CRITICAL;North Korea sends 3,000 more troops to Russia;North Korea has sent 3,000 more troops to Russia as payment for oil and food, South Korea's spy agency said.",
    })
    void whatAPaymentIsForIsBackground(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * A follow-up that opens on the two agreeing to expand their links ("A year after Putin and Kim agreed …") and tells
     * in its main clause a link of the economic row (the railway bridge, freight) tells what became of the agreement,
     * between the same two (medium; it was not relevant). Guards: a main clause of another kind, or of a third country,
     * stays the recalled clause's background.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en;MEDIUM;Freight over the Tumen doubles;A year after Vladimir Putin and Kim Jong Un agreed to expand transport links between their countries, freight over the Tumen railway bridge has doubled.",
        "ru;MEDIUM;Грузопоток по мосту через Туманную вырос вдвое;Спустя год после того как Владимир Путин и Ким Чен Ын договорились расширять транспортные связи, грузопоток по железнодорожному мосту через Туманную вырос вдвое.",
    })
    void aFollowUpsLinkIsTheRecalledAgreements(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;Kim inspects new greenhouse farm;A year after Vladimir Putin and Kim Jong Un agreed to expand cooperation, Kim Jong Un inspected a new greenhouse farm near Pyongyang, state media said.",
        "en;China's trade with North Korea rises;A year after Vladimir Putin and Kim Jong Un agreed to expand economic links, China's trade with North Korea rose by a fifth, Chinese customs said.",
    })
    void otherMainClausesStayBackground(String lang, String title, String lead) {
        assertNotRelevant(lang, title, lead);
    }

    /**
     * A feature's scene lead: the headline names one side and the lead sets a scene with it only; the first sentence
     * right after the lead naming both sides with an exchange is the story's news (medium, labour; en, ru, de were not
     * relevant). Guards: a lead dating an event of its own (a farm opened on Sunday) with a recalled visit after it, and
     * a lead naming a third country, are their own story.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en;MEDIUM;The night shift at a Vladivostok fish plant;The conveyor belts at the plant on Russky Island never stop. Men in rubber aprons sort crab by hand until dawn. Plant managers say they are 300 North Korean workers who came to Russia this spring under a contract with the regional government.",
        "ru;MEDIUM;Ночная смена на рыбозаводе во Владивостоке;Конвейер на заводе не останавливается ни на минуту. Мужчины в резиновых фартуках сортируют краба до рассвета. По словам руководства, это 300 рабочих из КНДР, прибывших весной в Россию по контракту с краевым правительством.",
        "de;MEDIUM;Nachtschicht in einer Fischfabrik in Wladiwostok;Die Förderbänder in der Fabrik stehen die ganze Nacht nicht still. Männer in Gummischürzen sortieren bis zum Morgengrauen Krabben. Nach Angaben der Fabrik sind es 300 nordkoreanische Arbeiter, die im Frühjahr mit Visa zum Arbeiten nach Russland kamen.",
        "uk;MEDIUM;Нічна зміна на рибному заводі у Владивостоці;Конвеєр на заводі не зупиняється ні на хвилину. Чоловіки в гумових фартухах сортують краба до світанку. За словами керівництва, це 300 робітників із КНДР, які навесні прибули до Росії за контрактом із крайовим урядом.",
        "ko;MEDIUM;블라디보스토크 수산공장의 야간 근무;공장의 컨베이어 벨트는 밤새 멈추지 않는다. 고무 앞치마를 두른 남성들이 새벽까지 게를 손으로 골라낸다. 공장 측에 따르면 이들은 올봄 계약을 맺고 러시아에 들어온 북한 노동자 300명이다.",
    })
    void aSceneLeadsNewsIsItsNutGraf(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;Kim Jong Un opens new greenhouse farm in Hamhung;North Korean leader Kim Jong Un attended the opening of a large greenhouse farm in Hamhung on Sunday, state media said. The farm will supply vegetables to the city's residents. Kim has visited Russia twice since 2019.",
        "ru;Ким Чен Ын открыл тепличное хозяйство в Хамхыне;Лидер КНДР Ким Чен Ын в воскресенье присутствовал на открытии тепличного хозяйства в Хамхыне, сообщили госСМИ. Хозяйство будет снабжать овощами жителей города. Ранее Ким Чен Ын дважды посещал Россию.",
        "en;The night shift at a Vladivostok fish plant;The conveyor belts at the plant on Russky Island never stop, and Chinese buyers take most of the crab. Men in rubber aprons sort crab by hand until dawn. Plant managers say they are 300 North Korean workers who came to Russia this spring.",
    })
    void aLeadWithItsOwnStoryKeepsIt(String lang, String title, String body) {
        assertNotRelevant(lang, title, body);
    }
}
