package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.46 (session 46, labels46b): classes of blind-s47's errors (its README), written as invented articles in the
 * languages each class covers; the expected label is a severity or "none". Counted on the version before each fix.
 */
class BlindS47ClassesTest {

    /**
     * Soldiers or the military inside a cultural or sports event are its cast, audience or hosts, not a deployment or
     * a transport project (b47-en-03: "with several hundred soldiers of the Korean People's Army as extras" in a film on
     * the 1945 liberation, read critical by the personnel row; b47-ko-04: a motor rally's cars entering by the road
     * bridge, read medium by the transport row). The rubric's low row: art troupes, athletes, concerts, whoever is in
     * them; soldiers named with the war's theatre stay the deployment.
     */
    @TestFactory
    Stream<DynamicTest> theMilitaryInsideACulturalOrSportsEvent() {
        return table(
            row("en", "low", "Russian film crew shoots liberation drama in Pyongyang",
                    "A Russian film crew began shooting a feature film about the liberation of Korea in Pyongyang, with hundreds of Korean People's Army soldiers as extras, the Russian embassy said."),
            row("en", "low", "Russian army ensemble sings for North Korean soldiers in Pyongyang",
                    "Hundreds of Korean People's Army soldiers filled the theatre as the Russian ensemble sang songs of the 1945 liberation at a concert in Pyongyang."),
            row("ru", "low", "Российские кинематографисты снимают в Пхеньяне фильм об освобождении Кореи",
                    "Российская съёмочная группа начала съёмки художественного фильма об освобождении Кореи в 1945 году, в массовых сценах снимаются сотни военнослужащих Корейской народной армии."),
            row("ko", "low", "러시아 영화 제작진, 평양서 해방 영화 촬영",
                    "러시아 영화 제작진이 1945년 조선 해방을 다룬 영화를 평양에서 촬영하기 시작했으며 조선인민군 병사 수백 명이 엑스트라로 출연했다."),
            row("uk", "low", "Російські кінематографісти знімають у Пхеньяні фільм про визволення Кореї",
                    "Російська знімальна група почала зйомки фільму про визволення Кореї 1945 року, у масових сценах знімаються сотні військовослужбовців Корейської народної армії."),
            row("zh", "low", "俄罗斯摄制组在平壤拍摄解放题材电影",
                    "俄罗斯电影摄制组开始在平壤拍摄一部关于1945年朝鲜解放的故事片，数百名朝鲜人民军士兵担任群众演员。"),
            row("ja", "low", "ロシアの撮影隊、平壌で解放映画を撮影",
                    "ロシアの映画撮影隊が1945年の朝鮮解放を描く映画の撮影を平壌で始め、朝鮮人民軍の兵士数百人がエキストラとして出演した。"),
            row("de", "low", "Russisches Filmteam dreht in Pjöngjang einen Film über die Befreiung Koreas",
                    "Ein russisches Filmteam hat in Pjöngjang mit den Dreharbeiten zu einem Spielfilm begonnen; Hunderte Soldaten der Koreanischen Volksarmee, die 1945 an der Befreiung erinnern, spielen als Statisten mit."),
            row("en", "low", "Moscow-Pyongyang car rally reaches North Korea",
                    "A car rally organised by Russia's sports ministry for the 80th anniversary of the liberation crossed the Tumen road bridge into North Korea and was welcomed in Pyongyang by a Korean People's Army general and a military band."),
            row("ru", "low", "Автопробег Москва — Пхеньян завершился в столице КНДР",
                    "Участники российского автопробега к 80-летию освобождения Кореи пересекли автомобильный мост через Туманную и прибыли в Пхеньян, где их встретили генерал Корейской народной армии и военный оркестр."),
            row("ko", "low", "러시아 자동차 랠리단, 두만강 다리 건너 평양 도착",
                    "해방 80주년을 기념해 모스크바를 출발한 러시아 자동차 랠리단이 두만강 자동차 다리를 건너 북한에 들어와 평양에 도착했다."),
            row("uk", "low", "Автопробіг Москва — Пхеньян дістався столиці КНДР",
                    "Учасники російського автопробігу до 80-річчя визволення Кореї перетнули автомобільний міст через Туманну і прибули до Пхеньяна."),
            row("zh", "low", "莫斯科至平壤汽车拉力赛车队抵达平壤",
                    "为纪念解放80周年从莫斯科出发的俄罗斯汽车拉力赛车队经图们江公路大桥进入朝鲜，抵达平壤。"),
            row("ja", "low", "モスクワ―平壌の自動車ラリー隊、平壌に到着",
                    "解放80周年を記念してモスクワを出発したロシアの自動車ラリー隊が、豆満江の自動車橋を渡って北朝鮮に入り、平壌に到着した。"),
            row("de", "low", "Autorallye Moskau–Pjöngjang erreicht Nordkorea",
                    "Eine vom russischen Sportministerium organisierte Autorallye zum achtzigsten Jahrestag der Befreiung hat über die Straßenbrücke am Tumen Nordkorea erreicht; in Pjöngjang empfing sie ein General der Volksarmee."),
            // guards: soldiers at the war's theatre, whatever they watch; soldiers sent to Russia met by a band; trucks
            // crossing the same bridge with cargo
            row("en", "critical", "North Korean soldiers in Kursk watch a Russian army concert",
                    "North Korean soldiers deployed in Russia's Kursk region watched a concert by a Russian army ensemble at the front, a Russian military blogger said."),
            row("en", "critical", "More North Korean soldiers sent to Russia, met by a military band",
                    "A new contingent of North Korean soldiers was sent to Russia this week and was met by a military band at the station in Vladivostok, Seoul's spy agency said."),
            row("ru", "critical", "Северокорейские военные, воюющие в Курской области, посмотрели концерт",
                    "Северокорейские военные, воюющие в Курской области, посмотрели концерт ансамбля российской армии, сообщил военный блогер."),
            row("en", "medium", "Russian trucks cross the Tumen bridge with flour for North Korea",
                    "Russian trucks carrying flour under a trade contract crossed the Tumen road bridge into North Korea on Monday, Russian customs said.")
        );
    }

    /**
     * A defence or security chief's statement about the other side is the statement, not the chiefs' visits and talks
     * (b47-en-04: Naryshkin, director of Russia's Foreign Intelligence Service, calling the DPRK's arsenal
     * "legitimate" in an interview, read high by the chiefs' row). The rubric's high row is the chiefs' visits and
     * talks; what one says of the other without meeting anyone is a statement of support (medium).
     */
    @TestFactory
    Stream<DynamicTest> aChiefsStatementIsNoTalks() {
        return table(
            row("en", "medium", "Russian spy chief calls Pyongyang's nuclear arsenal 'legitimate'",
                    "Sergei Naryshkin, director of Russia's Foreign Intelligence Service, said in an interview that North Korea's nuclear weapons were a legitimate answer to the threats it faces."),
            row("en", "medium", "Belousov calls North Korea's army 'a reliable shield'",
                    "Russian Defence Minister Andrei Belousov told a state television channel that North Korea's army was a reliable shield of its people and deserved respect."),
            row("ru", "medium", "Нарышкин назвал ядерный арсенал КНДР законным ответом на угрозы",
                    "Директор СВР Сергей Нарышкин в интервью заявил, что ядерное оружие КНДР — законный и понятный ответ на угрозы."),
            row("ko", "medium", "북한 국방상 \"러시아의 안보 요구 정당하다\"",
                    "북한 노광철 국방상은 담화를 내고 나토에 맞선 러시아의 안보 요구가 정당하다고 밝혔다."),
            row("uk", "medium", "Шойгу заявив, що КНДР має право на ядерне стримування",
                    "Секретар Ради безпеки РФ Сергій Шойгу заявив в інтерв'ю, що КНДР має законне право на ядерне стримування."),
            row("zh", "medium", "俄安全会议秘书绍伊古称朝鲜拥核是正当权利",
                    "俄罗斯联邦安全会议秘书绍伊古在接受采访时表示，朝鲜拥有核遏制力量是正当权利。"),
            row("ja", "medium", "ロシア対外情報庁長官、北朝鮮の核保有は「正当」",
                    "ロシア対外情報庁のナルイシキン長官はインタビューで、北朝鮮の核兵器は脅威への「正当な対応」だと述べた。"),
            row("de", "medium", "Russlands Geheimdienstchef nennt Nordkoreas Atomwaffen legitim",
                    "Der Chef des russischen Auslandsgeheimdienstes, Sergej Naryschkin, sagte in einem Interview, Nordkoreas Atomwaffen seien eine legitime Antwort auf Bedrohungen."),
            // guards: the chief's visit, meeting or call with a statement in it stays the chiefs' row
            row("en", "high", "Shoigu meets Kim in Pyongyang, says Russia values the alliance",
                    "Russian Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang on Tuesday and said Moscow valued the alliance, KCNA reported."),
            row("ru", "high", "Белоусов прибыл в Пхеньян и заявил о поддержке КНДР",
                    "Министр обороны России Андрей Белоусов прибыл в Пхеньян и заявил, что Россия поддерживает КНДР."),
            row("ko", "high", "쇼이구, 평양서 김정은 접견…\"북한과 협력 확대\"",
                    "쇼이구 러시아 국가안보회의 서기가 평양에서 김정은 국무위원장을 만나 협력 확대를 논의했다고 조선중앙통신이 밝혔다."),
            row("en", "high", "Belousov and North Korean counterpart discuss cooperation by phone",
                    "Russian Defence Minister Andrei Belousov and North Korea's defence minister No Kwang Chol discussed military cooperation by telephone, the ministry said.")
        );
    }
}
