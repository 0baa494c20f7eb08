package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.LABELLER;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tumen.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.19.0: an event told beside a word of a higher row that is only its setting (a concert at a port, a match of
 * dock workers, a school visit by sailors, an army ensemble's concert), children's holiday camps by the words for the
 * camp, and trade carried openly (coal, timber, grain by train or ship: the medium row) against cargo smuggled or moved
 * against the ban (sanctions evasion, high). Invented articles, every language the cue lists cover.
 */
class SettingCampCargoTest {

    /** A concert, a match or an exhibition at a port or for railway workers is the low row; an agreement on the port is the economic row. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Russian Pacific Fleet band gives concert in Wonsan during port call; The band of Russia's Pacific Fleet gave a concert for residents of Wonsan on Sunday while the destroyer Admiral Panteleyev was in port on a friendly visit to North Korea.",
        "ru; LOW; Оркестр Тихоокеанского флота дал концерт в Вонсане; Оркестр Тихоокеанского флота России дал концерт для жителей Вонсана, пока отряд кораблей находился в порту с дружественным визитом в КНДР.",
        "uk; LOW; Оркестр Тихоокеанського флоту Росії виступив у порту Вонсан; Військовий оркестр Тихоокеанського флоту Росії дав концерт для мешканців Вонсана під час заходу кораблів до порту КНДР.",
        "ko; LOW; 러시아 태평양함대 군악대, 원산항 기항 중 공연; 러시아 태평양함대 군악대가 구축함의 원산항 기항 기간 북한 주민들을 위해 공연을 열었다.",
        "zh; LOW; 俄太平洋舰队军乐团在元山港演出; 俄罗斯太平洋舰队军乐团在舰艇停靠朝鲜元山港期间为当地居民举行了音乐会。",
        "ja; LOW; ロシア太平洋艦隊の軍楽隊、元山港で演奏会; ロシア太平洋艦隊の軍楽隊は、駆逐艦が北朝鮮の元山港に寄港した際、市民のために演奏会を開いた。",
        "de; LOW; Russisches Marineorchester spielt im Hafen von Wonsan; Das Orchester der russischen Pazifikflotte hat während eines Hafenbesuchs in Nordkorea ein Konzert für die Einwohner von Wonsan gegeben.",
        "en; LOW; Russian sailors and North Korean pupils sing together at Nampo port; Crew members of a visiting Russian warship performed songs with North Korean schoolchildren at the port of Nampo on Tuesday.",
        "ru; LOW; Моряки российского корабля выступили перед школьниками в порту Нампхо; Экипаж российского военного корабля исполнил песни вместе с северокорейскими школьниками в порту Нампхо.",
        "en; MEDIUM; Russia and North Korea agree to expand Rajin port cargo terminal; Russian and North Korean officials signed an agreement on Monday to expand the cargo terminal at the port of Rajin.",
        "ru; MEDIUM; Россия и КНДР договорились о расширении порта Раджин; Россия и КНДР подписали соглашение о расширении грузового терминала в порту Раджин.",
        "en; LOW; Pyongyang troupe performs for Russian railway workers in Khabarovsk; A North Korean art troupe gave a concert for railway workers in Khabarovsk on Saturday as part of its tour of Russia.",
        "ru; LOW; Артисты из КНДР выступили перед железнодорожниками Хабаровска; Художественный коллектив из КНДР дал концерт для железнодорожников Хабаровска в рамках гастролей по России.",
        "uk; LOW; Артисти з КНДР дали концерт для залізничників Хабаровська; Художній колектив із КНДР дав концерт для залізничників Хабаровська в межах гастролей Росією.",
        "ko; LOW; 북한 예술단, 하바롭스크 철도원들 앞에서 공연; 북한 예술단이 러시아 순회공연의 하나로 하바롭스크 철도 노동자들을 위한 공연을 펼쳤다.",
        "zh; LOW; 朝鲜艺术团为哈巴罗夫斯克铁路职工演出; 朝鲜艺术团在俄罗斯巡演期间为哈巴罗夫斯克铁路职工举行了专场演出。",
        "ja; LOW; 北朝鮮芸術団、ハバロフスクの鉄道員向けに公演; 北朝鮮の芸術団がロシア巡回公演の一環として、ハバロフスクの鉄道員のために公演を行った。",
        "de; LOW; Nordkoreanisches Ensemble spielt für russische Eisenbahner; Ein nordkoreanisches Kunstensemble hat im Rahmen seiner Russland-Tournee ein Konzert für Eisenbahner in Chabarowsk gegeben.",
        "en; LOW; Russian and North Korean dockers play friendly football match in Rajin port; Dock workers from the Russian-run terminal and North Korean port staff played a friendly football match in Rajin on Sunday.",
        "ru; LOW; В порту Раджин прошёл товарищеский матч докеров России и КНДР; Российские и северокорейские работники порта Раджин сыграли товарищеский матч по футболу.",
        "en; LOW; Exhibition of North Korean paintings opens at Vladivostok port terminal; An exhibition of paintings by North Korean artists opened at the Vladivostok sea terminal on Friday, the Russian culture ministry said.",
        "zh; LOW; 朝鲜画展在符拉迪沃斯托克港口开幕; 朝鲜画家作品展周五在符拉迪沃斯托克海港客运站开幕。",
        "ko; LOW; 블라디보스토크 항구에서 북한 미술전 개막; 북한 화가들의 미술전이 블라디보스토크 항구 여객터미널에서 개막했다.",
    })
    void anEventAtAPortOrStationIsThatEvent(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** An army ensemble's concert is a concert, whoever attends. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Kim Jong Un attends Russian army ensemble concert; North Korean leader Kim Jong Un attended a concert by the Alexandrov Ensemble of the Russian Armed Forces in Pyongyang on Saturday.",
        "ru; LOW; Ким Чен Ын посетил концерт ансамбля Александрова; Лидер КНДР Ким Чен Ын посетил концерт Академического ансамбля песни и пляски Российской армии имени Александрова в Пхеньяне.",
        "ko; LOW; 김정은, 러시아군 알렉산드로프 앙상블 공연 관람; 김정은 국무위원장이 평양에서 러시아군 알렉산드로프 앙상블의 공연을 관람했다.",
        "zh; LOW; 金正恩观看俄罗斯军队亚历山德罗夫红旗歌舞团演出; 朝鲜最高领导人金正恩在平壤观看了俄罗斯军队亚历山德罗夫红旗歌舞团的演出。",
        "ja; LOW; 金正恩氏、ロシア軍アレクサンドロフ・アンサンブルの公演を鑑賞; 北朝鮮の金正恩総書記は平壌で、ロシア軍のアレクサンドロフ・アンサンブルの公演を鑑賞した。",
        "de; LOW; Kim Jong Un besucht Konzert des russischen Armee-Ensembles; Nordkoreas Machthaber Kim Jong Un hat in Pjöngjang ein Konzert des Alexandrow-Ensembles der russischen Armee besucht.",
        "uk; LOW; Кім Чен Ин відвідав концерт ансамблю російської армії; Лідер КНДР Кім Чен Ин відвідав у Пхеньяні концерт ансамблю пісні й танцю російської армії імені Александрова.",
    })
    void aMilitaryEnsemblesConcertIsAConcert(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** Children's holiday camps, by the words for the camp (the rubric's settled case). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; North Korean children arrive at Russian summer camp; A group of North Korean schoolchildren arrived at a children's summer camp near Vladivostok for a two-week exchange, Russian officials said.",
        "ru; LOW; Школьники из КНДР приехали в детский лагерь в Приморье; Группа школьников из КНДР приехала в детский лагерь «Океан» под Владивостоком на летнюю смену по обмену.",
        "uk; LOW; Діти з КНДР відпочиватимуть у російському таборі; Група школярів із КНДР прибула до дитячого табору в Приморському краї Росії на літню зміну за програмою обміну.",
        "ko; LOW; 북한 학생들, 러시아 여름 캠프 참가; 북한 학생들이 블라디보스토크 인근 어린이 캠프에 도착해 2주간 러시아 어린이들과 교류 행사에 참가한다.",
        "zh; LOW; 朝鲜少年赴俄参加夏令营; 一批朝鲜学生抵达符拉迪沃斯托克附近的儿童夏令营，与俄罗斯儿童开展为期两周的交流活动。",
        "ja; LOW; 北朝鮮の子どもたち、ロシアのサマーキャンプへ; 北朝鮮の小学生の一団がウラジオストク近郊の子ども向けサマーキャンプに到着し、ロシアの子どもたちと2週間交流する。",
        "de; LOW; Nordkoreanische Kinder im russischen Ferienlager; Eine Gruppe nordkoreanischer Schulkinder ist in einem Ferienlager bei Wladiwostok eingetroffen, wo sie zwei Wochen mit russischen Kindern verbringen.",
        "en; LOW; Russian children to spend summer at Songdowon camp in North Korea; Russian schoolchildren will spend three weeks at the Songdowon international children's camp in Wonsan this summer, the Russian embassy said.",
        "de; LOW; Russische Kinder reisen ins Sommerlager nach Nordkorea; Russische Schulkinder verbringen drei Wochen im internationalen Kinderlager Songdowon in Wonsan, teilte die russische Botschaft mit.",
        "uk; LOW; Російські діти поїдуть до табору в КНДР; Російські школярі проведуть три тижні в міжнародному дитячому таборі Сондовон у Вонсані, повідомило посольство Росії.",
    })
    void childrensCampsAreLow(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** Coal, timber, grain or flour carried by train or ship between the two is trade. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; Russian coal arrives in North Korea by train; A train carrying 2,000 tonnes of Russian coal crossed the Tumen River bridge into North Korea on Friday, Russian Railways said.",
        "ru; MEDIUM; Российский уголь по железной дороге доставлен в КНДР; Состав с 2 тысячами тонн российского угля пересёк мост через Туманную и прибыл в КНДР, сообщили в РЖД.",
        "uk; MEDIUM; Російське вугілля потягом доставили до КНДР; Потяг із двома тисячами тонн російського вугілля перетнув міст через річку Туманну до КНДР, повідомили в РЗ.",
        "ko; MEDIUM; 러시아산 석탄, 열차로 북한에 도착; 러시아산 석탄 2천t을 실은 화물열차가 두만강 철교를 건너 북한 나진에 도착했다고 러시아철도가 밝혔다.",
        "zh; MEDIUM; 俄罗斯煤炭经铁路运抵朝鲜; 一列满载2000吨俄罗斯煤炭的火车经图们江大桥运抵朝鲜罗津。",
        "ja; MEDIUM; ロシア産石炭、鉄道で北朝鮮へ; ロシア産の石炭2000トンを積んだ貨物列車が豆満江の鉄橋を渡り、北朝鮮に到着した。",
        "de; MEDIUM; Russische Kohle per Zug nach Nordkorea; Ein Güterzug mit 2.000 Tonnen russischer Kohle hat die Brücke über den Tumen überquert und Nordkorea erreicht, teilte die russische Bahn mit.",
        "en; MEDIUM; Russia ships cargo of grain to North Korea by sea; A Russian vessel carrying 5,000 tonnes of grain left Vladivostok for the North Korean port of Nampo, the port authority said.",
        "en; MEDIUM; Russian timber ship arrives in Nampo; A Russian cargo ship loaded with 3,000 cubic metres of timber arrived in the North Korean port of Nampo, port officials said.",
        "ru; MEDIUM; Российское судно с лесом прибыло в Нампхо; Российское грузовое судно с 3 тысячами кубометров леса прибыло в северокорейский порт Нампхо.",
        "ko; MEDIUM; 러시아 목재 실은 화물선 남포항 입항; 러시아산 목재 3천㎥를 실은 화물선이 북한 남포항에 입항했다.",
        "zh; MEDIUM; 俄罗斯木材货轮抵达朝鲜南浦港; 一艘载有3000立方米俄罗斯木材的货轮抵达朝鲜南浦港。",
        "ja; MEDIUM; ロシアの木材運搬船、南浦港に入港; ロシア産木材3000立方メートルを積んだ貨物船が北朝鮮の南浦港に入港した。",
        "de; MEDIUM; Russischer Frachter mit Holz erreicht Nampho; Ein russischer Frachter mit 3.000 Kubikmetern Holz ist im nordkoreanischen Hafen Nampho eingetroffen.",
        "uk; MEDIUM; Російське судно з лісом прибуло до Нампхо; Російське вантажне судно з трьома тисячами кубометрів лісу прибуло до північнокорейського порту Нампхо.",
        "ru; MEDIUM; КНДР получила из России 10 тысяч тонн муки; КНДР получила из России по железной дороге 10 тысяч тонн пшеничной муки по торговому контракту.",
    })
    void tradeCarriedOpenlyIsTrade(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** Cargo smuggled, carried secretly or in breach of the sanctions, and oil over the cap, is sanctions evasion. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Ships smuggled North Korean coal to Russia, report says; North Korean vessels secretly delivered coal to the Russian port of Nakhodka in breach of UN sanctions, a UN panel report said.",
        "ru; HIGH; Суда из КНДР тайно доставляли уголь в Россию; Северокорейские суда тайно доставляли уголь в российский порт Находка в нарушение санкций ООН, говорится в докладе.",
        "ko; HIGH; 북한 선박, 러시아에 석탄 밀수출; 북한 선박들이 유엔 제재를 위반하고 러시아 나홋카항으로 석탄을 몰래 실어 날랐다고 보고서가 밝혔다.",
        "zh; HIGH; 报告称朝鲜船只向俄罗斯走私煤炭; 联合国报告称，朝鲜船只违反制裁，向俄罗斯纳霍德卡港走私煤炭。",
        "de; HIGH; Nordkoreanische Schiffe schmuggelten Kohle nach Russland; Nordkoreanische Frachter haben laut einem UN-Bericht unter Verstoß gegen die Sanktionen Kohle in den russischen Hafen Nachodka geschmuggelt.",
        "en; HIGH; Russia shipped refined oil to North Korea above UN cap; Russia shipped more than one million barrels of refined petroleum to North Korea, far in excess of the UN cap, a think tank said.",
        "en; HIGH; North Korean tanker seen unloading Russian oil at Vostochny, satellite images show; Satellite images show a North Korean tanker loading oil at the Russian port of Vostochny in violation of UN sanctions.",
        "uk; HIGH; Судна КНДР таємно перевозили російську нафту; Північнокорейські танкери таємно перевозили нафту з російського порту Восточний в обхід санкцій ООН.",
        "ja; HIGH; 北朝鮮船、ロシア産石炭を密輸; 国連報告書によると、北朝鮮の船舶が制裁に違反してロシアに石炭を密輸していた。",
    })
    void cargoSmuggledIsEvasion(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** The label names the row that decided: the camp's own, trade's, and evasion's with what made the cargo evasion. */
    @Test
    void theBasisNamesTheRow() {
        assertEquals("low: cultural, sports, education: children's camps", LABELLER.label("Nordkoreanische Kinder im russischen Ferienlager",
                "Eine Gruppe nordkoreanischer Schulkinder ist in einem Ferienlager bei Wladiwostok eingetroffen.").basis().row());
        assertEquals("medium: trade, labour, transport, banking, energy, tourism or infrastructure agreements and projects",
                LABELLER.label("Russian coal arrives in North Korea by train",
                        "A train carrying 2,000 tonnes of Russian coal crossed the Tumen River bridge into North Korea on Friday.").basis().row());
        assertEquals("high: sanctions evasion (oil, cargo, banking) between them (cargo smuggled)",
                LABELLER.label("Ships smuggled North Korean coal to Russia, report says",
                        "North Korean vessels secretly delivered coal to the Russian port of Nakhodka, a UN panel report said.").basis().row());
        assertEquals("low: cultural: concerts, exhibitions of art", LABELLER.label("Russian Pacific Fleet band gives concert in Wonsan during port call",
                "The band of Russia's Pacific Fleet gave a concert for residents of Wonsan on Sunday.").basis().row());
    }
}
