package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.30.0 (session 31, labels), two errors of blind-s31 (scored once before any fix): a later sentence set in
 * another time than the headline event (a bare month: "В июне он договорился … об отправке в Курскую область … саперов"
 * under a security chief's visit in December) or telling a series the event is one of ("similar shipments have been
 * seen repeatedly since 2023, and Russia is believed to use North Korean shells", 同様の, 반복적으로, 类似 … 多次) tells
 * no outcome of the headline event and nothing of what became of its weapons: it was read as the event and rated
 * critical. Guards: what the talks settled, told without another time, stays the outcome (critical).
 */
class OtherTimeAndSeriesTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; HIGH; Шойгу встретился с Ким Чен Ыном в Пхеньяне; Секретарь Совбеза России Сергей Шойгу в среду провел в Пхеньяне переговоры с Ким Чен Ыном о сотрудничестве в сфере безопасности. Стороны обсудили реализацию договора о стратегическом партнерстве. В июне Шойгу договорился с КНДР об отправке в Курскую область тысячи саперов.",
        "en; HIGH; Shoigu meets Kim Jong Un in Pyongyang; Russian Security Council secretary Sergei Shoigu held talks with Kim Jong Un in Pyongyang on Wednesday on security cooperation. The two sides discussed implementing the strategic partnership treaty. In June Shoigu agreed with North Korea to send a thousand sappers to the Kursk region.",
        "ko; HIGH; 쇼이구, 평양서 김정은과 회담; 세르게이 쇼이구 러시아 국가안보회의 서기가 3일 평양에서 김정은 국무위원장과 안보 협력에 관해 회담했다. 양측은 전략적 동반자 조약 이행 방안을 논의했다. 지난 6월 쇼이구는 북한과 쿠르스크에 공병 1000명을 보내기로 합의했다.",
        "de; HIGH; Schoigu trifft Kim Jong Un in Pjöngjang; Der Sekretär des russischen Sicherheitsrats Sergej Schoigu hat am Mittwoch in Pjöngjang mit Kim Jong Un über die Zusammenarbeit in Sicherheitsfragen gesprochen. Beide Seiten berieten über die Umsetzung des Partnerschaftsvertrags. Im Juni hatte Schoigu mit Nordkorea die Entsendung von tausend Pionieren nach Kursk vereinbart.",
        "ja; HIGH; 北朝鮮の貨物船、ロシアに弾薬輸送か; 米研究機関は2日、羅津港で貨物船2隻にコンテナが積み込まれ、ロシアのドゥナイ港に向かったことが衛星画像で確認されたと発表した。研究機関は、中身は砲弾の可能性が高いと分析している。同様の輸送は2023年秋から繰り返し確認されており、ロシアはウクライナでの戦闘に北朝鮮製の砲弾を使用しているとされる。",
        "en; HIGH; North Korean cargo ships may be carrying munitions to Russia; A US research group said on Tuesday satellite images showed containers loaded onto two cargo ships at Rajin that then sailed for Russia's Dunai port. It said the containers most likely held artillery shells. Similar shipments have been seen repeatedly since autumn 2023, and Russia is believed to use North Korean shells in the fighting in Ukraine.",
        "ko; HIGH; 북한 화물선, 러시아로 탄약 운송 정황; 미국 연구기관은 2일 나진항에서 화물선 2척에 컨테이너가 실린 뒤 러시아 두나이항으로 향한 사실이 위성사진으로 확인됐다고 밝혔다. 연구기관은 컨테이너에 포탄이 들어 있을 가능성이 크다고 분석했다. 비슷한 운송은 2023년 가을부터 반복적으로 확인됐으며, 러시아는 우크라이나 전투에 북한제 포탄을 사용하고 있는 것으로 알려졌다.",
        "zh; HIGH; 朝鲜货船疑向俄罗斯运送弹药; 美国研究机构2日说，卫星图像显示，罗津港两艘货船装载集装箱后驶向俄罗斯杜奈港。该机构分析称，集装箱里很可能是炮弹。自2023年秋季以来，类似的运输多次被发现，据信俄罗斯在乌克兰战场上使用了朝鲜制造的炮弹。",
        "en; CRITICAL; Shoigu meets Kim Jong Un in Pyongyang; Russian Security Council secretary Sergei Shoigu held talks with Kim Jong Un in Pyongyang on Wednesday on security cooperation. The two sides discussed implementing the strategic partnership treaty. Kim agreed to send a thousand sappers to the Kursk region, Shoigu said.",
        "ru; CRITICAL; Шойгу встретился с Ким Чен Ыном в Пхеньяне; Секретарь Совбеза России Сергей Шойгу в среду провел в Пхеньяне переговоры с Ким Чен Ыном о сотрудничестве в сфере безопасности. Стороны обсудили реализацию договора о стратегическом партнерстве. Ким Чен Ын согласился направить в Курскую область тысячу саперов, сообщил Шойгу.",
    })
    void aSentenceOfAnotherTimeOrASeriesIsNoOutcome(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
