package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.45 (session 45, labels, second helper): the label classes session 44 left open (blind-s44's, blind-s45's and
 * blind-s45b's READMEs), written as invented articles in the languages each class covers; the expected label is a
 * severity or "none". Counted on the version before each fix.
 */
class BlindS45LeftClassesTest {

    /**
     * Class A: a technology transfer told through invoices, engineers or production equipment, its weapon use named only
     * in a later sentence (b44-ru-02: vacuum mixers unloaded at Nampo, "Такое оборудование … используется для
     * производства твёрдого ракетного топлива"; b45-en-01: invoices for "hull and propulsion consulting", "Russian design
     * work on North Korea's nuclear-powered submarine"; both read medium by the trade row). A later sentence pointing back
     * at the lead's cargo, equipment or work (cues.tsv told_back) and naming missile or other strategic technology (a
     * missile's fuel, a plant making missiles) rates the lead's exchange by the technology row (Labeller.cargoToldBack);
     * design work and consulting are technical help as engineers are. Guards: mixers for bread and noodles, machine tools
     * for tractors (ru, uk), a background sentence on the DPRK's own solid-fuel missile test naming no cargo (ko), a
     * fertiliser load (de) stay medium. On 0.44.4, 10 of these 15 read otherwise (every target; every guard right).
     */
    @TestFactory
    Stream<DynamicTest> technologyToldThroughCargoOrWork() {
        return table(
            row("en", "critical", "Vacuum mixers for Nampo: what a Russian freighter unloaded in North Korea",
                    "A Russian freighter that left Vostochny on 3 November unloaded industrial vacuum mixers and a curing furnace at North Korea's Nampo port, ship-tracking data and a customs declaration show.\nSuch equipment is used to make solid rocket fuel for large ballistic missiles, analysts at the research centre said.\nThe ship's owner did not answer questions."),
            row("ru", "critical", "Станки для Хамхына: что выгрузил в КНДР российский сухогруз",
                    "Российский сухогруз выгрузил в порту Нампхо промышленные смесители и печь для отверждения, следует из таможенной декларации и данных о движении судна.\nТакое оборудование, по словам экспертов, используется для производства твёрдого ракетного топлива.\nВладелец судна на вопросы не ответил."),
            row("uk", "critical", "Змішувачі для Нампхо: що розвантажило в КНДР російське судно",
                    "Російське вантажне судно розвантажило в північнокорейському порту Нампхо промислові вакуумні змішувачі та піч для затвердіння, свідчать митна декларація і дані про рух судна.\nТаке обладнання, за оцінкою експертів, використовують для виробництва твердого ракетного палива.\nВласник судна на запитання не відповів."),
            row("ko", "critical", "러시아 화물선, 남포항에 산업용 혼합기 하역",
                    "러시아 화물선이 지난주 북한 남포항에 산업용 진공 혼합기와 경화로를 하역한 사실이 선박 추적 자료와 세관 신고서로 확인됐다.\n전문가들은 이런 장비가 탄도미사일용 고체 로켓 연료 생산에 쓰인다고 분석했다.\n선주 측은 답변하지 않았다."),
            row("zh", "critical", "俄货轮在南浦卸下工业搅拌机",
                    "船舶追踪数据和海关申报单显示，一艘俄罗斯货轮上周在朝鲜南浦港卸下工业真空搅拌机和固化炉。\n专家指出，这类设备用于生产弹道导弹的固体火箭燃料。\n船东未回应置询。"),
            row("ja", "critical", "ロシア貨物船、南浦港で工業用ミキサーを陸揚げ",
                    "船舶追跡データと税関申告書によると、ロシアの貨物船が先週、北朝鮮の南浦港で工業用真空ミキサーと硬化炉を陸揚げした。\n専門家によると、こうした装置は弾道ミサイル用の固体ロケット燃料の製造に使われる。\n船主は取材に応じていない。"),
            row("de", "critical", "Vakuummischer für Nampho: Was ein russischer Frachter in Nordkorea entlud",
                    "Ein russischer Frachter hat im nordkoreanischen Hafen Nampho industrielle Vakuummischer und einen Härteofen entladen, wie Schiffsdaten und eine Zollerklärung zeigen.\nSolche Anlagen werden nach Angaben von Experten zur Herstellung von festem Raketentreibstoff verwendet.\nDer Reeder äußerte sich nicht."),
            row("en", "critical", "Invoices point to Russian design work on North Korea's submarine",
                    "Invoices from a St Petersburg design bureau show payments of 30 million dollars from a Pyongyang trading company for hull consulting between March and October, a research group said.\nThe documents list 12 Russian engineers by name."),
            row("ru", "critical", "Счета указывают на работу российских конструкторов над подлодкой КНДР",
                    "Счета петербургского конструкторского бюро показывают платежи пхеньянской торговой компании на 30 млн долларов за консультации по корпусу, сообщила исследовательская группа.\nВ документах названы 12 российских инженеров."),
            row("en", "critical", "Russian freighter unloads machine tools at North Korea's Nampo",
                    "A Russian freighter unloaded 40 machine tools at North Korea's Nampo port on Monday, customs records show.\nThe shipment is destined for a plant in Hamhung that assembles engines for Hwasong missiles, South Korea's spy agency told lawmakers."),
            row("en", "medium", "Russian freighter unloads mixers at North Korea's Nampo",
                    "A Russian freighter unloaded industrial mixers and a drying furnace at North Korea's Nampo port on Monday, customs records show.\nSuch equipment is used to make bread and noodles at food factories, the shipper said."),
            row("ru", "medium", "Российский сухогруз доставил в Нампхо станки",
                    "Российский сухогруз выгрузил в порту Нампхо 40 станков для северокорейского машиностроительного завода, следует из таможенной декларации.\nТакое оборудование используется для производства тракторов и сельхозтехники."),
            row("ko", "medium", "러시아 화물선, 남포항에 공작기계 하역",
                    "러시아 화물선이 지난주 북한 남포항에 공작기계 40대를 하역했다고 세관 자료가 밝혔다.\n북한은 지난달 고체연료 탄도미사일을 시험발사했다."),
            row("de", "medium", "Russischer Frachter bringt Dünger nach Nampho",
                    "Ein russischer Frachter hat im nordkoreanischen Hafen Nampho 12.000 Tonnen Kunstdünger entladen, wie Zolldaten zeigen.\nDie Ladung ist für Genossenschaften in der Provinz Süd-Hwanghae bestimmt."),
            row("uk", "medium", "Російське судно доставило в Нампхо верстати",
                    "Російське вантажне судно розвантажило в порту Нампхо 40 верстатів для північнокорейського заводу, свідчить митна декларація.\nЦі верстати призначені для ремонту тракторів і комбайнів."));
    }
}
