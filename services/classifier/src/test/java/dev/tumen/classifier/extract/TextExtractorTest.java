package dev.tumen.classifier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextExtractorTest {
    private static final String LEAD = "The harbour authority said on Monday that the new ferry line will open in spring after two years of delays.";
    private static final String SECOND = "Officials expect the service to carry about four hundred passengers a day between the two ports.";

    private final TextExtractor extractor = new TextExtractor();

    private TextExtractor.Result extract(String... lines) {
        return extractor.extract(String.join("\n", lines));
    }

    @Test
    void keepsHeadlineAndArticleParagraphs() {
        TextExtractor.Result r = extract("Ferry line to open in spring", "", LEAD, "", SECOND);
        assertEquals("Ferry line to open in spring", r.title());
        assertEquals(LEAD + "\n\n" + SECOND, r.body());
    }

    @Test
    void readsWindowsAndOldMacLineEndsAsLineBreaks() {
        String page = String.join("\n", "Ferry line to open in spring", "", LEAD, "", SECOND, "", "Related news", "",
                "Council votes to close the old swimming pool", "");
        TextExtractor.Result lf = extractor.extract(page);
        assertEquals(LEAD + "\n\n" + SECOND, lf.body());
        for (String end : new String[] {"\r\n", "\r"}) {
            TextExtractor.Result r = extractor.extract(page.replace("\n", end));
            assertEquals(lf.title(), r.title(), end);
            assertEquals(lf.body(), r.body(), end);
        }
        // a lone \r inside \r\n text is a line break of its own, and a page without any break is one line
        assertEquals(LEAD + "\n\n" + SECOND, extractor.extract("Ferry line to open in spring\r\n" + LEAD + "\r" + SECOND).body());
        assertEquals(LEAD, extractor.extract(LEAD).body());
    }

    @Test
    void aPhotoStoryIsItsCaptionAndTheMostReadBoxGivesNoHeadline() {
        String caption = "Harbour master Ana Costa (left) shows the new ferry to the mayor at the quay on Monday, "
                + "two weeks before the first crossing to the island.";
        TextExtractor.Result r = extract(caption, "Ferry on show", "Posted 2025-03-03 10:20", "", "Most read", "",
                "Council votes to close the old swimming pool", "Council votes to close the old swimming pool", "4 minutes ago",
                "Storm warning for the weekend", "Storm warning for the weekend", "12 minutes ago");
        assertEquals(caption, r.body());
        assertFalse(r.title().contains("swimming pool"), r.title());
    }

    @Test
    void aHeadlineThatRunsOnInLowerCaseIsTheLeadHardWrapped() {
        TextExtractor.Result r = extract("LISBON, 3 March /Agency/. The harbour authority opened the new ferry line",
                "between the two ports on Monday, after two years of delays.", "", SECOND);
        assertEquals("", r.title());
        assertTrue(r.body().startsWith("LISBON, 3 March /Agency/. The harbour authority opened the new ferry line between"), r.body());
    }

    @Test
    void dropsMenuLines() {
        TextExtractor.Result r = extract("Home | World | Politics | Business | Sport | Opinion", "Главная Политика Экономика Мир Общество",
                "홈 정치 경제 사회 국제 북한", "Ferry line to open in spring", LEAD);
        assertEquals("Ferry line to open in spring", r.title());
        assertEquals(LEAD, r.body());
    }

    @Test
    void dropsIconNameSoup() {
        TextExtractor.Result r = extract("icon bookmarkicon cameraicon chevron downicon closeicon searchicon", "Ferry line to open in spring", LEAD);
        assertEquals(LEAD, r.body());
        assertEquals("Ferry line to open in spring", r.title());
    }

    @Test
    void readsDateHeaderAndDropsItsSectionWord() {
        TextExtractor.Result r = extract(" date 2025-03-04 World", "Ferry line to open in spring", LEAD);
        assertEquals(Instant.parse("2025-03-04T00:00:00Z"), r.published());
        assertEquals("Ferry line to open in spring", r.title());
        assertEquals(LEAD, r.body());
    }

    @Test
    void dropsWeatherAndDateHeaders() {
        TextExtractor.Result r = extract("12.5 C", "Friday, March 7, 2025", "Ferry line to open in spring", LEAD);
        assertEquals(LEAD, r.body());
        assertNotNull(r.published());
    }

    @Test
    void dropsBylines() {
        TextExtractor.Result r = extract("Ferry line to open in spring", "  • By Jane Example", LEAD, "by Web Desk");
        assertEquals(LEAD, r.body());
    }

    @Test
    void dropsAdvertisementLines() {
        TextExtractor.Result r = extract("Ferry line to open in spring", LEAD, "- Advertisement -", SECOND);
        assertEquals(LEAD + "\n\n" + SECOND, r.body());
    }

    @Test
    void dropsCookieNotices() {
        TextExtractor.Result r = extract("Ferry line to open in spring", LEAD, "This website uses cookies. Read our privacy policy.", SECOND);
        assertFalse(r.body().contains("cookies"));
    }

    @Test
    void dropsInlineReadMorePromos() {
        TextExtractor.Result r = extract("Ferry line to open in spring", LEAD, "Port strike ends READ MORE: Port strike ends", SECOND);
        assertEquals(LEAD + "\n\n" + SECOND, r.body());
    }

    @Test
    void commentFormEndsTheArticle() {
        TextExtractor.Result r = extract("Ferry line to open in spring", LEAD, "Please enter your comment!", "Please enter your name here", SECOND);
        assertEquals(LEAD, r.body());
    }

    @Test
    void relatedSectionHeaderEndsTheArticleEvenBeforeALongParagraph() {
        String otherStory = "In a separate story a long paragraph follows the related section, and it reports an entirely different event "
                + "in another country with many sentences that look just like article prose. It must not be kept.";
        for (String header : new String[] {"Related Articles", "Popular News", "Top stories", "More Articles", "Latest Articles", "Read more : World"}) {
            TextExtractor.Result r = extract("Ferry line to open in spring", LEAD, "", header, "", "Other outlet", "an hour ago", otherStory);
            assertEquals(LEAD, r.body(), header);
        }
    }

    @Test
    void headlineListWithoutHeaderEndsTheArticle() {
        TextExtractor.Result r = extract("Ferry line to open in spring", LEAD, SECOND, "",
                "Storm closes mountain pass", "", "Storm closes mountain pass", "Bank raises interest rates", "", "Bank raises interest rates");
        assertEquals(LEAD + "\n\n" + SECOND, r.body());
    }

    @Test
    void headlineListWithRelativeTimestampsIsDropped() {
        TextExtractor.Result r = extract("Ferry line to open in spring", LEAD, "", "Storm closes mountain pass", "25 minutes ago",
                "Bank raises interest rates", "an hour ago");
        assertEquals(LEAD, r.body());
    }

    @Test
    void breakingTickerBeforeTheArticleIsDropped() {
        TextExtractor.Result r = extract("Breaking: Bank raises interest rates", "", "Ferry line to open in spring", LEAD);
        assertEquals("Ferry line to open in spring", r.title());
        assertEquals(LEAD, r.body());
    }

    @Test
    void headlinePrintedTwiceIsKeptOnceAsTitle() {
        TextExtractor.Result r = extract("Home > Travel > Europe", "Ferry line to open in spring", "Ferry line to open in spring", LEAD);
        assertEquals("Ferry line to open in spring", r.title());
        assertEquals(LEAD, r.body());
    }

    @Test
    void hardWrappedProseIsJoinedAndEndedByItsSectionHeader() {
        TextExtractor.Result r = extract("Ferry line to open in spring", "the harbour authority said on monday that the new ferry",
                "line will open in spring after two years of delays and", "many complaints from the island towns", "Leave a Reply",
                "Storm closes mountain pass for the whole winter season");
        assertTrue(r.body().startsWith("the harbour authority said"));
        assertFalse(r.body().contains("Storm"));
    }

    @Test
    void aChineseOrJapaneseHeadlineAboveABlankLineIsTheHeadlineButAReportersLineUnderACaptionIsNot() {
        String lead = "图们江下游的新公路桥工地上，起重机和搅拌车正在作业。河道已被填埋至约一半，形成一条运送材料的便道。";
        String second = "据现场公告，该桥预计明年秋季通车。工人们正在浇筑第二个桥墩的基础。";
        TextExtractor.Result zh = extract("边境大桥施工进展", "", lead, "", second);
        assertEquals("边境大桥施工进展", zh.title());
        assertEquals(lead + "\n\n" + second, zh.body());
        TextExtractor.Result ja = extract("川沿いの新しい駅の工事が始まる", "", "川の向こう側で新しい駅の工事が始まった。クレーンが三台立ち、夜も作業が続いている。");
        assertEquals("川沿いの新しい駅の工事が始まる", ja.title());
        TextExtractor.Result captioned = extract("▲新桥工地上的起重机。（资料照／本报）", "", "记者王小明／编译报道", "", lead, "", second);
        assertEquals("", captioned.title());
    }

    @Test
    void aChineseOrJapaneseHeadlineStraightAboveTheFirstParagraphIsTheHeadline() {
        String lead = "图们江下游的新公路桥工地上，起重机和搅拌车正在作业。河道已被填埋至约一半，形成一条运送材料的便道。";
        String second = "据现场公告，该桥预计明年秋季通车。工人们正在浇筑第二个桥墩的基础。";
        TextExtractor.Result zh = extract("边境大桥施工进展", lead, "", second);
        assertEquals("边境大桥施工进展", zh.title());
        assertEquals(lead + "\n\n" + second, zh.body());
        TextExtractor.Result ja = extract("川沿いの新しい駅の工事が始まる", "川の向こう側で新しい駅の工事が始まった。クレーンが三台立ち、夜も作業が続いている。");
        assertEquals("川沿いの新しい駅の工事が始まる", ja.title());
        // A short line over other short lines is a menu or a byline, not the headline.
        TextExtractor.Result menu = extract("首页国际新闻体育财经", "记者王小明编译报道", lead, "", second);
        assertEquals("", menu.title());
    }

    @Test
    void emptyAndJunkPagesGiveEmptyArticles() {
        assertEquals("", extractor.extract("").body());
        assertEquals("", extractor.extract("\u0000\u0001\u0002 \ufffd\ufffd").body());
    }

    @Test
    void takesAMailsSubjectForItsHeadlineAndLeavesItsEnvelopeOut() {
        TextExtractor.Result mail = extract("From: Harbour Authority <press@harbour.example>", "Sent: Wednesday, December 2, 2026 4:12 PM",
                "To: News desk", "Subject: Fwd: Ferry line to open in spring", "", LEAD, "", SECOND);
        assertEquals("Ferry line to open in spring", mail.title());
        assertEquals(LEAD + "\n\n" + SECOND, mail.body());
        TextExtractor.Result ru = extract("От: Пресс-служба порта", "Тема: Паромную линию откроют весной", "Дата: 2 декабря 2026",
                "", LEAD, "", SECOND);
        assertEquals("Паромную линию откроют весной", ru.title());
        // a subject line alone, with no other line of an envelope, is a form's or a table's, and names nothing
        TextExtractor.Result alone = extract("Ferry line to open in spring", "Subject: timetables", "", LEAD, "", SECOND);
        assertEquals("Ferry line to open in spring", alone.title());
    }

    @Test
    void aCalendarsRowsAndASlogansLineOverTheMenuAreNoHeadline() {
        TextExtractor.Result calendar = extract("The Valley Ledger", "Home | News | Sport | Events | Contact", "", "December 2026",
                "M T W T F S S", "1 2 3 4 5 6", "7 8 9 10 11 12 13", "", "Ferry line to open in spring", "", LEAD, "", SECOND);
        assertEquals("Ferry line to open in spring", calendar.title());
        assertEquals(LEAD + "\n\n" + SECOND, calendar.body());
        TextExtractor.Result slogan = extract("Bayside Courier", "Local news from the bay since nineteen twenty-one",
                "Home | Local | Business | Opinion", "", "Ferry line to open in spring", "By Maria Lund | December 2, 2026", "", LEAD,
                "", SECOND);
        assertEquals("Ferry line to open in spring", slogan.title());
        // a byline under the headline is no menu: the headline stays
        TextExtractor.Result byline = extract("Ferry line to open in spring", "By Maria Lund and Tom Keller, harbour reporters",
                "", LEAD, "", SECOND);
        assertEquals("Ferry line to open in spring", byline.title());
    }

    @Test
    void aCaptionsCreditGluedToTheLeadLeavesTheLeadInTheText() {
        // a Korean portal's caption, its credit and the lead on one line: the break between them was lost in copying
        String koLead = "해양수산부 장관과 러시아 교통부 장관이 나진항에서 만나 새 화물 항로 개설에 합의했다.";
        TextExtractor.Result ko = extract("해양수산부 장관(왼쪽)과 러시아 교통부 장관이 2일 나진항에서 악수하고 있다. 연합뉴스" + koLead, "",
                "양측은 내년 봄부터 매주 두 차례 화물선을 운항하기로 했다고 해양수산부가 밝혔다.");
        assertEquals(koLead + "\n\n양측은 내년 봄부터 매주 두 차례 화물선을 운항하기로 했다고 해양수산부가 밝혔다.", ko.body());
        TextExtractor.Result spaced = extract("해양수산부 장관(왼쪽)과 러시아 교통부 장관이 2일 나진항에서 악수하고 있다. AP 연합뉴스 " + koLead);
        assertEquals(koLead, spaced.body());
        TextExtractor.Result en = extract("Ferry line to open in spring", "",
                "The harbour master (left) and the mayor cut the ribbon on Monday. Reuters" + LEAD, "", SECOND);
        assertEquals(LEAD + "\n\n" + SECOND, en.body());
        String ruLead = "Глава порта и мэр города открыли в понедельник новую паромную линию после двух лет задержек.";
        TextExtractor.Result ru = extract("Глава порта (слева) и мэр города перерезают ленточку. ТАСС " + ruLead, "", SECOND);
        assertEquals(ruLead + "\n\n" + SECOND, ru.body());
        // guards: the agency's own sentence after the caption ("연합뉴스는 …", "Reuters reported …"), an acronym that
        // starts like a credit, a caption with no sentence after its credit: the line stays the caption it was
        for (String caption : new String[] {
                "해양수산부 장관(왼쪽)과 러시아 교통부 장관이 2일 나진항에서 악수하고 있다. 연합뉴스는 양측이 새 항로 개설에 합의했다고 전했다.",
                "The harbour master (left) and the mayor cut the ribbon. Reuters reported that the line will open in spring next year.",
                "The harbour master (left) and the mayor cut the ribbon. APEC delegates watched the ceremony from the quay all morning.",
                "해양수산부 장관(왼쪽)과 러시아 교통부 장관이 2일 나진항에서 악수하고 있다. 연합뉴스"}) {
            assertEquals(LEAD + "\n\n" + SECOND, extract(caption, "", LEAD, "", SECOND).body(), caption);
        }
    }

    private static final String HEADLINE = "Ferry line between the two ports to open in spring";

    @Test
    void aMostReadBoxAboveTheStoryGivesWayToTheStorysHeadline() {
        for (String[] box : new String[][] {
                {"Most read", "1. Port workers strike over new shift rules", "2. Heavy snow closes the mountain pass again"},
                {"Самое читаемое", "1. Портовые рабочие бастуют из-за новых смен", "2. Снегопад снова закрыл горный перевал"},
                {"많이 본 뉴스", "1. 항만 노동자들 새 교대 규칙에 파업 돌입", "2. 폭설로 산악 도로 또다시 통제"},
                {"Most read", "Port workers strike over new shift rules", "Heavy snow closes the mountain pass again"},
                // ranked without its header
                {"1) Port workers strike over new shift rules", "2) Heavy snow closes the mountain pass again",
                        "3) Central bank holds its rates steady for now"}}) {
            TextExtractor.Result r = extract(box[0], box[1], box[2], "", HEADLINE, "", LEAD, "", SECOND);
            assertEquals(HEADLINE, r.title(), box[0]);
            assertEquals(LEAD + "\n\n" + SECOND, r.body(), box[0]);
        }
        // the story's own byline under its headline is no headline, though a box stood above
        TextExtractor.Result r = extract("Most read", "Port workers strike over new shift rules", "", HEADLINE, "",
                "Anna Lee, Far East correspondent", "", LEAD, "", SECOND);
        assertEquals(HEADLINE, r.title());
    }

    @Test
    void aPointerToAnotherStoryIsNoTextInAnyLanguage() {
        for (String pointer : new String[] {"Read also: Port workers strike over new shift rules",
                "Дивіться також: Портові робітники страйкують через нові зміни", "Lesen Sie auch: Hafenarbeiter streiken",
                "延伸阅读：港口工人因新排班规定举行罢工", "함께 읽기: 항만 노동자들 새 교대 규칙에 파업 돌입", "3 min read",
                "Listen to this article", "Время чтения: 3 минуты"}) {
            assertEquals(LEAD + "\n\n" + SECOND, extract(HEADLINE, "", LEAD, "", pointer, "", SECOND).body(), pointer);
        }
        // inside a sentence the words are the text's
        String quoted = "The minister spoke at length on a single subject, and the agenda he read out said, in his words, по теме: ports.";
        assertTrue(extract(HEADLINE, "", LEAD, "", quoted, "", SECOND).body().contains(quoted));
    }

    @Test
    void aChineseHeadlineStraightAboveItsLeadUnderTheSitesChromeIsTheHeadline() {
        String lead = "俄罗斯远东地区港口管理部门星期一表示，连接两国港口的新渡轮航线将在明年春季开通，此前已推迟两年。";
        TextExtractor.Result r = extract("远东日报", "首页 | 国际 | 军事 | 财经", "新渡轮航线明年春季开通", lead);
        assertEquals("新渡轮航线明年春季开通", r.title());
        assertEquals(lead, r.body());
    }

    @Test
    void aSloganTakenForTheHeadlineGivesWayToTheLineThatTellsTheLeadsStory() {
        TextExtractor.Result r = extract("The Harbour Times", "Independent reporting from the Far East since 1998", "",
                "Harbour authority confirms new ferry line for spring", "", LEAD, "", SECOND);
        assertEquals("Harbour authority confirms new ferry line for spring", r.title());
        assertEquals(LEAD + "\n\n" + SECOND, r.body());
        // a headline that shares few words with its lead stays when nothing above tells the story better
        TextExtractor.Result kept = extract("A long wait ends at the quay", "", LEAD, "", SECOND);
        assertEquals("A long wait ends at the quay", kept.title());
    }
}
