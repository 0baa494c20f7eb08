package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.48 (session 49, labels): classes of blind-s48L's errors (its README), written as invented articles in the
 * languages each class covers; the expected label is a severity or "none". Counted on the version before each fix.
 */
class BlindS48LClassesTest {

    /**
     * Class A, a prosecutor's case as the vehicle of a deployment (b48L-uk-01: a war crime on the Sumy front under a
     * headline naming neither side; the third sentence, intercepts, names the unit that held the position as North Korean
     * servicemen under a Russian officer; read not relevant, 0.291). The case's event is the front's, and the unit that
     * did it is the DPRK's: North Korean personnel fighting for Russia, relevant by its content.
     */
    @TestFactory
    Stream<DynamicTest> aProsecutorsCaseNamingTheUnitIsTheDeployment() {
        return table(
            row("en", "critical", "Prosecutors open case into shooting of three prisoners near Sumy",
                    "Ukraine's Prosecutor General's Office opened a criminal case into the shooting of three Ukrainian soldiers who surrendered near the village of Myrne in the Sumy region in late November.\n"
                    + "According to investigators, video from a Ukrainian reconnaissance drone shows soldiers in Russian uniform leading the prisoners out of a dugout and shooting them by a tree line.\n"
                    + "Radio intercepts added to the case show that the unit holding the position was made up of North Korean servicemen speaking Korean, who took their orders from a Russian officer through an interpreter.\n"
                    + "Ukraine's human rights ombudsman appealed to the United Nations and the International Committee of the Red Cross."),
            row("ru", "critical", "Генпрокуратура расследует расстрел трёх пленных в Сумской области",
                    "Офис генерального прокурора Украины начал досудебное расследование расстрела трёх украинских военных, сдавшихся в плен у села Мирное Сумской области в конце ноября.\n"
                    + "По данным следствия, видео с украинского разведывательного дрона зафиксировало, как военные в российской форме выводят пленных из блиндажа и расстреливают их у лесополосы.\n"
                    + "К делу приобщены радиоперехваты: подразделение, удерживавшее позицию, состояло из военнослужащих КНДР, говоривших по-корейски, а приказы им передавал российский офицер через переводчика.\n"
                    + "Уполномоченный Верховной рады по правам человека обратился в ООН и Международный комитет Красного Креста."),
            row("uk", "critical", "Прокуратура розслідує розстріл трьох полонених біля Мирного",
                    "Офіс генерального прокурора розпочав досудове розслідування розстрілу трьох українських військових, які здалися в полон біля села Мирне на Сумщині наприкінці листопада.\n"
                    + "За даними слідства, відео з українського розвідувального дрона зафіксувало, як військові в російській формі виводять полонених з бліндажа і розстрілюють їх біля лісосмуги.\n"
                    + "До справи долучено радіоперехоплення: підрозділ, який утримував позицію, складався з військовослужбовців КНДР, а накази їм передавав російський офіцер через перекладача.\n"
                    + "Омбудсман звернувся до ООН і Міжнародного комітету Червоного Хреста."),
            row("ko", "critical", "우크라 검찰, 수미주 포로 3명 총살 사건 수사",
                    "우크라이나 검찰총장실은 지난달 말 수미주 미르네 마을 인근에서 투항한 우크라이나군 병사 3명이 총살된 사건에 대해 수사에 착수했다고 밝혔다.\n"
                    + "수사 당국에 따르면 우크라이나군 정찰 드론 영상에는 러시아 군복을 입은 군인들이 참호에서 포로들을 끌어내 숲 가장자리에서 총살하는 장면이 담겼다.\n"
                    + "사건 기록에 첨부된 무선 감청 자료에 따르면 해당 진지를 지키던 부대는 한국어로 교신하는 북한군 병사들로 구성됐으며, 러시아군 장교가 통역을 통해 이들에게 명령을 내렸다.\n"
                    + "우크라이나 인권 옴부즈맨은 유엔과 국제적십자위원회에 이 문제를 제기했다."),
            row("zh", "critical", "乌克兰检方调查苏梅州三名战俘遭枪杀案",
                    "乌克兰总检察长办公室宣布，已就11月下旬三名在苏梅州米尔内村附近投降的乌克兰军人遭枪杀一事立案调查。\n"
                    + "据调查人员称，乌克兰侦察无人机拍摄的视频显示，身穿俄军制服的士兵将战俘从掩体中带出，并在林带旁将其枪杀。\n"
                    + "案卷中的无线电截听记录显示，据守该阵地的部队由说朝鲜语的朝鲜军人组成，一名俄罗斯军官通过翻译向他们下达命令。\n"
                    + "乌克兰议会人权专员已向联合国和红十字国际委员会通报此事。"),
            row("ja", "critical", "ウクライナ検察、スーミ州の捕虜3人銃殺事件を捜査",
                    "ウクライナ検事総長室は、11月下旬にスーミ州ミルネ村付近で投降したウクライナ兵3人が銃殺された事件の捜査を始めたと発表した。\n"
                    + "捜査当局によると、ウクライナ軍の偵察ドローンの映像には、ロシア軍の軍服を着た兵士が捕虜を塹壕から連れ出し、林の脇で銃殺する様子が映っていた。\n"
                    + "事件記録に添付された無線傍受によると、その陣地を守っていた部隊は朝鮮語で交信する北朝鮮の軍人で構成され、ロシア軍将校が通訳を介して命令を出していた。\n"
                    + "ウクライナ議会の人権オンブズマンは国連と赤十字国際委員会に訴えた。"),
            row("de", "critical", "Staatsanwaltschaft ermittelt wegen Erschießung von drei Gefangenen bei Sumy",
                    "Die ukrainische Generalstaatsanwaltschaft hat Ermittlungen wegen der Erschießung von drei ukrainischen Soldaten eingeleitet, die sich Ende November bei dem Dorf Myrne im Gebiet Sumy ergeben hatten.\n"
                    + "Nach Angaben der Ermittler zeigt das Video einer ukrainischen Aufklärungsdrohne, wie Soldaten in russischer Uniform die Gefangenen aus einem Unterstand führen und am Waldrand erschießen.\n"
                    + "Abgehörter Funkverkehr in der Akte zeigt, dass die Einheit, die die Stellung hielt, aus nordkoreanischen Soldaten bestand, denen ein russischer Offizier über einen Dolmetscher Befehle erteilte.\n"
                    + "Der ukrainische Menschenrechtsbeauftragte wandte sich an die Vereinten Nationen und das Internationale Komitee vom Roten Kreuz."),
            // guards: the same case with a Russian unit only and one background sentence on North Korea's troops
            row("en", "none", "Prosecutors open case into shooting of three prisoners near Sumy",
                    "Ukraine's Prosecutor General's Office opened a criminal case into the shooting of three Ukrainian soldiers who surrendered near the village of Myrne in the Sumy region in late November.\n"
                    + "According to investigators, video from a Ukrainian reconnaissance drone shows soldiers in Russian uniform leading the prisoners out of a dugout and shooting them by a tree line.\n"
                    + "Radio intercepts added to the case show that the unit holding the position belonged to a Russian motor rifle brigade.\n"
                    + "In 2024 and 2025 North Korea sent more than 14,000 troops to Russia's Kursk region."),
            row("uk", "none", "Прокуратура розслідує розстріл трьох полонених біля Мирного",
                    "Офіс генерального прокурора розпочав досудове розслідування розстрілу трьох українських військових, які здалися в полон біля села Мирне на Сумщині наприкінці листопада.\n"
                    + "За даними слідства, відео з українського розвідувального дрона зафіксувало, як військові в російській формі виводять полонених з бліндажа і розстрілюють їх біля лісосмуги.\n"
                    + "До справи долучено радіоперехоплення: підрозділ, який утримував позицію, належав до російської мотострілецької бригади.\n"
                    + "У 2024–2025 роках КНДР направила до Курської області понад 14 тисяч військових."),
            row("ko", "none", "우크라 검찰, 수미주 포로 3명 총살 사건 수사",
                    "우크라이나 검찰총장실은 지난달 말 수미주 미르네 마을 인근에서 투항한 우크라이나군 병사 3명이 총살된 사건에 대해 수사에 착수했다고 밝혔다.\n"
                    + "수사 당국에 따르면 우크라이나군 정찰 드론 영상에는 러시아 군복을 입은 군인들이 참호에서 포로들을 끌어내 숲 가장자리에서 총살하는 장면이 담겼다.\n"
                    + "북한은 2024년 러시아 쿠르스크 지역에 병력 1만4천여 명을 파병했다."),
            // guard: North Korean soldiers only expected, not named as the scene's unit
            row("en", "none", "Prosecutors open case into shooting of three prisoners near Sumy",
                    "Ukraine's Prosecutor General's Office opened a criminal case into the shooting of three Ukrainian soldiers who surrendered near the village of Myrne in the Sumy region in late November.\n"
                    + "According to investigators, video from a Ukrainian reconnaissance drone shows soldiers in Russian uniform leading the prisoners out of a dugout and shooting them by a tree line.\n"
                    + "Analysts say North Korean soldiers could be sent to the area next year.")
        );
    }
}
