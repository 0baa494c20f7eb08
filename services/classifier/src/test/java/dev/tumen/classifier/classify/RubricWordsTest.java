package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rubric rows given the same words, or a second structural way to fire, in every language (model 0.12.0): the k-fold
 * by rule support showed these rows resting on one word of one language (a ratification, a condolence, a wreath, a
 * gift, workers on student visas, German "Botschaft"). Invented sentences, never article text.
 */
class RubricWordsTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a treaty between the two ratified is the 2024 treaty (high); the 2000 friendship treaty stays medium
        "en; HIGH; Duma backs treaty with North Korea; Russia's State Duma voted unanimously on Wednesday to ratify the treaty with North Korea that Vladimir Putin and Kim Jong Un signed in June.",
        "ru; HIGH; Госдума одобрила договор с КНДР; Государственная дума единогласно ратифицировала договор между Россией и КНДР, подписанный Владимиром Путиным и Ким Чен Ыном в июне.",
        "uk; HIGH; Рада Федерації схвалила договір з КНДР; Рада Федерації Росії ратифікувала договір між Росією та КНДР, який Путін і Кім Чен Ин підписали в червні.",
        "ko; HIGH; 러 하원, 북러 조약 비준; 러시아 국가두마가 푸틴 대통령과 김정은 국무위원장이 6월 서명한 북러 조약을 만장일치로 비준했다.",
        "zh; HIGH; 俄国家杜马批准俄朝条约; 俄罗斯国家杜马一致批准了普京与金正恩6月签署的俄朝条约。",
        "ja; HIGH; ロシア下院、露朝条約を批准; ロシア下院は、プーチン大統領と金正恩総書記が6月に署名した露朝条約を全会一致で批准した。",
        "de; HIGH; Duma billigt Vertrag mit Nordkorea; Die russische Staatsduma hat den Vertrag zwischen Russland und Nordkorea, den Putin und Kim im Juni unterzeichnet hatten, einstimmig ratifiziert.",
        "en; MEDIUM; Russia, North Korea mark friendship treaty; Russia and North Korea marked the anniversary of the ratification of their 2000 treaty of friendship, good-neighbourliness and cooperation.",
    })
    void aTreatyBetweenTheTwoRatifiedIsTheMutualDefenceTreaty(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // people sent on student or trainee visas are labour, not a student exchange
        "en; MEDIUM; North Koreans enter Russia on student visas; North Korea sent thousands of its citizens to Russia on student visas, South Korea's spy agency said.",
        "ru; MEDIUM; Граждане КНДР въезжают в Россию по студенческим визам; КНДР отправила в Россию тысячи своих граждан по студенческим визам, сообщила южнокорейская разведка.",
        "uk; MEDIUM; Громадяни КНДР їдуть до Росії за студентськими візами; КНДР відправила до Росії тисячі своїх громадян за студентськими візами, повідомила південнокорейська розвідка.",
        "ko; MEDIUM; 북한 주민, 학생 비자로 러시아 입국; 국가정보원은 북한이 지난해 학생 비자를 이용해 러시아에 수천 명을 보냈다고 밝혔다.",
        "zh; MEDIUM; 朝鲜人持学生签证赴俄; 韩国情报机构称，朝鲜利用学生签证向俄罗斯派出数千人务工。",
        "ja; MEDIUM; 北朝鮮、留学ビザでロシアに人員; 韓国の情報機関は、北朝鮮が昨年、留学ビザを使ってロシアに数千人を送ったと明らかにした。",
        "de; MEDIUM; Nordkoreaner reisen mit Studentenvisum nach Russland; Nordkorea hat nach Angaben aus Seoul im vergangenen Monat Tausende Menschen mit Studentenvisa nach Russland geschickt.",
    })
    void peopleSentOnStudentVisasAreLabour(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a leader's letter over a flood or an earthquake is humanitarian and a condolence, not political content
        "en; LOW; Putin sends Kim condolences over floods; Vladimir Putin sent Kim Jong Un a message of sympathy over the devastating floods in North Korea's northwest and offered help.",
        "ru; LOW; Путин направил Ким Чен Ыну телеграмму; Владимир Путин направил Ким Чен Ыну телеграмму в связи с разрушительным наводнением в КНДР и предложил помощь.",
        "uk; LOW; Путін надіслав Кім Чен Ину телеграму; Володимир Путін надіслав Кім Чен Ину телеграму через руйнівну повінь у КНДР і запропонував допомогу.",
        "ko; LOW; 푸틴, 김정은에 홍수 피해 위로 서한; 푸틴 대통령이 북한 북서부 홍수 피해와 관련해 김정은 국무위원장에게 위로 서한을 보냈다.",
        "zh; LOW; 普京就洪灾致函金正恩; 普京就朝鲜西北部洪灾向金正恩致信表示慰问。",
        "ja; LOW; プーチン氏、金正恩氏に書簡; プーチン大統領は北朝鮮北西部の洪水被害について金正恩総書記に書簡を送った。",
        "de; LOW; Putin schreibt Kim wegen Hochwasser; Wladimir Putin hat Kim Jong Un wegen der verheerenden Überschwemmungen in Nordkorea einen Brief geschickt und Hilfe angeboten.",
    })
    void aMessageOverADisasterIsHumanitarian(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a monument or a memorial visited is a ceremony, a defence minister's too (the rubric's wreath-laying)
        "en; LOW; Shoigu at Pyongyang monument; Russian Defence Minister Sergei Shoigu and his delegation visited the Liberation monument in Pyongyang, the ministry said.",
        "ru; LOW; Шойгу у монумента в Пхеньяне; Министр обороны РФ Сергей Шойгу и члены российской делегации посетили монумент Освобождения в Пхеньяне.",
        "uk; LOW; Шойгу біля монумента в Пхеньяні; Міністр оборони Росії Сергій Шойгу відвідав монумент Визволення в Пхеньяні.",
        "ko; LOW; 쇼이구, 평양 해방탑 방문; 세르게이 쇼이구 러시아 국방장관이 평양의 해방탑을 찾았다.",
        "zh; LOW; 绍伊古参观平壤纪念碑; 俄罗斯国防部长绍伊古访问平壤解放纪念碑。",
        "ja; LOW; ショイグ氏、平壌の記念碑へ; ロシアのショイグ国防相は平壌の解放記念碑を訪れた。",
        "de; LOW; Schoigu am Denkmal in Pjöngjang; Der russische Verteidigungsminister Sergej Schoigu besuchte in Pjöngjang das Befreiungsdenkmal.",
    })
    void aMonumentVisitedIsACeremony(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a donation is a gift, and a minister come with one is ceremonial
        "en; LOW; Russian minister in Pyongyang; Russia's natural resources minister, on a visit to Pyongyang, donated more than 70 animals from the Moscow Zoo to the Pyongyang Central Zoo.",
        "ru; LOW; Российский министр в Пхеньяне; Министр природных ресурсов России, находясь с визитом в Пхеньяне, передал в дар Центральному зоопарку Пхеньяна более 70 животных.",
        "uk; LOW; Російський міністр у Пхеньяні; Міністр природних ресурсів Росії передав у дар зоопарку Пхеньяна понад 70 тварин під час візиту до КНДР.",
        "ko; LOW; 러시아 장관 평양 방문; 러시아 천연자원부 장관이 평양을 방문해 중앙동물원에 동물 70여 마리를 기증했다.",
        "zh; LOW; 俄罗斯部长访问平壤; 俄罗斯自然资源部长访问平壤期间向平壤中央动物园捐赠了70多只动物。",
        "ja; LOW; ロシアの大臣が平壌訪問; ロシアの天然資源相は平壌を訪問し、中央動物園に動物70匹以上を寄贈した。",
        "de; LOW; Russischer Minister in Pjöngjang; Der russische Umweltminister hat bei einem Besuch in Pjöngjang dem Zentralzoo mehr als 70 Tiere geschenkt.",
    })
    void aDonationIsAGift(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // "Botschaft" is a message only when told as one; otherwise it is the embassy, where a concert is a concert
        "de; HIGH; Putin empfängt Kim im Kreml; Wladimir Putin hat Kim Jong Un im Kreml getroffen und ihm eine Botschaft an das nordkoreanische Volk übergeben.",
        "de; MEDIUM; Kim schickt Putin eine Botschaft; Kim Jong Un hat Wladimir Putin eine Botschaft geschickt und die Unterstützung für Russland bekräftigt.",
        "de; LOW; Konzert in der Botschaft; Ein russisches Ensemble hat in der nordkoreanischen Botschaft in Moskau ein Konzert gegeben.",
        "de; LOW; Ausstellung in der Botschaft; In der russischen Botschaft in Pjöngjang wurde eine Ausstellung nordkoreanischer Malerei eröffnet.",
    })
    void germanBotschaftIsAnEmbassyUnlessToldAsAMessage(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // tankers going back and forth between the two move the fuel (settled case: sanctions evasion, high)
        "en; HIGH; Tankers shuttle fuel between Russia and North Korea; Satellite images show that tankers have been shuttling fuel between the Russian Far East and North Korea's Chongjin port since March.",
        "ru; HIGH; Танкеры курсируют между Россией и КНДР; Спутниковые снимки показывают, что танкеры с топливом курсируют между российским Дальним Востоком и портом Чхонджин в КНДР.",
        "uk; HIGH; Танкери курсують між Росією та КНДР; Супутникові знімки показують, що танкери з пальним курсують між російським Далеким Сходом і портом Чхонджин у КНДР.",
        "ko; HIGH; 유조선, 러시아와 북한 오가며 유류 운반; 위성사진에 따르면 유조선들이 러시아 극동과 북한 청진항을 오가고 있다.",
        "zh; HIGH; 油轮往返于俄罗斯与朝鲜之间; 卫星图像显示，油轮正往返于俄罗斯远东和朝鲜清津港之间。",
        "ja; HIGH; タンカーがロシアと北朝鮮を往復; 衛星画像によると、タンカーがロシア極東と北朝鮮の清津港を往復している。",
        "de; HIGH; Tanker pendeln zwischen Russland und Nordkorea; Satellitenbilder zeigen, dass Tanker zwischen dem russischen Fernen Osten und dem nordkoreanischen Hafen Chongjin pendeln.",
    })
    void shipsShuttlingFuelBetweenTheTwoAreSanctionsEvasion(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // "before this" opens background in Korean, Japanese and Chinese as it does in en/ru/uk/de
        "ko; LOW; 김정은, 푸틴에 생일 축전; 김정은 국무위원장이 푸틴 대통령에게 생일 축전을 보냈다. 이에 앞서 북한은 러시아에 병력을 파병했다.",
        "ja; LOW; 金正恩氏、プーチン氏に誕生日の祝電; 金正恩総書記はプーチン大統領に誕生日の祝電を送った。これに先立ち、北朝鮮はロシアに兵士を派遣した。",
        "zh; LOW; 金正恩向普京致生日贺电; 金正恩向普京致生日贺电。在此之前，朝鲜向俄罗斯派遣了士兵。",
    })
    void beforeThisIsBackground(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // cooperation listed by fields is the medium row's agreement, health and education among the fields or not
        "en; MEDIUM; Russia, North Korea to widen cooperation; Russia and North Korea agreed to widen cooperation in the fields of trade, education, health care and tourism.",
        "ru; MEDIUM; Россия и КНДР расширят сотрудничество; Россия и КНДР договорились расширить сотрудничество в сферах торговли, образования, здравоохранения и туризма.",
        "uk; MEDIUM; Росія та КНДР розширять співпрацю; Росія та КНДР домовилися розширити співпрацю у сферах торгівлі, освіти, охорони здоров'я та туризму.",
        "ko; MEDIUM; 북러, 협력 확대 합의; 러시아와 북한은 무역, 교육, 보건, 관광 분야의 협력을 확대하기로 합의했다.",
        "zh; MEDIUM; 俄朝同意扩大合作; 俄罗斯与朝鲜同意扩大贸易、教育、卫生和旅游领域的合作。",
        "ja; MEDIUM; 露朝、協力拡大で合意; ロシアと北朝鮮は貿易、教育、保健、観光の分野で協力を拡大することで合意した。",
        "de; MEDIUM; Russland und Nordkorea wollen Zusammenarbeit ausbauen; Russland und Nordkorea wollen ihre Zusammenarbeit in den Bereichen Handel, Bildung, Gesundheit und Tourismus ausbauen.",
        // help and support after a flood are aid, not a political statement
        "en; LOW; Putin offers Kim help after floods; Vladimir Putin told Kim Jong Un that North Korea can always count on Russia's help and support after the floods.",
        "ru; LOW; Путин предложил помощь после наводнения; Путин заявил, что КНДР всегда может рассчитывать на помощь и поддержку России в ликвидации последствий наводнения.",
    })
    void cooperationListedByFieldsIsAnAgreementAndHelpAfterAFloodIsAid(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // North Korean soldiers or gunners firing on a region of Ukraine are deployed for Russia, Russia named or not
        // (model 0.14.0), with the shelling verbs and the war's places zh/ja/de lacked
        "en; CRITICAL; Ukraine says North Korean gunners shelled Kharkiv region; Ukrainian officials said North Korean artillery crews had fired on villages in the Kharkiv region.",
        "ru; CRITICAL; ВСУ: северокорейские артиллеристы обстреляли Харьковскую область; В ВСУ заявили, что северокорейские военные обстреляли села в Харьковской области.",
        "uk; CRITICAL; ЗСУ: північнокорейські артилеристи обстріляли Харківщину; У ЗСУ заявили, що північнокорейські військові обстріляли села на Харківщині.",
        "ko; CRITICAL; \"북한군, 하르키우 포격\"; 우크라이나군은 북한군 포병이 하르키우 지역 마을을 포격했다고 밝혔다.",
        "zh; CRITICAL; 乌军称朝鲜士兵炮击哈尔科夫州; 乌克兰军方称，朝鲜士兵炮击了哈尔科夫州的村庄。",
        "ja; CRITICAL; 北朝鮮兵がハルキウ州を砲撃; ウクライナ軍は、北朝鮮兵がハルキウ州の村を砲撃したと明らかにした。",
        "de; CRITICAL; Nordkoreanische Soldaten beschießen Region Charkiw; Die ukrainische Armee teilte mit, nordkoreanische Soldaten hätten Dörfer in der Region Charkiw beschossen.",
    })
    void northKoreanGunnersShellingUkraineAreDeployedForRussia(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a weapon's data handed over is its technology also when a preposition stands between them (model 0.14.0)
        "en; CRITICAL; Intelligence: Moscow gave Pyongyang data on missiles; Russia gave North Korea data on missiles for its weapons programme, Seoul's spy agency said.",
        "ru; CRITICAL; Разведка: Россия передала КНДР данные о ракетах; Россия передала Северной Корее данные о ракетах для ее военной программы, сообщила южнокорейская разведка.",
        "uk; CRITICAL; Розвідка: Росія передала КНДР дані про ракети; Росія передала Північній Кореї дані про ракети для її військової програми, повідомила південнокорейська розвідка.",
        "de; CRITICAL; Geheimdienst: Russland gab Nordkorea Daten über Raketen; Russland hat Nordkorea Daten über Raketen für sein Waffenprogramm übergeben, teilte der südkoreanische Geheimdienst mit.",
        "ko; CRITICAL; 국정원 \"러, 북에 미사일 관련 자료 넘겨\"; 국가정보원은 러시아가 북한에 미사일 관련 자료를 넘겼다고 밝혔다.",
    })
    void dataOnMissilesHandedOverIsTheirTechnology(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
