package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Model 0.31.0 (session 32, labels): the classes blind-s32 showed when scored once before any fix of its own. */
class DroneAndEverySaidTest {
    /**
     * Drones supplied, or the know-how to build them passed on, between the two are arms supply (high): drones are not
     * among the rubric's strategic technologies. "러시아, 북한에 자폭 드론 생산 노하우 전수" read medium. Guards: workers sent
     * to a drone plant stay labour (medium).
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ko;HIGH;국정원 \"러시아, 북한에 자폭 드론 생산 노하우 전수\";국정원은 러시아가 북한에 자폭형 무인기 생산 기술과 운용 노하우를 넘겨주고 있다고 밝혔다.",
        "en;HIGH;Russia shares kamikaze drone production know-how with North Korea;Russia is sharing know-how for producing kamikaze drones with North Korea, South Korea's spy agency said.",
        "ru;HIGH;Россия передала КНДР технологии производства беспилотников;Россия передала КНДР технологии производства ударных беспилотников, заявили в разведке Южной Кореи.",
        "uk;HIGH;Росія передала КНДР технології виробництва дронів;Росія передала КНДР технології виробництва ударних дронів, заявили в розвідці Південної Кореї.",
        "zh;HIGH;俄罗斯向朝鲜转让无人机生产技术;韩国情报机构称，俄罗斯向朝鲜转让了自杀式无人机的生产技术。",
        "ja;HIGH;ロシア、北朝鮮にドローン生産技術を供与;韓国情報機関は、ロシアが北朝鮮に自爆型ドローンの生産技術を供与したと明らかにした。",
        "de;HIGH;Russland gibt Nordkorea Know-how für Drohnenbau;Russland hat Nordkorea Know-how für den Bau von Kampfdrohnen übergeben, teilte der südkoreanische Geheimdienst mit.",
        "en;MEDIUM;North Koreans sent to work at Russian drone plant;Hundreds of North Korean workers have been sent to a drone factory in Russia's Tatarstan region, South Korea's intelligence service said.",
        "ru;MEDIUM;Рабочих из КНДР отправили на завод беспилотников;Сотни рабочих из КНДР отправили на завод по сборке беспилотников в Татарстане, заявили в разведке Южной Кореи.",
    })
    void dronesAndTheirKnowHowAreArms(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * A saying about every weapon of a kind ("Every shell from North Korea is a strike on our cities", «Кожен снаряд …
     * — це удар по наших містах») is a generalisation, not what became of the shipped shells: sanctions on their carriers
     * stay the supply row (high). They read critical. Guard: the same shells fired at Kharkiv last week are the event.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "uk;HIGH;РНБО запровадила санкції проти перевізників північнокорейських боєприпасів;РНБО запровадила санкції проти 14 російських компаній, які перевозили артилерійські снаряди з КНДР до Росії. Серед них оператори вантажних суден. Указ підписав президент. «Кожен снаряд із Північної Кореї — це удар по наших містах», — заявив секретар РНБО.",
        "ru;HIGH;Украина ввела санкции против российских перевозчиков северокорейских боеприпасов;Украина ввела санкции против 14 российских компаний, которые перевозили артиллерийские снаряды из КНДР в Россию. Среди них операторы грузовых судов. Указ подписал президент. «Каждый снаряд из Северной Кореи — это удар по нашим городам», — заявил секретарь СНБО.",
        "en;HIGH;Ukraine sanctions Russian carriers of North Korean munitions;Ukraine imposed sanctions on 14 Russian companies that carried artillery shells from North Korea to Russia. They include the operators of cargo ships. The president signed the decree. \"Every shell from North Korea is a strike on our cities,\" the council's secretary said.",
        "de;HIGH;Ukraine sanktioniert russische Transporteure nordkoreanischer Munition;Die Ukraine hat Sanktionen gegen 14 russische Firmen verhängt, die Artilleriegranaten aus Nordkorea nach Russland transportierten. Darunter sind Betreiber von Frachtschiffen. Der Präsident unterzeichnete den Erlass. „Jede Granate aus Nordkorea ist ein Schlag gegen unsere Städte\", sagte der Sekretär des Rates.",
        "ko;HIGH;우크라이나, 북한 탄약 나른 러시아 업체 제재;우크라이나가 북한에서 러시아로 포탄을 운송한 러시아 기업 14곳을 제재했다. 여기에는 화물선 운영사들이 포함됐다. 대통령이 법령에 서명했다. 국가안보국방위원회 서기는 \"북한에서 온 모든 포탄은 우리 도시에 대한 공격\"이라고 말했다.",
        "zh;HIGH;乌克兰制裁运输朝鲜弹药的俄罗斯公司;乌克兰对14家从朝鲜向俄罗斯运送炮弹的俄罗斯公司实施制裁。其中包括货船运营商。总统签署了法令。国家安全与国防委员会秘书说：“来自朝鲜的每一枚炮弹都是对我们城市的打击。”",
        "en;CRITICAL;Ukraine sanctions Russian carriers of North Korean munitions;Ukraine imposed sanctions on 14 Russian companies that carried artillery shells from North Korea to Russia. They include the operators of cargo ships. The president signed the decree. Russian forces fired these shells at Kharkiv last week, the council said.",
    })
    void aSayingAboutEveryShellIsNoOutcome(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
