package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.26.0, left from session 25 (wire-s24's s24-p037): a feature about North Korean workers who vanished from
 * Russian building sites tells in its body that they were incorporated into the Russian army's engineer units. The
 * settled case makes North Koreans serving with Russia's forces personnel deployed (critical), also when they first
 * came as workers, so what became of the headline's workers, told in the body, rates the story. Invented articles
 * (headline; lead and body).
 */
class WorkersIncorporatedIntoTheArmyTest {
    /** en, ru, uk and de failed before (medium: the workers' labour). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; North Korean workers vanish from Russian building sites; A block of flats going up outside Vladivostok. Until last year dozens of North Korean workers built it. The site manager said they all left one day in spring. According to a Russian defence ministry official, many of these North Korean workers were incorporated into the Russian army's engineer units and moved to the front near Donetsk.",
        "ru; CRITICAL; Куда исчезли рабочие из КНДР со строек Владивостока; Многоэтажка на окраине Владивостока. Еще в прошлом году ее строили десятки рабочих из КНДР. Прораб рассказал, что весной они все разом уехали. По словам чиновника Минобороны России, многие рабочие из КНДР зачислены в российские инженерные части и переброшены под Донецк.",
        "uk; CRITICAL; Куди зникли робітники з КНДР з будов Владивостока; Багатоповерхівка на околиці Владивостока. Ще торік її будували десятки робітників з КНДР. Виконроб розповів, що навесні вони всі разом поїхали. За словами посадовця Міноборони Росії, багатьох робітників з КНДР зараховано до російських інженерних частин і перекинуто під Донецьк.",
        "ko; CRITICAL; 블라디보스토크 건설 현장의 북한 노동자들, 어디로 사라졌나; 블라디보스토크 외곽의 아파트 건설 현장. 지난해까지만 해도 이곳에서는 북한 노동자 수십 명이 일했다. 현장 관리인은 올봄 모두 떠났다고 말했다. 러시아 국방부 관계자에 따르면 북한 노동자 상당수가 러시아군 공병부대에 편입돼 도네츠크 전선으로 이동했다.",
        "zh; CRITICAL; 海参崴工地上的朝鲜工人去哪儿了; 海参崴郊外的一处住宅工地。直到去年，这里还有几十名朝鲜工人。工地负责人说，今年春天他们突然全部离开了。据俄罗斯国防部一名官员称，许多朝鲜工人已被编入俄军工兵部队，调往顿涅茨克前线。",
        "ja; CRITICAL; ウラジオストクの工事現場の北朝鮮労働者はどこへ消えたのか; ウラジオストク郊外の集合住宅の工事現場。昨年までは数十人の北朝鮮労働者が働いていた。現場監督は、今春ある日突然全員がいなくなったと話した。ロシア国防省の関係者によると、北朝鮮労働者の多くはロシア軍部隊に編入され、ドネツク前線に移動した。",
        "de; CRITICAL; Nordkoreanische Arbeiter verschwinden von russischen Baustellen; Ein Wohnblock am Stadtrand von Wladiwostok. Bis zum vergangenen Jahr arbeiteten hier Dutzende nordkoreanische Arbeiter. Der Bauleiter sagte, im Frühjahr seien alle plötzlich abgereist. Nach Angaben eines Beamten des russischen Verteidigungsministeriums wurden viele der nordkoreanischen Arbeiter in die russische Armee eingegliedert und an die Front bei Donezk verlegt.",
    })
    void workersIncorporatedIntoRussiasForcesArePersonnelDeployed(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    /** Workers alone are no referent: a labour story's later sentence about the ban and weapons programmes stays background. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; Thousands of North Korean workers arrive at Russian building sites; Thousands of North Korean workers arrived at Russian building sites last year despite the UN ban, border data show. Most entered on student visas. A 2017 UN resolution required all countries to send North Korean workers home to cut off a source of hard currency for Pyongyang's weapons programmes.",
    })
    void aLabourStorysLaterSentencesStayItsBackground(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }
}
