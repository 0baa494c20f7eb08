package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.42.2 (session 42, labels): the class of blind-s42's one error (its README), written as invented articles in
 * the seven languages; the expected label is a severity. Counted on 0.42.1 before the fix: see the Javadoc.
 */
class BlindS42ClassesTest {

    /**
     * An agreement between the two in an economic sector the rubric's rows do not name, told beside training or
     * education words (b42-ru-01: the ministries' forestry agreement, whose lead adds North Korean specialists trained at
     * Russian universities, read low as an exchange of students). Forestry, farming, fisheries, livestock, mining,
     * construction, textiles and the like are economic cooperation: the medium row's agreements and projects
     * (cues.tsv sector, severity.tsv), when the sentence that tells the agreement names no student, school or university
     * itself. Health is not among them: the rubric names it in the low row. The guards are real exchanges of students
     * who study such a sector: the education words sit in the agreement's own sentence, so they stay low. On 0.42.1, 9
     * of these 20 read otherwise (the agreements in construction, livestock in Korean and mining in German already read
     * medium, by their own economic words); the guards did not.
     */
    @TestFactory
    Stream<DynamicTest> aSectorAgreementBesideTrainingWords() {
        return table(
            row("en", "medium", "Russia and North Korea sign forestry cooperation agreement",
                    "Russia's natural resources ministry and North Korea's land and environment ministry signed an agreement on forestry cooperation in Moscow.\nThe agreement provides for training North Korean foresters at Russian universities."),
            row("en", "medium", "Russia and North Korea sign textile industry deal",
                    "Russia and North Korea signed an agreement on cooperation in the textile industry.\nNorth Korean students will be trained at a Russian technical university."),
            row("ru", "medium", "Россия и КНДР подписали соглашение о сотрудничестве в сельском хозяйстве",
                    "Министерство сельского хозяйства России и министерство сельского хозяйства КНДР подписали соглашение о сотрудничестве в сельском хозяйстве.\nРоссийские аграрные вузы будут обучать северокорейских студентов."),
            row("ru", "medium", "Россия и КНДР договорились о сотрудничестве в строительстве жилья",
                    "Россия и КНДР подписали соглашение о сотрудничестве в области жилищного строительства.\nСоглашение предусматривает обучение северокорейских специалистов в российских университетах."),
            row("uk", "medium", "Росія і КНДР підписали угоду про співпрацю в лісовому господарстві",
                    "Міністерство природних ресурсів Росії та міністерство охорони земель КНДР підписали угоду про співпрацю в лісовому господарстві.\nУгода передбачає навчання північнокорейських фахівців у російських університетах."),
            row("ko", "medium", "러시아·북한, 임업 협력 협정 체결",
                    "러시아 천연자원부와 북한 국토환경보호성이 모스크바에서 임업 협력 협정을 체결했다.\n협정에는 북한 전문가들을 러시아 대학에서 교육하는 내용이 포함됐다."),
            row("ko", "medium", "북러, 축산 협력 합의서 서명",
                    "러시아 농업부와 북한 농업성이 축산 분야 협력 합의서에 서명했다.\n북한 학생들은 러시아 대학에서 수의학을 배운다."),
            row("zh", "medium", "俄朝签署林业合作协议",
                    "俄罗斯自然资源部与朝鲜国土环境保护省在莫斯科签署林业合作协议。\n协议规定朝鲜专家将在俄罗斯大学接受培训。"),
            row("zh", "medium", "俄朝签署畜牧业合作协议",
                    "俄罗斯农业部与朝鲜农业省签署畜牧业合作协议。\n俄罗斯大学将为朝鲜学生提供培训。"),
            row("ja", "medium", "ロシアと北朝鮮、林業協力協定に署名",
                    "ロシア天然資源省と北朝鮮の国土環境保護省はモスクワで林業協力に関する協定に署名した。\n協定には北朝鮮の専門家をロシアの大学で教育することが含まれる。"),
            row("de", "medium", "Russland und Nordkorea unterzeichnen Abkommen über Forstwirtschaft",
                    "Das russische Ministerium für natürliche Ressourcen und das nordkoreanische Umweltministerium unterzeichneten in Moskau ein Abkommen über die Zusammenarbeit in der Forstwirtschaft.\nDas Abkommen sieht die Ausbildung nordkoreanischer Fachleute an russischen Universitäten vor."),
            row("de", "medium", "Russland und Nordkorea vereinbaren Zusammenarbeit im Bergbau",
                    "Russland und Nordkorea haben eine Zusammenarbeit im Bergbau vereinbart.\nNordkoreanische Studenten sollen an russischen Hochschulen ausgebildet werden."),
            row("en", "low", "North Korean forestry students arrive at Russian university",
                    "Thirty North Korean students arrived at a Russian university to study forestry under an exchange agreement.\nThey will spend a year in Moscow."),
            row("ru", "low", "Северокорейские студенты начали учёбу в российском аграрном вузе",
                    "Двадцать студентов из КНДР начали изучать сельское хозяйство в российском аграрном университете по соглашению об обмене.\nОни будут учиться два года."),
            row("uk", "low", "Північнокорейські студенти вивчатимуть лісове господарство в Росії",
                    "Двадцять студентів з КНДР почали навчання з лісового господарства в російському університеті за угодою про обмін.\nВони навчатимуться два роки."),
            row("ko", "low", "북한 유학생들, 러시아 대학서 임업 공부 시작",
                    "북한 유학생 20명이 교류 협정에 따라 러시아 대학에서 임업을 공부하기 시작했다.\n이들은 2년 동안 공부한다."),
            row("zh", "low", "朝鲜留学生在俄罗斯大学学习林业",
                    "二十名朝鲜留学生根据两国教育交流协议开始在俄罗斯大学学习林业。\n他们将学习两年。"),
            row("ja", "low", "北朝鮮の留学生、ロシアの大学で林業を学ぶ",
                    "北朝鮮の留学生20人が交流協定に基づきロシアの大学で林業を学び始めた。\n彼らは2年間学ぶ。"),
            row("de", "low", "Nordkoreanische Studenten lernen Forstwirtschaft in Russland",
                    "Zwanzig nordkoreanische Studenten haben an einer russischen Universität im Rahmen eines Austauschabkommens ein Studium der Forstwirtschaft begonnen.\nSie bleiben zwei Jahre."),
            row("en", "low", "North Korean students begin mining course in Russia",
                    "Twenty North Korean students began a mining engineering course at a Russian university under an exchange programme.\nThey will study for two years."));
    }
}
