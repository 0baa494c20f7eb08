package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.24.0. Rows a rule-based rater put two levels apart when a military word stands beside the event: the Soviet
 * soldiers of 1945 whom a wreath at the Liberation Tower remembers are no North Korean troops killed for Russia (low,
 * was critical in Chinese and Japanese); one side's warships entering the other's port are a port call, military
 * cooperation (high, was medium); a defence chief at a parade who spoke with the other side about military cooperation
 * held talks (high, was low in every language: "spoke with", поговорил, 이야기를 나눴다, 交换了意见, 話し合った,
 * gesprochen were no talks words). Invented articles (headline; lead).
 */
class MilitaryWordBesideTheEventTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Russian envoy honours Soviet soldiers at Pyongyang memorial; Russia's ambassador laid flowers at the Friendship Tower in Pyongyang, which honours Soviet soldiers killed in the 1945 liberation of Korea.",
        "ru; LOW; Посол России почтил память советских воинов в Пхеньяне; Посол России в КНДР возложил цветы к монументу советским воинам, погибшим при освобождении Кореи в 1945 году.",
        "uk; LOW; Посол Росії вшанував пам'ять радянських воїнів у Пхеньяні; Посол Росії в КНДР поклав квіти до монумента радянським воїнам, які загинули під час визволення Кореї в 1945 році.",
        "ko; LOW; 러시아 대사, 평양 해방탑에 헌화; 주북 러시아 대사가 1945년 조선 해방 전투에서 전사한 소련군을 기리는 평양 해방탑에 헌화했다.",
        "zh; LOW; 俄驻朝大使在平壤向苏军烈士献花; 俄罗斯驻朝鲜大使在平壤友谊塔前献花，悼念1945年在解放朝鲜战斗中牺牲的苏联红军将士。",
        "ja; LOW; ロシア大使、平壌の解放塔に献花; ロシアの駐北朝鮮大使は、1945年の朝鮮解放の戦闘で戦死したソ連軍兵士を記念する平壌の解放塔に献花した。",
        "de; LOW; Russischer Botschafter ehrt sowjetische Soldaten in Pjöngjang; Der russische Botschafter in Nordkorea hat in Pjöngjang Blumen am Befreiungsturm niedergelegt, der an die 1945 bei der Befreiung Koreas gefallenen sowjetischen Soldaten erinnert.",
    })
    void aWreathForTheSovietSoldiersOf1945IsTheCeremony(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Russian warships arrive in Wonsan for port call; Two Russian Pacific Fleet warships arrived in North Korea's port of Wonsan on Monday for a five-day visit, KCNA said.",
        "ru; HIGH; Корабли Тихоокеанского флота зашли в порт Вонсан; Отряд кораблей Тихоокеанского флота России зашёл в порт Вонсан в КНДР с пятидневным визитом, сообщили в штабе флота.",
        "uk; HIGH; Російські військові кораблі зайшли до порту Вонсан; Два військові кораблі Тихоокеанського флоту Росії зайшли до порту Вонсан у КНДР з п'ятиденним візитом.",
        "ko; HIGH; 러시아 군함 2척, 북한 남포항 입항; 러시아 태평양함대 소속 군함 2척이 북한 남포항에 입항했다고 조선중앙통신이 보도했다.",
        "zh; HIGH; 俄罗斯军舰抵达朝鲜元山港; 两艘俄罗斯太平洋舰队军舰周一抵达朝鲜元山港，进行为期五天的访问。",
        "ja; HIGH; ロシア軍艦2隻が北朝鮮の元山港に入港; ロシア太平洋艦隊の軍艦2隻が北朝鮮東部の元山港に入港した、と朝鮮中央通信が伝えた。",
        "de; HIGH; Russische Kriegsschiffe in Wonsan eingelaufen; Zwei Kriegsschiffe der russischen Pazifikflotte sind zu einem fünftägigen Besuch im nordkoreanischen Hafen Wonsan eingelaufen.",
    })
    void warshipsEnteringTheOtherSidesPortAreAPortCall(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Russian defence minister at military parade in Pyongyang; Russian Defence Minister Andrei Belousov attended a military parade in Pyongyang and spoke with Kim Jong Un about military cooperation.",
        "ru; HIGH; Белоусов посетил военный парад в Пхеньяне; Министр обороны России Андрей Белоусов посетил военный парад в Пхеньяне и поговорил с Ким Чен Ыном о военном сотрудничестве.",
        "uk; HIGH; Бєлоусов відвідав військовий парад у Пхеньяні; Міністр оборони Росії Андрій Бєлоусов відвідав військовий парад у Пхеньяні та поговорив з Кім Чен Ином про військове співробітництво.",
        "ko; HIGH; 벨로우소프 러 국방장관, 평양 열병식 참관; 안드레이 벨로우소프 러시아 국방장관이 평양에서 열병식을 참관하고 김정은 위원장과 군사협력에 대해 이야기를 나눴다.",
        "zh; HIGH; 俄国防部长观看平壤阅兵式; 俄罗斯国防部长别洛乌索夫在平壤观看阅兵式，并与金正恩就军事合作交换了意见。",
        "ja; HIGH; ロシア国防相、平壌で軍事パレードを観覧; ロシアのベロウソフ国防相は平壌で軍事パレードを観覧し、金正恩総書記と軍事協力について話し合った。",
        "de; HIGH; Nordkoreas Verteidigungsminister bei Militärparade in Moskau; Nordkoreas Verteidigungsminister No Kwang Chol hat in Moskau an einer Militärparade teilgenommen und mit Beloussow über militärische Zusammenarbeit gesprochen.",
        "de; HIGH; Russlands Sicherheitsratschef bei Militärparade in Pjöngjang; Der Sekretär des russischen Sicherheitsrats Sergej Schoigu hat in Pjöngjang eine Militärparade besucht und mit Kim Jong Un die militärische Zusammenarbeit besprochen.",
        "de; HIGH; Nordkoreas Verteidigungsminister bei Siegesparade in Moskau; Nordkoreas Verteidigungsminister No Kwang Chol hat in Moskau an der Siegesparade teilgenommen und mit Beloussow über militärische Zusammenarbeit beraten.",
        "de; HIGH; Russlands Verteidigungsminister bei Feier in Pjöngjang; Russlands Verteidigungsminister Andrej Beloussow hat in Pjöngjang an einer Feier zum Tag der Befreiung teilgenommen und mit Kim Jong Un über militärische Zusammenarbeit gesprochen.",
    })
    void aDefenceChiefWhoSpokeAboutMilitaryCooperationAtAParadeHeldTalks(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
