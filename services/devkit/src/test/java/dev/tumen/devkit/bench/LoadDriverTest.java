package dev.tumen.devkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadDriverTest {
    private static final String TEMPLATE = "Home | World | Sport\n"
            + "icon arrow-downicon arrow-upicon bellicon bookmarkicon calendaricon cameraicon closeicon commenticon copyicon\n"
            + "Headline of the story\n"
            + "The first paragraph of the article says what happened, where and when it happened.\n"
            + "A short second one.\n"
            + "Related: another page's slice, which runs over a line break and goes on\n"
            + "for a while with a much longer line than any paragraph of the article itself, ending in a full stop here.\n";

    @Test
    void theGroupWordRidesInTheArticlesLongestParagraphNotInChromeOrRelatedLines() {
        LoadDriver driver = new LoadDriver(List.of(TEMPLATE), 100);

        String page = driver.page("t", 7);

        assertThat(page).startsWith("Bench page t-7\n");
        assertThat(page).contains("when it happened. The desk filed this report under benchgroup7x.\nA short second one.");
        assertThat(page.indexOf("benchgroup7x")).isLessThan(page.indexOf("Related: "));
        assertThat(page.split("benchgroup", -1)).hasSize(2);
    }

    @Test
    void withoutGroupsThePageIsTheTemplateBehindItsOwnFirstLine() {
        assertThat(new LoadDriver(List.of(TEMPLATE)).page("t", 3)).isEqualTo("Bench page t-3\n" + TEMPLATE);
    }
}
