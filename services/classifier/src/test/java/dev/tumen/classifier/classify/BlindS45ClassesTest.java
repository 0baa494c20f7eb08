package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.44 (session 44, labels): classes of blind-s45's errors and blind-s44's open ones (their READMEs), written as
 * invented articles in the languages each class covers; the expected label is a severity or "none". Counted on the
 * version before each fix.
 */
class BlindS45ClassesTest {

    /**
     * Model 0.44.0: North Korean personnel told by their trade (b45-uk-01: "північнокорейські оператори FPV-дронів" in
     * the Kursk region, read high by the body's shells; b45-ko-01: "북한 철도병" repairing Russian army supply lines in
     * Donetsk under workers' contracts, read not relevant; b44-en-01: North Korean army doctors at field hospitals near
     * the front, read low as health). Drone operators with the drone's kind between the words and railway troops are
     * soldiers (cues.tsv personnel); army doctors, medics and field hospitals (military_medic) are personnel deployed
     * beside the war's theatre or the Kursk region (severity.tsv), and place the North Korean side in Russia's war as
     * soldiers there do (Labeller.impliesRussia); Sudzha is in the Kursk region (gazetteer). The guards: a Russian field
     * hospital or Russian army doctors in flood relief in North Korea, North Korean doctors training at a Vladivostok
     * hospital, North Korean railway workers on the Khasan–Rajin line, Kim at a drone operators' school. On 0.43.5, 9 of
     * these 23 read otherwise (every guard right).
     */
    @TestFactory
    Stream<DynamicTest> personnelToldByTheirTrade() {
        return table(
            row("en", "critical", "Kyiv says North Korean army surgeons work at field hospitals behind the front",
                    "Ukraine's military intelligence said about 60 North Korean military doctors and nurses were working at two Russian field hospitals near Pokrovsk."),
            row("en", "critical", "North Korean FPV drone operators strike Ukrainian positions in Kursk region",
                    "Ukrainian commanders said North Korean FPV operators attached to Russian assault units hit three positions near Sudzha on Monday."),
            row("en", "critical", "North Korean railway troops repair lines behind Russian front",
                    "Around 1,000 North Korean railway troops are rebuilding track and bridges for Russian army supply trains in the Donetsk region, Seoul's spy agency said."),
            row("ru", "critical", "Северокорейские военные врачи работают в полевых госпиталях у линии фронта",
                    "По данным украинской разведки, около 60 военных врачей из КНДР работают в двух российских полевых госпиталях под Покровском."),
            row("ru", "critical", "Операторы FPV-дронов из КНДР воюют под Суджей",
                    "Украинские командиры сообщили, что северокорейские операторы FPV-дронов в составе российских штурмовых отрядов атаковали позиции ВСУ под Суджей."),
            row("uk", "critical", "Північнокорейські оператори FPV-дронів б'ють по позиціях ЗСУ під Суджею",
                    "Українські командири повідомили, що оператори FPV-дронів з КНДР у складі російських штурмових загонів уразили три позиції під Суджею."),
            row("ko", "critical", "북한 철도병, 도네츠크서 러시아군 보급선 복구",
                    "북한 철도병 1천여 명이 도네츠크 지역에서 러시아군 보급 열차가 다니는 선로와 교량을 복구하고 있다고 국정원이 밝혔다."),
            row("ko", "critical", "북한 군의관, 전선 인근 러시아 야전병원서 근무",
                    "북한 군의관과 간호사 60여 명이 포크롭스크 인근 러시아군 야전병원 두 곳에서 일하고 있다고 우크라이나 정보당국이 밝혔다."),
            row("zh", "critical", "朝鲜军医在前线附近俄军野战医院工作",
                    "乌克兰情报部门称，约60名朝鲜军医和护士在波克罗夫斯克附近的两所俄军野战医院工作。"),
            row("ja", "critical", "北朝鮮の軍医、前線近くのロシア軍野戦病院で勤務",
                    "ウクライナ情報当局によると、北朝鮮の軍医や看護師約60人がポクロウシク近くのロシア軍野戦病院2カ所で働いている。"),
            row("de", "critical", "Nordkoreanische Militärärzte in russischen Feldlazaretten an der Front",
                    "Rund 60 nordkoreanische Militärärzte und Krankenschwestern arbeiten nach Angaben des ukrainischen Geheimdienstes in zwei russischen Feldlazaretten bei Pokrowsk."),
            row("de", "critical", "Nordkoreanische Drohnenpiloten greifen bei Sudscha an",
                    "Nordkoreanische Drohnenpiloten in russischen Sturmeinheiten haben nach ukrainischen Angaben drei Stellungen bei Sudscha getroffen."),
            row("uk", "critical", "У Курській області діють північнокорейські оператори FPV-дронів",
                    "Близько 200 північнокорейських військових пройшли курс у російському навчальному центрі безпілотників і з жовтня працюють у складі штурмових загонів під Суджею."),
            row("en", "critical", "North Korean FPV operators active in Kursk region, intelligence says",
                    "About 200 North Korean servicemen completed a course at a Russian drone training centre and have worked with assault detachments near Sudzha since October."),
            row("ru", "critical", "В Курской области действуют северокорейские операторы FPV-дронов",
                    "Около 200 северокорейских военных прошли курс в российском учебном центре беспилотников и с октября работают в составе штурмовых отрядов под Суджей."),
            row("ko", "critical", "'철도 노동자' 계약서 속 북한 철도병…도네츠크 선로 복구",
                    "러시아 철도회사가 북한 회사와 맺은 노동자 계약서의 1,200명은 조선인민군 철도 부대 군인이라고 국정원이 밝혔다."),
            row("en", "critical", "Leaked roster lists North Korean surgeons at Russian field hospitals near the front",
                    "A staffing list from a Russian military medical unit names 46 North Korean army doctors and nurses assigned to two field hospitals in the Zaporizhzhia and Kursk regions."),
            row("en", "low", "Russian field hospital treats flood victims in North Korean city",
                    "Russia's emergencies ministry set up a field hospital in Sinuiju, where military doctors treated 300 people injured in the floods."),
            row("ru", "low", "Российские военные медики провели операции в Пхеньяне",
                    "Бригада военных врачей из Москвы провела в пхеньянской больнице 40 операций на глазах и передала клинике оборудование."),
            row("ko", "medium", "북러, 하산-나진 철도 보수에 북한 철도 노동자 투입 합의",
                    "북한과 러시아가 하산-나진 철도 보수 공사에 북한 철도 노동자 300명을 투입하기로 합의했다."),
            row("en", "low", "North Korean doctors begin training at Vladivostok hospital",
                    "Ten North Korean doctors began a six-month course at a Vladivostok hospital on Monday under an agreement between the two health ministries."),
            row("zh", "low", "俄罗斯军医为朝鲜洪灾灾民义诊",
                    "俄罗斯紧急情况部派出的军医在新义州为300名洪灾灾民看病，并向当地医院赠送了药品。"),
            row("en", "none", "Kim watches drone operators train at new school",
                    "Kim Jong Un watched drone operators train at a new military school, KCNA said; state media said the drills drew on lessons of modern warfare.")
        );
    }
}
