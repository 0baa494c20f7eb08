package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.46 (session 46, labels): classes of blind-s46L's errors (its README), written as invented articles in the
 * languages each class covers; the expected label is a severity or "none". Counted on the version before each fix.
 */
class BlindS46LClassesTest {

    /**
     * Class 1, a joint exercise told by a verb (b46L-ru-01: "совместно отрабатывают десантирование военнослужащие …
     * дивизии и подразделение … Корейской народной армии", read high by a defence body's row): soldiers of both
     * practising together are the joint exercise (cues.tsv joint_practice with soldiers in the sentence), and athletes
     * training together a sport. On 0.45.4, 8 of these 9 read otherwise (every target, medium, and the English wrestlers,
     * critical by "train together"; the Russian wrestlers right).
     */
    @TestFactory
    Stream<DynamicTest> soldiersPractisingTogetherAreAJointExercise() {
        return table(
            row("ru", "critical", "Десантники отрабатывают прыжки на полигоне под Рязанью",
                    "Военнослужащие воздушно-десантной бригады России и подразделение Корейской народной армии совместно отрабатывают высадку на полигоне под Рязанью, сообщил телеканал."),
            row("uk", "critical", "Десантники відпрацьовують стрибки на полігоні під Рязанню",
                    "Військовослужбовці десантної бригади Росії та підрозділ Корейської народної армії спільно відпрацьовують висадку на полігоні під Рязанню, повідомив телеканал."),
            row("en", "critical", "Paratroopers rehearse landings at a range near Ryazan",
                    "Soldiers of a Russian airborne brigade and a unit of the Korean People's Army are jointly practising landings at a range near Ryazan, a television channel reported."),
            row("ko", "critical", "공수부대, 랴잔 인근 훈련장서 강하 훈련",
                    "러시아 공수여단 장병들과 북한군 특수부대가 랴잔 인근 훈련장에서 함께 강하 훈련을 하고 있다고 현지 방송이 전했다."),
            row("zh", "critical", "伞兵在梁赞附近训练场演练空降",
                    "俄罗斯空降旅官兵与朝鲜人民军一支部队正在梁赞附近的训练场共同演练空降，当地电视台报道。"),
            row("ja", "critical", "空挺部隊、リャザン近郊の演習場で降下訓練",
                    "ロシア空挺旅団の兵士と北朝鮮軍の部隊がリャザン近郊の演習場で共同で降下訓練を行っていると現地テレビが伝えた。"),
            row("de", "critical", "Fallschirmjäger üben Landungen bei Rjasan",
                    "Soldaten einer russischen Luftlandebrigade und eine Einheit der nordkoreanischen Armee üben gemeinsam Landungen auf einem Übungsplatz bei Rjasan, berichtet ein Fernsehsender."),
            // athletes training together are a sport: the English read critical by "train together" before (a target); the Russian a guard
            row("en", "low", "Russian and North Korean wrestlers train together in Kazan",
                    "Russian and North Korean wrestlers are practising together at a sports centre in Kazan ahead of a friendly tournament, the federation said."),
            row("ru", "low", "Борцы России и КНДР совместно тренируются в Казани",
                    "Борцы сборных России и КНДР совместно отрабатывают приёмы на спортивной базе в Казани перед товарищеским турниром.")
        );
    }

    /**
     * Class 1, a strategic transfer told through an analysis of a part named by its kind (b46L-ja-02: 「ロシアから技術支援を
     * 受けた可能性が高い」 on a solid-fuel engine, read medium by the statements row; b46L-ko-01: Russian pumps and controls
     * for a light-water reactor and its operators' training, read low by the education row). Rocket engines no car or ship
     * has and nuclear reactors are strategic technology in every language (cues.tsv), and the help the analysis names its
     * transfer (the rubric: an allegation or intelligence finding about a transfer takes the transfer's row). On 0.45.4,
     * 13 of these 15 read otherwise (every target; the guards right).
     */
    @TestFactory
    Stream<DynamicTest> anEngineOrReactorHelpedIsATechnologyTransfer() {
        return table(
            row("ja", "critical", "北朝鮮の固体燃料エンジン、防衛省「ロシアの支援受けた可能性」",
                    "防衛省は、北朝鮮が公開した固体燃料エンジンの燃焼試験について、ロシアから技術支援を受けた可能性が高いと分析した。"),
            row("en", "critical", "Seoul says Russia likely helped North Korea's solid-fuel engine",
                    "South Korea's military said North Korea's new solid-fuel engine was most likely developed with technical help from Russia, citing an analysis of test footage."),
            row("ru", "critical", "В Сеуле считают, что Россия помогла КНДР с твердотопливным двигателем",
                    "Военные Южной Кореи заявили, что новый твердотопливный двигатель КНДР, вероятно, создан при технической помощи России."),
            row("uk", "critical", "Сеул вважає, що Росія допомогла КНДР з твердопаливним двигуном",
                    "Військові Південної Кореї заявили, що новий твердопаливний двигун КНДР, ймовірно, створено за технічної допомоги Росії."),
            row("ko", "critical", "합참 \"北 고체연료 엔진, 러시아 기술 지원 받은 듯\"",
                    "합동참모본부는 북한이 공개한 고체연료 엔진 시험이 러시아의 기술 지원을 받았을 가능성이 크다고 분석했다."),
            row("zh", "critical", "韩军：朝鲜固体燃料发动机或获俄罗斯技术支持",
                    "韩国军方分析称，朝鲜公开的固体燃料发动机试验很可能得到了俄罗斯的技术支持。"),
            row("de", "critical", "Seoul: Russland half Nordkorea wohl beim Feststofftriebwerk",
                    "Südkoreas Militär geht davon aus, dass Nordkorea sein neues Feststofftriebwerk mit technischer Hilfe aus Russland entwickelt hat."),
            row("ko", "critical", "국정원 \"러 기술자들, 北 원자로 정비 관여\"",
                    "국가정보원은 러시아 국영 기업 기술자들이 북한 원자로의 정비에 관여하고 러시아제 제어 장비를 들여왔다고 보고했다."),
            row("ru", "critical", "Разведка: российские инженеры помогают КНДР с ядерным реактором",
                    "По данным южнокорейской разведки, инженеры российской госкорпорации поставили в КНДР насосы для ядерного реактора и обучают северокорейских операторов."),
            row("uk", "critical", "Розвідка: російські інженери допомагають КНДР з ядерним реактором",
                    "За даними південнокорейської розвідки, інженери російської держкорпорації поставили в КНДР насоси для ядерного реактора і навчають північнокорейських операторів."),
            row("zh", "critical", "韩情报机构：俄工程师协助朝鲜核反应堆",
                    "韩国国家情报院称，俄罗斯国有企业的工程师向朝鲜提供了核反应堆的控制设备，并培训朝方操作人员。"),
            row("ja", "critical", "韓国情報機関「ロシア技術者が北朝鮮の原子炉を支援」",
                    "韓国の国家情報院は、ロシアの国営企業の技術者が北朝鮮の原子炉に制御装置を提供し、運転員の訓練も担っていると報告した。"),
            row("de", "critical", "Geheimdienst: Russische Ingenieure helfen Nordkorea beim Kernreaktor",
                    "Nach Angaben des südkoreanischen Geheimdienstes haben Ingenieure eines russischen Staatskonzerns Pumpen für einen Kernreaktor nach Nordkorea geliefert und schulen nordkoreanisches Bedienpersonal."),
            // guards: a car engine; a reactor in Russia alone
            row("en", "medium", "Russian and North Korean firms agree on truck engine repair workshop",
                    "A Russian carmaker and a North Korean trading company signed an agreement in Vladivostok to open a workshop repairing truck engines in Rason."),
            row("ko", "none", "러시아, 새 원자로 가동",
                    "러시아 로사톰은 쿠르스크 원전의 새 원자로를 가동했다고 밝혔다. 북한은 지난주 미사일을 발사했다.")
        );
    }
}
