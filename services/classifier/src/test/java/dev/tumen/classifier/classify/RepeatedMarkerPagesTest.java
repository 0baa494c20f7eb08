package dev.tumen.classifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tumen.testkit.Growth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A hostile page repeats a marker the background rules look at ("after North Korea sent", "파병한 뒤") across the
 * classifier's whole 512 KB content cap, with no full stop. 0.21.0's first build took 17-58 s for 320,000 such
 * characters (a scan of the text, the names or the spans for each marker: the square of the page) and would hold a
 * labelling thread that long per page; it takes a fraction of a second now. What is bounded here is how the work grows
 * with the page ({@link Growth}: four times the page, less than eight times the CPU time), not how long it takes: the
 * benchmarks measure speed, and a bound by the clock failed on a busy machine.
 */
class RepeatedMarkerPagesTest {

    private static final Labeller LABELLER = new Labeller();

    @ParameterizedTest
    @ValueSource(strings = {
            "after North Korea sent troops, ",
            ", with North Korea continuing to send shells ",
            "Россия и КНДР после того как КНДР направила войска ",
            "Україна і КНДР після того як КНДР надіслала війська ",
            "Russland und Nordkorea nachdem Nordkorea Truppen schickte ",
            "北朝鮮が兵士を派遣した後、ロシアは ",
            "朝鲜派兵参战后，俄罗斯 ",
            "북한이 파병한 뒤 러시아는 ",
            "Russia condemned North Korea after North Korea sent troops ",
            "North Korea says Russia ",
            "the foreign ministry of North Korea said ",
            "中俄朝会谈之际，",
            "Ukraine and North Korea and Russia and Japan and China ",
            "Украина, КНДР, Россия, Япония, Китай, ",
            "Kim and Putin, who signed a treaty, ",
            "Kim hosted a banquet for Putin after talks ",
            "students began a course in Russia, TASS reported ",
            "Kim hosted Putin ",
            "Путин и Ким после переговоров в Пхеньяне ",
            "КНДР на фоне санкций подписала ",
            "Nordkorea hat trotz Warnungen aus Seoul ",
            "a banquet for them after the talks ",
            "Nordkorea hat seit dem vergangenen Jahr Soldaten geschickt ",
            "since October 2024 since ",
            "while North Korean soldiers fight while the Russian ",
            "Russland und Nordkorea, während nordkoreanische Soldaten kämpfen ",
            "Russia and North Korea in the Sea of Japan, ",
            "КНДР в прошлом месяце отправила в Россию военных ",
            "朝鲜上个月向俄罗斯派遣士兵",
            "When Kim arrived in Moscow, soldiers sent. ",
    })
    void aPageOfOneMarkerRepeatedIsLabelledInTimeInProportionToItsLength(String unit) {
        // 40,000 and 160,000 characters: the square cost 4-14 s at the larger (17-58 s at 320,000), the page itself
        // a fraction of a second.
        Growth.assertInProportion(unit, length -> repeated(unit, length), page -> LABELLER.label("Russia and North Korea", page),
                40_000);
    }

    private static String repeated(String unit, int length) {
        StringBuilder page = new StringBuilder();
        while (page.length() < length) {
            page.append(unit);
        }
        return page.toString();
    }

    /** A digest's headline is read item by item (Labeller.roundupItemsApart): one walk of it, however long it is. */
    @Test
    void aDigestHeadlineOfEndlessItemsIsLabelledInTimeInProportionToItsLength() {
        Growth.assertInProportion("a digest headline", items -> "The week in Asia: " + "Putin warns, Kim tests, ".repeat(items),
                title -> LABELLER.label(title, "Russia and North Korea"), 2_500);
    }

    @Test
    void theSpanIndexAnswersAsAScanOfTheSpansWould() {
        Random random = new Random(21);
        for (int round = 0; round < 200; round++) {
            List<int[]> spans = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                int start = random.nextInt(100);
                spans.add(new int[] {start, start + random.nextInt(30)});
            }
            Labeller.SpanIndex index = new Labeller.SpanIndex(spans);
            for (int q = 0; q < 50; q++) {
                int start = random.nextInt(120);
                int end = start + random.nextInt(20);
                boolean scan = spans.stream().anyMatch(span -> start >= span[0] && end <= span[1]);
                assertEquals(scan, index.covers(start, end), () -> "spans " + spans.stream().map(s -> s[0] + "-" + s[1]).toList()
                        + " asked " + start + "-" + end);
            }
        }
    }
}
