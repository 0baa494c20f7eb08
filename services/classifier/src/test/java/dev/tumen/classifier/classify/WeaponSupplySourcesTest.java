package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.20.0: the battlefield row's weapons (missiles, shells, launchers, howitzers) supplied between the two are the
 * supply row, without a second list of the same weapons; a satellite that took the picture is the report's source, not
 * space technology; photo exhibitions and aerobatic displays are cultural; a parade is a ceremony, and soldiers taking part
 * in it are guests, not soldiers deployed (taking part in battles is); Red Square is Moscow; carriage of goods is transport.
 * Invented articles, every language the cue lists cover.
 */
class WeaponSupplySourcesTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Seoul says North Korea handed Russia more howitzers; North Korea has handed over another batch of 170 mm howitzers and 240 mm multiple rocket launchers to Russia, South Korea's joint chiefs of staff said on Monday.",
        "ru; HIGH; КНДР передала России новые гаубицы; КНДР передала России очередную партию 170-мм гаубиц и реактивных систем залпового огня, сообщил Генштаб Южной Кореи.",
        "uk; HIGH; КНДР передала Росії нові гаубиці; КНДР передала Росії ще одну партію гаубиць і реактивних систем залпового вогню, повідомив Генштаб Південної Кореї.",
        "ko; HIGH; 합참 \"北, 러시아에 방사포 추가 이전\"; 합동참모본부는 북한이 240㎜ 방사포와 자주포를 러시아에 추가로 이전한 것으로 파악했다고 밝혔다.",
        "zh; HIGH; 韩军称朝鲜向俄罗斯移交更多火箭炮; 韩国联合参谋本部表示，朝鲜又向俄罗斯移交了一批240毫米火箭炮和自行火炮。",
        "ja; HIGH; 北朝鮮、ロシアに自走砲を追加供与; 韓国軍合同参謀本部は、北朝鮮がロシアに170ミリ自走砲と240ミリ多連装ロケット砲を追加で供与したと明らかにした。",
        "de; HIGH; Nordkorea schickt weitere Raketenwerfer nach Russland; Nordkorea hat nach Angaben des südkoreanischen Generalstabs weitere Mehrfachraketenwerfer und Haubitzen nach Russland geschickt.",
    })
    void weaponsSuppliedAreTheSupplyRow(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Satellite images show North Korean tanker taking on Russian fuel; A North Korean tanker took on refined fuel at a Russian Far East port last week in breach of the UN cap, satellite imagery analysed by a think tank shows.",
        "ru; HIGH; Спутниковые снимки: танкер КНДР загрузил российское топливо; Северокорейский танкер загрузил нефтепродукты в российском порту в обход санкций ООН, свидетельствуют спутниковые снимки.",
        "uk; HIGH; Супутникові знімки: танкер КНДР завантажив російське пальне; Північнокорейський танкер завантажив російські нафтопродукти в обхід санкцій ООН, свідчать супутникові знімки.",
        "ko; HIGH; 위성사진 \"北 유조선, 러 항구서 석유 적재\"; 북한 유조선이 러시아 극동 항구에서 유엔 제재를 위반하고 정제유를 실은 모습이 위성사진에 포착됐다.",
        "zh; HIGH; 卫星图像显示朝鲜油轮在俄港口装油; 卫星图像显示，一艘朝鲜油轮违反联合国制裁，在俄罗斯远东港口装载成品油。",
        "ja; HIGH; 衛星画像、北朝鮮タンカーがロシアで給油; 衛星画像によると、北朝鮮のタンカーが国連制裁に違反してロシア極東の港で石油製品を積み込んだ。",
        "de; HIGH; Satellitenbilder zeigen nordkoreanischen Tanker in russischem Hafen; Ein nordkoreanischer Tanker hat nach Satellitenbildern unter Verstoß gegen UN-Sanktionen in einem russischen Hafen Öl geladen.",
    })
    void satelliteImagesAreTheSourceNotTheTechnology(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ja; LOW; ロシア大使館、平壌で戦勝記念の写真展; 在北朝鮮ロシア大使館は平壌で戦勝80年を記念する写真展を開き、北朝鮮の当局者らが訪れた。北朝鮮はロシアに兵士を派遣しており、両国の軍事協力が深まっている。",
        "zh; LOW; 俄驻朝使馆举办胜利纪念摄影展; 俄罗斯驻朝鲜大使馆在平壤举办卫国战争胜利八十周年摄影展，朝鲜官员出席开幕式。",
        "en; LOW; Russian embassy opens photo exhibition in Pyongyang; The Russian embassy in Pyongyang opened a photo exhibition on the liberation of Korea, attended by North Korean officials.",
        "ru; LOW; В Пхеньяне открылась фотовыставка о России; В Пхеньяне при участии посольства России открылась фотовыставка, посвящённая российско-корейской дружбе.",
        "en; LOW; North Korean officers watch Russian Navy Day parade; A delegation of North Korean naval officers watched Russia's Navy Day parade in St Petersburg as guests of the Russian navy.",
        "ko; LOW; 북한 군 대표단, 러시아 해군절 열병식 참관; 북한 해군 대표단이 상트페테르부르크에서 열린 러시아 해군절 열병식을 참관했다.",
        "ru; LOW; Военные КНДР прошли по Красной площади; Военнослужащие Корейской народной армии приняли участие в параде Победы на Красной площади, парад принимал президент России.",
        "en; LOW; North Korean soldiers march in Victory Day parade; A column of North Korean soldiers took part in the Victory Day parade on Red Square on Friday, watched by President Vladimir Putin.",
        "ko; LOW; 김정은, 러시아 곡예비행단 시범 관람; 김정은 국무위원장이 원산에서 러시아 공군 곡예비행단의 시범비행을 관람했으며 러시아 국방성 대표단도 함께 관람했다.",
        "en; CRITICAL; North Korean soldiers took part in battles for Kursk, Seoul says; North Korean soldiers took part in the battles to retake Russia's Kursk region, South Korea's spy agency told lawmakers.",
        "ru; CRITICAL; Военные КНДР приняли участие в боях под Курском; Военнослужащие КНДР приняли участие в боях за Курскую область, сообщила разведка Южной Кореи.",
    })
    void exhibitionsAndParadesAreCeremonial(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "uk; MEDIUM; Росія та КНДР підписали угоду про перевезення вантажів; Росія та КНДР підписали міжурядову угоду про міжнародні автомобільні перевезення вантажів, повідомило міністерство транспорту РФ.",
        "ru; MEDIUM; Россия и КНДР подписали соглашение о грузоперевозках; Россия и КНДР подписали межправительственное соглашение о международных автомобильных перевозках грузов.",
    })
    void carriageIsTransport(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
