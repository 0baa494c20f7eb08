package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.43.3 to 0.43.5 (session 43, labels): three classes of blind-s44's errors (its README), written as invented
 * articles in the languages each class covers; the expected label is a severity or "none". Counted on the version before
 * each fix.
 */
class BlindS44ClassesTest {

    /**
     * An agreement between the two on a civil subject (b44-zh-01: a visa-free agreement for official passports, read high
     * by the body's summit sentence): visas, consular affairs, legal assistance (cue group treaty_civil) signed between the
     * two are a diplomatic agreement of the medium row (severity.tsv), so a headline and lead telling one name a kind of
     * event and the body's background no longer decides. The guards: a visa agreement signed at a summit stays the summit,
     * the 2024 treaty ratified stays high, a greeting recalling a consular agreement stays low. On 0.43.2, 4 of these 12
     * read otherwise (ko, zh, ja, de high; en, ru, uk read medium by other words of their leads).
     */
    @TestFactory
    Stream<DynamicTest> anAgreementOnACivilSubjectSigned() {
        return table(
            row("en", "medium", "Russia and North Korea sign visa-free travel agreement for official passports",
                    "North Korea's vice foreign minister and Russia's ambassador signed an agreement in Pyongyang on Thursday waiving visas for holders of official passports. Kim Jong Un and Vladimir Putin met in Vladivostok in September."),
            row("ru", "medium", "Россия и КНДР подписали соглашение о безвизовых поездках по служебным паспортам",
                    "Заместитель министра иностранных дел КНДР и посол России подписали в Пхеньяне соглашение о взаимной отмене визовых требований для владельцев служебных паспортов. В сентябре Путин и Ким Чен Ын провели переговоры во Владивостоке."),
            row("uk", "medium", "Росія і КНДР підписали угоду про безвізові поїздки за службовими паспортами",
                    "Заступник міністра закордонних справ КНДР і посол Росії підписали в Пхеньяні угоду про скасування візових вимог для власників службових паспортів. У вересні Путін і Кім Чен Ин провели переговори у Владивостоці."),
            row("ko", "medium", "북러, 공무여권 소지자 비자 면제 협정 서명",
                    "북한 외무성 부상과 주북 러시아 대사가 평양에서 공무여권 소지자의 비자를 면제하는 협정에 서명했다. 김정은 위원장과 푸틴 대통령은 지난 9월 블라디보스토크에서 정상회담을 했다."),
            row("zh", "medium", "朝俄签署公务普通护照互免签证协定",
                    "朝鲜外务省副相与俄罗斯驻朝鲜大使在平壤签署了两国政府关于互免持公务普通护照人员签证的协定。今年9月，金正恩在符拉迪沃斯托克同普京举行会晤。"),
            row("ja", "medium", "ロ朝、公用旅券のビザ免除協定に署名",
                    "北朝鮮の外務次官とロシアの駐北朝鮮大使が平壌で、公用旅券所持者のビザを相互に免除する協定に署名した。金正恩総書記とプーチン大統領は9月にウラジオストクで首脳会談を行った。"),
            row("de", "medium", "Russland und Nordkorea unterzeichnen Abkommen über Visafreiheit für Dienstpässe",
                    "Nordkoreas Vizeaußenminister und der russische Botschafter haben in Pjöngjang ein Abkommen über die gegenseitige Visafreiheit für Inhaber von Dienstpässen unterzeichnet. Kim Jong Un und Wladimir Putin hatten sich im September in Wladiwostok getroffen."),
            row("en", "medium", "Russia and North Korea sign treaty on mutual legal assistance in criminal matters",
                    "Russia's justice minister and North Korea's prosecutor general signed a treaty on mutual legal assistance in criminal matters in Moscow on Tuesday. The two countries' leaders held a summit in Pyongyang last year."),
            row("ru", "medium", "Россия и КНДР подписали консульскую конвенцию",
                    "Министры иностранных дел России и КНДР подписали в Москве соглашение о консульских учреждениях в Находке и Чхонджине. Ранее Путин и Ким Чен Ын встречались на космодроме Восточный."),
            row("en", "high", "Putin and Kim sign visa agreement at Pyongyang summit",
                    "Vladimir Putin and Kim Jong Un held a summit in Pyongyang on Wednesday and signed an agreement on visa-free travel for official passports."),
            row("en", "high", "Russia's parliament ratifies treaty with North Korea",
                    "Russia's State Duma ratified the Comprehensive Strategic Partnership Treaty with North Korea, which includes a mutual-defence clause."),
            row("en", "low", "Kim sends greetings to Putin on Russia Day",
                    "Kim Jong Un sent a message of greetings to Vladimir Putin on Russia Day, recalling the consular agreement signed last year.")
        );
    }

    /**
     * Model 0.43.4: cargo whose origin is disguised between the two (b44-ko-02: North Korean coal relabelled "러시아산" in a
     * Russian port, read medium as trade): relabelled, passed off as, disguised as, false certificates of origin, 둔갑,
     * 원산지 세탁, выдавали за российский, 冒充, 偽って, umdeklariert are smuggling (cues.tsv smuggle), so with cargo goods and
     * both sides the sanctions-evasion row fires. The guards: coal exports in customs figures stay trade, a third country
     * passing off North Korean goods as its own is not relevant, workers come "под видом студентов" stay labour. On
     * 0.43.3, 8 of these 11 read otherwise (every relabelling, medium); seafood passed off is left (no cargo word; fixed in
     * 0.45.2, BlindS45LeftClassesTest).
     */
    @TestFactory
    Stream<DynamicTest> cargoWhoseOriginIsDisguised() {
        return table(
            row("en", "high", "North Korean coal relabelled as Russian at Far East port, monitors say",
                    "North Korean coal unloaded at a Russian port near Nakhodka was relabelled as Russian and shipped on to Southeast Asia, a sanctions monitoring team said on Thursday."),
            row("en", "high", "Russian traders pass off North Korean coal as their own",
                    "Russian trading firms passed off North Korean anthracite as Russian coal using false certificates of origin, a South Korean customs report said."),
            row("ru", "high", "Северокорейский уголь выдавали за российский в порту Находки",
                    "Северокорейский уголь, выгруженный в порту под Находкой, выдавали за российский и переправляли в Юго-Восточную Азию по поддельным сертификатам, говорится в докладе группы мониторинга санкций."),
            row("uk", "high", "Північнокорейське вугілля видавали за російське в порту Находки",
                    "Північнокорейське вугілля, вивантажене в порту біля Находки, видавали за російське за підробними сертифікатами і відправляли до Південно-Східної Азії, йдеться у звіті групи моніторингу санкцій."),
            row("ko", "high", "북한산 석탄, 러시아 항구서 '러시아산'으로 둔갑",
                    "북한산 석탄이 러시아 나홋카 인근 항구에서 러시아산으로 서류를 바꿔 제3국으로 수출되고 있다는 분석이 나왔다."),
            row("zh", "high", "朝鲜煤炭在俄远东港口冒充俄罗斯煤炭出口",
                    "多边制裁监测小组报告称，朝鲜煤炭在俄罗斯纳霍德卡附近港口卸货后冒充俄罗斯煤炭转运至东南亚。"),
            row("ja", "high", "北朝鮮産石炭、ロシアの港でロシア産と偽り輸出か",
                    "北朝鮮産の石炭がロシア極東ナホトカ近くの港で荷揚げされ、ロシア産と偽って東南アジアに輸出されていたと多国間制裁監視チームが報告した。"),
            row("de", "high", "Nordkoreanische Kohle in russischem Hafen umdeklariert",
                    "Nordkoreanische Kohle ist in einem russischen Hafen bei Nachodka umdeklariert und als russische Kohle nach Südostasien verschifft worden, berichtet ein Sanktionsüberwachungsteam."),
            row("en", "medium", "Russia's coal exports to North Korea rise by a third",
                    "Russian coal shipments to North Korea rose by a third in the first nine months of the year, Russian customs data show."),
            row("en", "none", "Chinese traders pass off North Korean seafood as Chinese, report says",
                    "Chinese traders passed off North Korean crab as Chinese catch using false certificates of origin, a report by a Seoul think tank said."),
            row("ru", "medium", "В Приморье приехали северокорейские рабочие под видом студентов",
                    "В Приморье прибыли около 300 граждан КНДР, которые будут работать на стройках по студенческим визам, сообщили в краевом министерстве.")
        );
    }

    /**
     * Model 0.43.5: a hold placed in a UN sanctions committee to shield the other (b44-ja-01: Russia's 「保留」 on four
     * ships' designation in the 1718 committee, read medium as trade by the ships' coal and oil): a hold, 보류, 保留,
     * блокировала, blockierte (cue group committee_hold) in a sentence naming a committee, the sanctions and both sides is
     * the shielding row. The guards: a hold on a committee's unrelated procedural matter (no sanctions named) and a trade
     * project put on hold under the sanctions (no committee), 보류 of a project and 保留意见 in trade talks keep the row
     * their words give. On 0.43.4, 7 of these 11 read otherwise (every hold, medium); no guard did.
     */
    @TestFactory
    Stream<DynamicTest> aHoldInASanctionsCommittee() {
        return table(
            row("en", "high", "Russia places hold on UN listing of North Korean trading firms",
                    "Russia placed a hold in the UN Security Council's North Korea sanctions committee on a proposal to designate two North Korean trading firms and their representative in Vladivostok, diplomats said on Tuesday."),
            row("ru", "high", "Россия заблокировала в комитете ООН санкции против компаний КНДР",
                    "Россия заблокировала в санкционном комитете СБ ООН по КНДР предложение внести в список две северокорейские торговые компании и их представителя во Владивостоке, сообщили дипломаты."),
            row("uk", "high", "Росія заблокувала в комітеті ООН санкції проти компаній КНДР",
                    "Росія заблокувала в санкційному комітеті Ради Безпеки ООН щодо КНДР пропозицію внести до списку дві північнокорейські торговельні компанії та їхнього представника у Владивостоці, повідомили дипломати."),
            row("ko", "high", "러시아, 유엔 대북제재위서 북한 무역회사 제재 지정 '보류'",
                    "러시아가 유엔 안보리 대북제재위원회에서 북한 무역회사 2곳과 블라디보스토크 주재 대표를 제재 대상으로 지정하자는 제안에 보류를 걸었다고 외교 소식통이 밝혔다."),
            row("zh", "high", "俄罗斯在联合国对朝制裁委员会对朝鲜贸易公司列名提出保留",
                    "外交人士称，俄罗斯在联合国安理会对朝鲜制裁委员会对将两家朝鲜贸易公司及其驻符拉迪沃斯托克代表列入制裁名单的提案提出保留。"),
            row("ja", "high", "ロシア、国連北朝鮮制裁委で貿易会社の指定に「保留」",
                    "国連安全保障理事会の北朝鮮制裁委員会で、北朝鮮の貿易会社2社とウラジオストク駐在の代表を制裁対象に指定する提案がロシアの保留で採択されなかったと外交筋が明らかにした。"),
            row("de", "high", "Russland blockiert im UN-Sanktionsausschuss Listung nordkoreanischer Handelsfirmen",
                    "Russland hat im Nordkorea-Sanktionsausschuss des UN-Sicherheitsrats die Aufnahme von zwei nordkoreanischen Handelsfirmen und ihrem Vertreter in Wladiwostok auf die Sanktionsliste blockiert, sagten Diplomaten."),
            row("en", "medium", "Rason port project with Russia put on hold over sanctions",
                    "A Russian company put on hold its project to expand a coal terminal at North Korea's Rason port because of the sanctions, the company said on Monday."),
            row("ko", "medium", "러시아 기업, 제재 탓에 나선항 석탄부두 사업 보류",
                    "러시아 기업이 대북 제재 때문에 북한 나선항 석탄부두 확장 사업을 보류했다고 월요일 밝혔다."),
            row("zh", "medium", "朝俄签署贸易协定 双方对关税条款保留意见",
                    "朝鲜和俄罗斯周二在平壤签署贸易协定，双方对部分关税条款保留意见，将在下次会议上继续协商。"),
            row("en", "none", "Russia places hold on UN committee's budget report",
                    "Russia placed a hold on the UN budget committee's annual report on peacekeeping costs, delaying its adoption by a week, diplomats said.")
        );
    }
}
