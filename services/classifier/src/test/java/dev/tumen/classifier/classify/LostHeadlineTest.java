package dev.tumen.classifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page whose headline was lost (an author box, a menu or a calendar widget taken as the title, or an e-mail-style
 * page): its story starts at the first line that names a side, when that line names both and the lines above it name
 * nobody but outlets. Invented pages; "|" separates lines.
 */
class LostHeadlineTest {
    private static final Labeller LABELLER = new Labeller();

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = ';', value = {
        "en; About the Author; MEDIUM; Jane Doe is a correspondent for Example News. She previously worked at Reuters and the BBC.|Russian region to hire 2,000 North Korean construction workers|A Russian region plans to bring in thousands of North Korean workers for its building sites, an official said on Thursday.|The official cited labour shortages.",
        "ru; Об авторе; MEDIUM; Иван Иванов, обозреватель издания. Ранее работал в ТАСС и РИА Новости.|Российский регион наймет две тысячи рабочих из КНДР|Власти российского региона планируют нанять рабочих из КНДР для строительства жилья, сообщил чиновник.|Он сослался на нехватку кадров.",
        "ko; 기자 소개; MEDIUM; 홍길동 기자는 경제부 소속이다. 이전에는 연합뉴스에서 일했다.|러시아 지방정부, 북한 노동자 2천명 고용 추진|러시아의 한 지방정부가 건설 현장에 북한 노동자 수천 명을 고용할 계획이라고 관리가 밝혔다.|그는 인력 부족을 이유로 들었다.",
        "en; Monday 12 May; HIGH; Subscribe to our newsletter for the latest news.|Putin and Kim Jong Un meet for summit in Vladivostok|Russian President Vladimir Putin and North Korean leader Kim Jong Un held a summit in Vladivostok on Monday.",
    })
    void storyStartsAtItsFirstTwoSidedLine(String lang, String title, Severity expected, String lines) {
        Label l = LABELLER.label(title, lines.replace("|", "\n\n"));
        assertTrue(l.relevant(), () -> lang + ": " + l.relevance());
        assertEquals(expected, l.severity(), () -> lang + ": " + l.basis());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // the first line naming a side is one-sided: a North Korea-only story that recalls Russia once further down
        "en; About the Author; The visit was the latest in a series of trips by the North Korean leader to arms factories.|Kim Jong Un urged workers to raise output of tactical missiles, state media said.|The United States has accused North Korea of supplying weapons to Russia.|Pyongyang denies it.",
    })
    void aOneSidedStoryStaysOneSided(String lang, String title, String lines) {
        Label l = LABELLER.label(title, lines.replace("|", "\n\n"));
        assertFalse(l.relevant(), () -> lang + ": " + l.relevance() + " " + l.evidence());
    }
}
