package dev.tumen.classifier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private static final Extractor EXTRACTOR = new Extractor();

    private static final String P1 = "The two governments signed an agreement on Tuesday to reopen the rail bridge across the river, "
            + "officials in both capitals said.";
    private static final String P2 = "Freight trains are expected to resume in the spring, carrying coal and fertiliser in one "
            + "direction and machinery in the other.";
    private static final String P3 = "Analysts said the deal mattered less for its cargo than for what it signals about the "
            + "relationship between the two neighbours.";

    @Test
    void brBrIsAParagraphBreakAndALoneDateOpeningTheLinesIsTheDateline() {
        String html = "<html><head><title>Ferry timetable</title></head><body><div id=\"nav\"><a href=\"/\">Home</a></div>"
                + "<div class=\"story\"><font size=\"2\">24/02/2025<br>" + P1 + "<br>" + P2 + "<br><br>\n<br>" + P3
                + "<br><br><a href=\"/news\">&laquo; Back to News</a></font></div></body></html>";
        assertEquals(P1 + "\n" + P2 + "\n\n" + P3, body(html));
    }

    @Test
    void tenToTheFiveNestedBoxesKeepTheirParagraphsApartAndNoneIsLost() {
        // a page that never closes its boxes: the walk is a loop (no stack overflow), and boxes past the nesting cap
        // still break paragraphs (they were once read as one run of text, and the paragraphs above them lost)
        int depth = 100_000;
        StringBuilder html = new StringBuilder("<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1>"
                + "<div class=\"text\"><p>" + P1 + "</p>");
        html.append("<div>".repeat(depth)).append("<p>").append(P2).append("</p><p>").append(P3).append("</p>")
                .append("</div>".repeat(depth)).append("</div></body></html>");
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(html.toString()));
    }

    @Test
    void aBoxNamedForTimeIsContentWhenItHoldsADurationAndFurnitureWhenADateOrAReadingTime() {
        String html = "<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>"
                + "<div class=\"entry-content\"><div class=\"post-time\">Posted 12.03.2026 10:14</div>"
                + "<div class=\"reading-time\">4 min read</div><p>" + P1 + "</p><p>" + P2 + "</p><div class=\"crossing-time\">"
                + "<span>Crossing time</span> <span>45 minutes</span></div><p>" + P3 + "</p></div></article></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\nCrossing time 45 minutes\n\n" + P3, body(html));
    }

    @Test
    void aForumSignatureAfterItsRuleIsNotThePost() {
        assertEquals(P1 + "\n\n" + P2, body("<html><head><title>Ferry timetable</title></head><body><table><tr><td>Member"
                + " since 2012</td><td><div id=\"post_message_1\">" + P1 + "<br><br>" + P2 + "<br>--<br>Sent from my harbour"
                + " office</div></td></tr></table></body></html>"));
    }

    @Test
    void aDialogHoldingTheHeadlineIsTheArticleViewerAndANewsletterDialogIsNot() {
        String viewer = "<html><head><title>Rail bridge to reopen in spring</title></head><body>"
                + "<div class=\"side\"><p>" + P3 + " " + P3 + "</p></div>"
                + "<div class=\"modal\" role=\"dialog\"><h1>Rail bridge to reopen in spring</h1><div><p>" + P1 + "</p><p>" + P2
                + "</p></div></div></body></html>";
        assertEquals(P1 + "\n\n" + P2, body(viewer));
        String newsletter = "<html><head><title>Rail bridge to reopen in spring</title></head><body><article>"
                + "<h1>Rail bridge to reopen in spring</h1><p>" + P1 + "</p></article>"
                + "<div class=\"modal\" role=\"dialog\"><h2>Our newsletter</h2><p>" + P2 + " " + P3 + "</p></div></body></html>";
        assertEquals(P1, body(newsletter));
    }

    private static String body(String html) {
        return EXTRACTOR.extract(html, "text/html", "https://example.org/a").body();
    }

    @Test
    void sentenceEndsOfScriptsWithoutALatinFullStop() {
        assertTrue(HtmlExtractor.hasSentenceEnd("اس منصوبے پر کام اگلے مہینے شروع ہوگا۔"), "Urdu");
        assertTrue(HtmlExtractor.hasSentenceEnd("ตลาดน้ำริมคลองเปิดให้บริการรอบกลางคืนเป็นครั้งแรก"), "Thai writes none");
        assertFalse(HtmlExtractor.hasSentenceEnd("ข่าวที่เกี่ยวข้อง"), "a short Thai heading");
        assertFalse(HtmlExtractor.hasSentenceEnd("Related stories from the valley"));
    }

    @Test
    void keepsParagraphsAndDropsFurnitureInsideTheArticle() {
        String html = "<html><head><title>Bridge deal | Example News</title>"
                + "<meta property=\"og:title\" content=\"Rail bridge to reopen\">"
                + "</head><body>"
                + "<div class=\"cookie-banner\"><p>We use cookies to improve your experience. By continuing you accept our policy.</p></div>"
                + "<header><nav><a href=\"/\">Home</a><a href=\"/world\">World</a></nav></header>"
                + "<main><article><h1>Rail bridge to reopen</h1>"
                + "<div class=\"byline\">By Jane Doe</div><time datetime=\"2025-02-03T10:00:00+09:00\">3 February</time>"
                + "<div class=\"share-bar\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> <a href=\"#\">Email</a></div>"
                + "<figure><img src=\"x.jpg\"><figcaption>The bridge seen from the north bank in 2019.</figcaption></figure>"
                + "<div itemprop=\"articleBody\"><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<p class=\"read-more\">Read more: <a href=\"/other\">Port traffic doubles as new terminal opens</a></p>"
                + "<div class=\"newsletter-signup\"><p>Subscribe to our newsletter for the day's top stories, delivered every morning.</p></div>"
                + "<p>" + P3 + "</p></div>"
                + "</article>"
                + "<section class=\"comments\"><p>I have been waiting for this bridge to reopen for years and years, and I am sure many others have too, it is great news.</p>"
                + "<p>This is nothing but propaganda from both sides, the bridge will never carry anything of importance to anyone, mark my words.</p></section>"
                + "</main><footer><p>© 2025 Example News. All rights reserved.</p></footer></body></html>";
        Article a = EXTRACTOR.extract(html, "text/html", "https://example.org/bridge");
        assertEquals("Rail bridge to reopen", a.title());
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, a.body());
        assertEquals(Instant.parse("2025-02-03T01:00:00Z"), a.published());
        assertEquals("en", a.lang());
    }

    @Test
    void readsTheStoryInADeclarativeShadowRootAsVisibleText() {
        String html = "<html><head><title>Rail bridge to reopen</title></head><body>"
                + "<news-story><template shadowrootmode=\"open\"><article><p>" + P1 + "</p><p>" + P2 + "</p></article></template></news-story>"
                + "<footer><p>Example News, stories from the border since 1998.</p></footer></body></html>";
        assertEquals(P1 + "\n\n" + P2, EXTRACTOR.extract(html, "text/html", "https://example.org/b").body());
        // read by the first pass, not only by the lenient one that also reads ordinary templates
        String page = "<body><news-story><template shadowrootmode=\"open\"><p>" + P1 + "</p></template></news-story>"
                + "<template id=\"row\"><p>" + P2 + "</p></template></body>";
        DomBlocks d = DomBlocks.of(org.jsoup.Jsoup.parse(page).body());
        assertEquals(1, d.blocks.size());
        assertEquals(P1, d.blocks.get(0).text);
    }

    @Test
    void readsAnIframeSrcdocWhenThePageShowsNothingElse() {
        String doc = "<p>" + P1 + "</p><p>" + P2 + "</p>";
        String html = "<html><head><title>Rail bridge to reopen</title></head><body><iframe srcdoc=\""
                + doc.replace("<", "&lt;").replace(">", "&gt;") + "\"></iframe></body></html>";
        assertEquals(P1 + "\n\n" + P2, EXTRACTOR.extract(html, "text/html", "https://example.org/b").body());
    }

    @Test
    void aStoryWrappedWholeInItsLinkStillGivesItsText() {
        // a card layout: the only text is inside a link, which every other rung leaves out as a link list
        String html = "<html><head><title>Rail bridge to reopen</title></head><body>"
                + "<a class=\"card\" href=\"/story/1\"><div class=\"card-body\"><p>" + P1 + "</p></div></a></body></html>";
        assertEquals(P1, EXTRACTOR.extract(html, "text/html", "https://example.org/b").body());
    }

    @Test
    void aTieForTheMainTextGoesToTheEarlierElementOnEveryRun() {
        // two columns with exactly as much prose: which one holds the main text once depended on identity hash codes
        String html = "<html><body><div id=\"first\"><p>" + P1 + "</p><p>" + P2 + "</p></div>"
                + "<div id=\"second\"><p>" + P2 + "</p><p>" + P1 + "</p></div></body></html>";
        for (int run = 0; run < 50; run++) {
            DomBlocks d = DomBlocks.of(org.jsoup.Jsoup.parse(html).body());
            new HtmlExtractor().choose(d);
            assertTrue(d.span(d.blocks.get(0).owner.parent()).mainText, "run " + run);
            assertFalse(d.span(d.blocks.get(2).owner.parent()).mainText, "run " + run);
        }
    }

    @Test
    void jsonLdGraphGivesHeadlineAndDate() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Example\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Bridge deal signed\",\"datePublished\":\"2025-02-03\"}]}</script>"
                + "<link rel=\"canonical\" href=\"/news/bridge\"></head>"
                + "<body><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p></div></body></html>";
        Article a = EXTRACTOR.extract(html, "text/html", "https://example.org/news/bridge?utm_source=x");
        assertEquals("Bridge deal signed", a.title());
        assertEquals(Instant.parse("2025-02-03T00:00:00Z"), a.published());
        assertEquals("https://example.org/news/bridge", a.canonicalUrl());
        assertEquals(P1 + "\n\n" + P2, a.body());
    }

    @Test
    void relatedBoxMidArticleIsSkippedButTheArticleGoesOn() {
        String html = "<html><body><div class=\"content\"><p>" + P1 + "</p>"
                + "<div class=\"box\"><h3>Related articles</h3><p>Ferry line between the two ports to open next summer, officials say in a statement.</p></div>"
                + "<p>" + P2 + "</p><p>" + P3 + "</p></div></body></html>";
        Article a = EXTRACTOR.extract(html, "text/html", null);
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, a.body());
    }

    @Test
    void longestProseIsNotTakenFromTheCommentThread() {
        String comment = "<p>Honestly this is the most important thing that has happened in the region for a decade, and nobody "
                + "seems to understand what it means for ordinary people living on both sides of the river.</p>";
        String html = "<html><body><div id=\"main\"><div class=\"post\"><p>" + P1 + "</p><p>" + P2 + "</p></div>"
                + "<div id=\"comments\">" + comment.repeat(6) + "</div></div></body></html>";
        Article a = EXTRACTOR.extract(html, "text/html", null);
        assertEquals(P1 + "\n\n" + P2, a.body());
    }

    @Test
    void russianAndKoreanPagesWorkAsEnglishOnesDo() {
        String ru = "<html lang=\"ru\"><body><nav><a href=\"/\">Главная</a> <a href=\"/news\">Новости</a></nav>"
                + "<article><h1>Мост через Туманную откроют весной</h1>"
                + "<p>Россия и КНДР договорились во вторник возобновить движение по железнодорожному мосту через реку Туманная, сообщили в министерстве.</p>"
                + "<p>Грузовые поезда начнут ходить весной: уголь и удобрения в одну сторону, техника в другую, уточнили в ведомстве.</p>"
                + "<p>Читайте также: <a href=\"/x\">Порт Расон удвоил грузооборот</a></p></article>"
                + "<div class=\"related\"><h2>Похожие новости</h2><p><a href=\"/y\">Паромное сообщение откроется летом</a></p></div></body></html>";
        Article r = EXTRACTOR.extract(ru, "text/html", null);
        assertEquals("ru", r.lang());
        assertEquals("Мост через Туманную откроют весной", r.title());
        assertTrue(r.body().startsWith("Россия и КНДР договорились"));
        assertTrue(r.body().contains("\n\nГрузовые поезда"));
        assertFalse(r.body().contains("Читайте также"));
        assertFalse(r.body().contains("Паромное"));

        String ko = "<html lang=\"ko\"><body><div class=\"article_body\">"
                + "<p>러시아와 북한은 화요일 두만강을 가로지르는 철교 운행을 재개하기로 합의했다고 양국 관계자들이 밝혔다.</p>"
                + "<p>화물 열차는 봄부터 석탄과 비료를 한쪽으로, 기계류를 다른 쪽으로 실어 나를 예정이다.</p>"
                + "<div class=\"byline\">홍길동 기자</div></div>"
                + "<div class=\"popular\"><h3>많이 본 뉴스</h3><ul><li><a href=\"/a\">북한 신형 미사일 발사</a></li></ul></div></body></html>";
        Article k = EXTRACTOR.extract(ko, "text/html", null);
        assertEquals("ko", k.lang());
        assertEquals("러시아와 북한은 화요일 두만강을 가로지르는 철교 운행을 재개하기로 합의했다고 양국 관계자들이 밝혔다.\n\n"
                + "화물 열차는 봄부터 석탄과 비료를 한쪽으로, 기계류를 다른 쪽으로 실어 나를 예정이다.", k.body());
    }

    @Test
    void tableRowsReadAsLines() {
        String html = "<html><body><div class=\"article-body\"><p>" + P1 + "</p>"
                + "<table><tr><th>Year</th><th>Trains</th></tr><tr><td>2023</td><td>12</td></tr><tr><td>2024</td><td>31</td></tr></table>"
                + "<p>" + P2 + "</p></div></body></html>";
        Article a = EXTRACTOR.extract(html, "text/html", null);
        assertEquals(P1 + "\n\nYear Trains\n\n2023 12\n\n2024 31\n\n" + P2, a.body());
    }

    @Test
    void pageWithoutArticleGivesAnEmptyBodyNotAnError() {
        assertEquals("", EXTRACTOR.extract("<html><body><nav><a href=\"/\">Home</a></nav></body></html>", "text/html", null).body());
        assertEquals("", EXTRACTOR.extract("<html></html>", "text/html", null).body());
    }

    @Test
    void furnitureWordsCountAsWholeWordsOfTheirClassNames() {
        assertEquals(DomBlocks.NONE, DomBlocks.hintOf("field field--name-body field--label-hidden field-label-hidden"));
        assertEquals(DomBlocks.NONE, DomBlocks.hintOf("node node--type-article node--promoted node-promoted"));
        assertEquals(DomBlocks.NONE, DomBlocks.hintOf("elementor-element elementor-widget elementor-widget-text-editor"));
        assertEquals(DomBlocks.NONE, DomBlocks.hintOf("container overflow-hidden"));
        assertEquals(DomBlocks.NONE, DomBlocks.hintOf("opinion-commentary"));
        assertEquals(DomBlocks.STRONG_NEGATIVE, DomBlocks.hintOf("widget widget_recent_entries"));
        assertEquals(DomBlocks.STRONG_NEGATIVE, DomBlocks.hintOf("promo-box"));
        assertEquals(DomBlocks.STRONG_NEGATIVE, DomBlocks.hintOf("js-share_bar"));
        assertEquals(DomBlocks.COMMENTS, DomBlocks.hintOf("article-comments"));
    }

    @Test
    void aFoldedSectionTwoChapterMenusNameIsReadTheSameOnEveryRun() {
        // section b is named by both menus: the menu it is given decides which of a and c has a folded sibling beside it
        // and is read as the text's; identity hash codes chose, so the body could differ from one parse to the next
        String html = "<html><body><article><h1>Rail bridge</h1><p>" + P1 + "</p>"
                + "<ul><li><a href=\"#a\">Part one</a></li><li><a href=\"#b\">Part two</a></li></ul>"
                + "<ul><li><a href=\"#b\">Part two</a></li><li><a href=\"#c\">Part three</a></li></ul>"
                + "<div><section id=\"a\" hidden><p>" + P2 + "</p></section><section id=\"b\" hidden><p>" + P3 + "</p></section>"
                + "<section id=\"c\" hidden><p>" + P2.replace("Freight", "Passenger") + "</p></section></div>"
                + "</article></body></html>";
        java.util.Set<String> bodies = new java.util.HashSet<>();
        for (int i = 0; i < 60; i++) {
            bodies.add(EXTRACTOR.extract(html, "text/html", null).body());
        }
        assertEquals(1, bodies.size(), bodies.toString());
        assertTrue(bodies.iterator().next().contains(P2), bodies.toString());
    }

    @Test
    void hiddenMeansHiddenByAttributeOrInlineStyleNotByClass() {
        String html = "<html><body><div class=\"entry-content is-hidden-mobile\"><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<p aria-hidden=\"true\">" + P3 + "</p><p hidden>" + P3 + "</p><p style=\"visibility: hidden\">" + P3 + "</p>"
                + "</div></body></html>";
        assertEquals(P1 + "\n\n" + P2, EXTRACTOR.extract(html, "text/html", null).body());
    }

    @Test
    void mainTextWrappedInFurnitureNamesIsStillTheArticle() {
        // the article's own wrapper says "share" and "related", and the page has other prose
        String bio = "<div class=\"bio-box\"><p>The author has written about railways and rivers for twenty years and lives in a small "
                + "town on the coast, where she also runs a bookshop with a very large section on maps.</p></div>";
        String html = "<html><body><div class=\"share related-host\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + bio + bio + "</body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, EXTRACTOR.extract(html, "text/html", null).body());
    }

    @Test
    void asideAndNoscriptCountOnlyWhenTheyHoldTheOnlyArticleText() {
        String brief = "Ferry services resume on Monday after the storm, the harbour office said.";
        String sidebar = "<aside class=\"about\"><p>" + P1 + "</p><p>" + P2 + "</p></aside>";
        String withBrief = "<html><body><div class=\"story\"><p>" + brief + "</p></div>" + sidebar + "</body></html>";
        assertEquals(brief, EXTRACTOR.extract(withBrief, "text/html", null).body());
        String asideOnly = "<html><body><nav><a href=\"/\">Home</a></nav>" + sidebar + "</body></html>";
        assertEquals(P1 + "\n\n" + P2, EXTRACTOR.extract(asideOnly, "text/html", null).body());
        String noscriptOnly = "<html><body><div id=\"app\"></div><noscript><p>" + P1 + "</p><p>" + P3 + "</p></noscript></body></html>";
        assertEquals(P1 + "\n\n" + P3, EXTRACTOR.extract(noscriptOnly, "text/html", null).body());
    }

    @Test
    void hostOfSkipsTheUserPartAndThePort() {
        assertEquals("example.org", HtmlExtractor.hostOf("https://editor@www.Example.org:8443/news?id=1#top"));
        assertEquals("example.org", HtmlExtractor.hostOf("//example.org"));
        assertEquals("news.example.org", HtmlExtractor.hostOf("https://user:secret@news.example.org"));
        assertEquals("", HtmlExtractor.hostOf("/news/a-story"));
        assertEquals("", HtmlExtractor.hostOf("https://example.org/a story"));
    }

    @Test
    void aSourceLineOnTheSitesOwnAddressGoesEvenWhenTheAddressNamesAUser() {
        String html = "<html><body><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<p>Source URL: https://desk@www.example.org/news/bridge</p></div></body></html>";
        assertEquals(P1 + "\n\n" + P2, EXTRACTOR.extract(html, "text/html", "https://www.example.org/news/bridge").body());
    }

    @Test
    void aDigestsLinkedItemsBuiltAlikeStayWhileALoneCardAmongParagraphsGoes() {
        String card = "<div class=\"pick\"><a href=\"/other\"><span>Harbour office opens a second ferry berth</span></a>"
                + "<div>Work on the berth starts in May and should take two summers, the office said.</div></div>";
        String lone = "<html><body><div class=\"story\"><p>" + P1 + "</p>" + card + "<p>" + P2 + "</p></div></body></html>";
        assertEquals(P1 + "\n\n" + P2, body(lone));
        String digest = "<html><body><div class=\"story\"><p>" + P1 + "</p>" + card + card.replace("May", "June") + "<p>" + P2
                + "</p></div></body></html>";
        assertTrue(body(digest).contains("starts in June"), body(digest));
    }

    @Test
    void commentsWhoseTextIsBuiltLikeTheArticlesAreNoAnswersUnlessTheArticleIsSignedLikeThem() {
        String comment = "<div class=\"c\"><span class=\"c-user\">%s</span><div class=\"text\"><p>%s</p></div></div>";
        String comments = String.format(comment, "Bob", "I crossed that bridge every week as a student, and I am glad the trains will run again.")
                + String.format(comment, "Dana", "Coal one way and machinery the other: that is what the line carried fifty years ago too.");
        String article = "<html><body><div class=\"post\"><div class=\"byline\">By Ann Reed</div><div class=\"text\"><p>" + P1
                + "</p><p>" + P2 + "</p></div></div>" + comments + "</body></html>";
        assertEquals(P1 + "\n\n" + P2, body(article));
        String question = "<html><body><div class=\"post\"><span class=\"c-user\">Ann</span><div class=\"text\"><p>" + P1
                + "</p><p>" + P2 + "</p></div></div>" + comments + "</body></html>";
        assertTrue(body(question).contains("glad the trains"), body(question));
    }

    @Test
    void aListOfLinksWithTheWritersOwnWordsIsTheArticleAndAListOfBareLinksIsNot() {
        String item = "<li><a href=\"/x%d\">Ferry timetable number %d</a>, which the harbour office finally printed again.</li>";
        String digest = "<ul>" + String.format(item, 1, 1) + String.format(item, 2, 2) + String.format(item, 3, 3) + "</ul>";
        String bare = "<ul><li><a href=\"/r1\">Bridge repairs start</a></li><li><a href=\"/r2\">New berth opens</a></li>"
                + "<li><a href=\"/r3\">Coal prices fall</a></li></ul>";
        String html = "<html><body><div class=\"story\"><p>" + P1 + "</p>" + bare + digest + "<p>" + P2 + "</p></div></body></html>";
        assertEquals(P1 + "\n\nFerry timetable number 1, which the harbour office finally printed again.\n\n"
                + "Ferry timetable number 2, which the harbour office finally printed again.\n\n"
                + "Ferry timetable number 3, which the harbour office finally printed again.\n\n" + P2, body(html));
    }

    @Test
    void aHeadingsPermalinkMarkIsNotPartOfTheSubhead() {
        String html = "<html><head><title>Ferry timetable</title></head><body><div class=\"body\" role=\"main\"><h1>Ferry"
                + " timetable</h1><p>" + P1 + "</p><h2>Winter sailings<a class=\"headerlink\" href=\"#winter\">\u00b6</a></h2><p>" + P2
                + "</p><h2 id=\"spring\"><a href=\"#spring\">#</a> Spring sailings</h2><p>" + P3 + "</p></div></body></html>";
        assertEquals(P1 + "\n\nWinter sailings\n\n" + P2 + "\n\nSpring sailings\n\n" + P3, body(html));
    }

    @Test
    void inlineMarksOfOfficeProgramsCustomElementsAndRubyStayInTheirParagraph() {
        String html = "<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>"
                + "<p class=MsoNormal>The two governments signed an agreement on <st1:date w:st=\"on\">Tuesday</st1:date> to reopen"
                + " the rail bridge across the river, officials in both capitals said.<o:p></o:p></p>"
                + "<p>Freight trains are expected to resume in the spring, carrying <glossary-term>coal and fertiliser</glossary-term>"
                + " in one direction and machinery in the other.</p>"
                + "<p><ruby>東京<rt>とうきょう</rt></ruby>と<ruby>大阪<rp>(</rp><rt>おおさか</rt><rp>)</rp></ruby>を結ぶ新しい夜行列車が来月から走ります。</p>"
                + "</article></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n東京と大阪を結ぶ新しい夜行列車が来月から走ります。", body(html));
    }

    @Test
    void anUnderscoredTitleGivesTheHeadlineThePageShows() {
        // a Chinese government CMS: "Headline_Section_Site", the headline in a <div class="title">, no h1
        String page = "<html><head><title>我市新增15条公交线路 方便城郊居民出行_政务动态_青川市人民政府</title></head><body>"
                + "<div class=\"logo\"><a href=\"/\">青川市人民政府</a></div><div class=\"title\">我市新增15条公交线路 方便城郊居民出行</div>"
                + "<div class=\"content\"><p>" + P1 + "</p><p>" + P2 + "</p></div></body></html>";
        assertEquals("我市新增15条公交线路 方便城郊居民出行", EXTRACTOR.extract(page, "text/html", null).title());
        // a file's name is no such title: its parts are shown nowhere
        String file = "<html><head><title>annual_report_final</title></head><body><div><p>" + P1 + "</p></div></body></html>";
        assertEquals("annual_report_final", EXTRACTOR.extract(file, "text/html", null).title());
    }

    @Test
    void aTitleOfSiteSectionAndHeadlineGivesTheLongestPartThePageShows() {
        // a state agency: "Site | Section | Headline", the headline in a <div> over <br> lines, the logo an image
        String page = "<html lang=\"ko\"><head><title>조선중앙통신 | 기사 | 평양에서 새 겨울철 수산물 가공공장 조업</title></head><body>"
                + "<div class=\"logo\"><img src=\"/l.png\" alt=\"조선중앙통신\"></div><div class=\"article-main-title\">평양에서 새 겨울철 "
                + "수산물 가공공장 조업</div><div class=\"text\">" + P1 + "<br>" + P2 + "</div></body></html>";
        assertEquals("평양에서 새 겨울철 수산물 가공공장 조업", EXTRACTOR.extract(page, "text/html", null).title());
        // two parts shown (the section in the menu too): the title alone cannot say which is the headline, the line in bold
        // right above the text does (round twenty-three; the title stayed whole before)
        String two = "<html><head><title>Town Post | Harbour news | Ferry returns to the island after storm</title></head><body>"
                + "<div><a href=\"/h\">Harbour news</a></div><div><b>Ferry returns to the island after storm</b><p>" + P1
                + "</p></div></body></html>";
        assertEquals("Ferry returns to the island after storm", EXTRACTOR.extract(two, "text/html", null).title());
    }

    @Test
    void anH1OfTheSitesLabelGivesWayToTheHeadlineOverTheText() {
        // a logo h1 of a picture, then the site's name in Korean as an h1 the <title> does not say, the headline a div
        String label = "<html lang=\"ko\"><head><title>강변 자전거길 다음 달 전면 개통 - Rivermedia</title></head><body>"
                + "<h1><a href=\"/\"><img src=\"/l.gif\" alt=\"Rivermedia\"></a></h1><h1>리버 미디어</h1>"
                + "<div class=\"t\">강변 자전거길 다음 달 전면 개통</div><div class=\"b\"><p>" + P1 + "</p><p>" + P2 + "</p></div></body></html>";
        assertEquals("강변 자전거길 다음 달 전면 개통", EXTRACTOR.extract(label, "text/html", null).title());
        // a docs page's heading of two words that its menu says too stays the headline
        String docs = "<html><head><title>Release notes · Docs</title></head><body><nav><a href=\"/r\">Release notes</a></nav>"
                + "<main><h1>Release notes</h1><p>" + P1 + "</p></main></body></html>";
        assertEquals("Release notes", EXTRACTOR.extract(docs, "text/html", null).title());
    }

    @Test
    void aTitleOnlyInTheTitleElementLosesTheSiteNameThePageShows() {
        // an app shell in Ukrainian: no h1, no declared title; the footer's "© Міські новини" names the site
        String shell = "<html lang=\"uk\"><head><title>Бібліотека подовжує години роботи – Міські новини</title></head><body>"
                + "<div id=\"app\"><p>" + P1 + "</p><p>" + P2 + "</p></div><div class=\"footer\">© 2026 Міські новини</div></body></html>";
        assertEquals("Бібліотека подовжує години роботи", EXTRACTOR.extract(shell, "text/html", null).title());
        // the site first, named by og:site_name
        String first = "<html><head><title>Harbour Post | Ferry returns to the island</title>"
                + "<meta property=\"og:site_name\" content=\"Harbour Post\"></head><body><div><p>" + P1 + "</p></div></body></html>";
        assertEquals("Ferry returns to the island", EXTRACTOR.extract(first, "text/html", null).title());
        // both sides shown (the headline in bold above the text, the section in the menu): the title cannot say which names
        // the site, the line right above the text can
        String both = "<html><head><title>Parish News - Spring Fair Raises Record Sum</title></head><body>"
                + "<div><a href=\"/news\">Parish News</a></div><div><b>Spring Fair Raises Record Sum</b><p>" + P1 + "</p></div></body></html>";
        assertEquals("Spring Fair Raises Record Sum", EXTRACTOR.extract(both, "text/html", null).title());
        // a title the page shows as a line of its own is the headline, whatever line stands above the text
        String shown = "<html><head><title>Ferry returns to the island</title></head><body><div class=\"big\">Ferry returns to the island"
                + "</div><div><b>Harbour notes from the week</b><p>" + P1 + "</p></div></body></html>";
        assertEquals("Ferry returns to the island", EXTRACTOR.extract(shown, "text/html", null).title());
    }

    @Test
    void aDateInABoxOfItsOwnOpeningLooseLinesIsTheDatelineButNotADateTheSentenceGoesOnFrom() {
        String dated = "<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1><div class=\"news-detail\">"
                + "<span class=\"news-date-time\">14.10.2026</span>\n" + P1 + "<br><br>" + P2 + "<br><br>" + P3 + "</div></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(dated));
        // the sentence begins with the bold date and goes on after its comma: one sentence, kept whole
        String sentence = "<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1><div class=\"text\">"
                + "<p><strong>As of 29 November 2026</strong>, the two governments agree to reopen the rail bridge across the river, "
                + "officials in both capitals said.</p><p>" + P2 + "</p></div></body></html>";
        assertTrue(body(sentence).startsWith("As of 29 November 2026, the two governments"), body(sentence));
    }

    @Test
    void aHundredThousandInlineBoxesOpeningAParagraphAreReadOnce() {
        // each inline box opening its block is asked whether it holds a date alone; that look is bounded, not the box's text
        int depth = 100_000;
        StringBuilder html = new StringBuilder("<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1>"
                + "<div class=\"text\"><p>" + P1 + "</p><p>");
        html.append("<span>".repeat(depth)).append("14.10.2026").append("</span>".repeat(depth)).append(" ").append(P2)
                .append("</p><p>").append(P3).append("</p></div></body></html>");
        String body = body(html.toString());
        assertTrue(body.startsWith(P1) && body.endsWith(P3), body);
    }

    @Test
    void aPopoverAndABoxPinnedByAUtilityClassAreNotTheArticle() {
        String pitch = "<p>Every member who renews before the end of the month gets a free packet of our own saved seeds, from the "
                + "runner beans that won at the county show to the yellow courgettes everybody keeps asking about.</p>";
        String page = "<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1><div class=\"mt-8\"><p>"
                + P1 + "</p></div><div class=\"fixed inset-0 hidden\"><div>" + pitch + pitch.replace("Every", "Each") + "</div></div>"
                + "<div popover id=\"tips\">" + pitch.replace("Every", "Any") + "</div></body></html>";
        assertEquals(P1, body(page));
    }

    @Test
    void aScriptsAssignedStateIsReadWhateverTheVariableIsCalled() {
        String shell = "<html><head><title>Ferry timetable</title></head><body><div id=\"app\">Loading…</div><script>"
                + "var config = {\"env\": \"prod\", \"login\": false};\n"
                + "var $render_data = [{\"status\": {\"text\": \"" + P1 + "<br /><br />" + P2 + "\", \"id\": \"501\"}}][0] || {};"
                + "</script></body></html>";
        assertEquals(P1 + "\n\n" + P2, body(shell));
        // a comparison, an arrow and a default parameter are no assignments
        assertEquals(-1, EmbeddedText.assigned("if (a == {}) return; f = (x) => {}; g(x = 1)", 0));
        assertEquals(9, EmbeddedText.assigned("self.s = [1]; ", 0));
    }

    @Test
    void aScriptOfThousandsOfAssignmentsIsReadSixteenAtATime() {
        // a bundle assigns object literals by the thousand: a bounded number is read per script, each once
        String code = "x={\"a\":1};".repeat(200_000);
        String shell = "<html><head><title>Ferry timetable</title></head><body><div id=\"app\">Loading…</div><script>" + code
                + "</script></body></html>";
        assertFalse(body(shell).contains("\"a\""));
    }

    @Test
    void aBemElementIsJudgedByItsOwnNameInsideItsBlockAndABlockNestedDeepIsLookedForOnlyNearby() {
        // the article is the block "comment-piece": its standfirst is no comment, its bio still a bio
        String page = "<html><head><title>Ferry timetable</title></head><body><article class=\"comment-piece\">"
                + "<h1 class=\"comment-piece__headline\">Ferry timetable</h1><div class=\"comment-piece__standfirst\">" + P1 + "</div>"
                + "<div class=\"comment-piece__body\"><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + "<div class=\"comment-piece__bio\"><p>Ruth Abernethy runs a hardware shop on Bridge Street and writes a column "
                + "about the town centre every month.</p></div></article></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(page));
        int depth = 100_000;
        StringBuilder deep = new StringBuilder("<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1>"
                + "<div class=\"text\"><p>" + P1 + "</p>");
        deep.append("<div class=\"share-box__inner\">".repeat(depth)).append("<p>").append(P2).append("</p>")
                .append("</div>".repeat(depth)).append("</div></body></html>");
        assertTrue(body(deep.toString()).startsWith(P1), body(deep.toString()));
    }

    @Test
    void aCarouselOfSlidesBetweenParagraphsIsNotTheStoryAndThousandsOfBoxesWithButtonsAreReadOnce() {
        String slide = "<div class=\"slide\"><video poster=\"/v.jpg\"></video><h4>Harbour wall repairs begin</h4><p>Engineers have "
                + "started work on the damaged section of the north harbour wall, which is expected to take six weeks.</p></div>";
        String page = "<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1><div class=\"story\"><p>" + P1
                + "</p><div class=\"carousel\"><div class=\"head\"><button>Previous</button><button>Next</button></div>"
                + "<div class=\"track\">" + slide + slide.replace("Harbour wall", "Lifeboat") + "</div></div><p>" + P2 + "</p><p>" + P3
                + "</p></div></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(page));
        // each box among the main text's paragraphs is asked whether the main text goes on around it: the parent is read once
        String box = "<div class=\"row\"><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1 + "</p><p>" + P2 + "</p><button>More</button></div>";
        String many = "<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1><div class=\"text\"><p>" + P1
                + "</p>" + box.repeat(3_000) + "<p>" + P3 + "</p></div></body></html>";
        assertTrue(body(many).startsWith(P1), "a page of three thousand boxes");
    }

    @Test
    void aStreamedBoundaryIsReadWhereItsScriptPutsItAndAnIncompleteOneStaysHidden() {
        String head = "<html><head><title>Ferry timetable</title></head><body><header><a href=\"/\">Harbour News</a></header>"
                + "<main><!--$?--><template id=\"B:0\"></template><div class=\"skeleton\">Loading...</div><!--/$--></main>"
                + "<div class=\"box\"><p>" + P3 + "</p></div>";
        String segment = "<div hidden id=\"S:0\"><article><h1>Ferry timetable</h1><p>" + P1 + "</p><p>" + P2 + "</p></article></div>";
        String complete = "<script>$RC(\"B:0\",\"S:0\")</script>";
        String read = body(head + segment + complete + "</body></html>");
        assertTrue(read.startsWith(P1 + "\n\n" + P2) && !read.contains("Loading"), read);
        // no script moves it: the browser never shows it
        assertEquals(P3, body(head + segment + "</body></html>"));
    }

    @Test
    void aSectionFoldedUntilFoundIsTextAndAHiddenOneIsNot() {
        String page = "<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1><div class=\"text\"><p>" + P1
                + "</p><h2>Timetable</h2><section hidden=\"until-found\"><p>" + P2 + "</p></section><section hidden><p>" + P3
                + "</p></section></div></body></html>";
        assertEquals(P1 + "\n\nTimetable\n\n" + P2, body(page));
    }

    @Test
    void aChecklistsLabelsAreItsItemsAndAFormsLabelsAreNot() {
        String page = "<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1><div class=\"text\"><p>" + P1
                + "</p><ul><li><input type=\"checkbox\" id=\"c1\"><label for=\"c1\">Passport or ID card</label></li>"
                + "<li><label><input type=\"checkbox\"> Boarding pass</label></li></ul><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + "<form class=\"box\"><label for=\"m\">Your e-mail address</label><input type=\"email\" id=\"m\">"
                + "<input type=\"checkbox\" id=\"k\"><label for=\"k\">Keep me signed in on this computer</label></form></body></html>";
        assertEquals(P1 + "\n\nPassport or ID card\n\nBoarding pass\n\n" + P2 + "\n\n" + P3, body(page));
    }

    @Test
    void aLogoSetInAnH1IsNotTheHeadlineAndAContentsBoxIsNotText() {
        String page = "<html><head><title>ferry [Harbour Wiki]</title></head><body><div class=\"head\"><h1><a href=\"/\">Harbour Wiki"
                + "</a></h1></div><div class=\"page\"><div class=\"toc\"><h3>Contents</h3><ul><li><a href=\"#times\">Times</a></li>"
                + "<li><a href=\"#fares\">Fares</a></li></ul></div><h1>Ferry timetable</h1><p>" + P1 + "</p><h2 id=\"times\">Times</h2>"
                + "<p>" + P2 + "</p><h2 id=\"fares\">Fares</h2><p>" + P3 + "</p></div></body></html>";
        Article a = EXTRACTOR.extract(page, "text/html", "https://example.org/a");
        assertEquals("Ferry timetable", a.title());
        assertEquals(P1 + "\n\nTimes\n\n" + P2 + "\n\nFares\n\n" + P3, a.body());
        // every h1 a link: a theme linking the headline to its own address; the first is the headline
        String linked = "<html><head><title>x</title></head><body><h1><a href=\"/a\">Ferry timetable</a></h1><p>" + P1
                + "</p><p>" + P2 + "</p></body></html>";
        assertEquals("Ferry timetable", EXTRACTOR.extract(linked, "text/html", "https://example.org/a").title());
        // a calendar widget's h1 before the story's h2, which the page's title names
        String calendar = "<html><head><title>New ferry timetable from May | Harbour News</title></head><body><div class=\"side\">"
                + "<h1>November 2026</h1><table><tr><td>1</td><td>2</td></tr></table></div><h2>New ferry timetable from May</h2><p>"
                + P1 + "</p><p>" + P2 + "</p></body></html>";
        assertEquals("New ferry timetable from May", EXTRACTOR.extract(calendar, "text/html", "https://example.org/a").title());
        // a site titling every page alike shows its slogan in its header: the slogan names no story
        String slogan = "<html><head><title>Harbour News – Official site of the harbour town</title></head><body><header>"
                + "<h2>Official site of the harbour town</h2></header><main><article><header><h1>New ferry timetable from May</h1>"
                + "</header><p>" + P1 + "</p><p>" + P2 + "</p></article></main></body></html>";
        assertEquals("New ferry timetable from May", EXTRACTOR.extract(slogan, "text/html", "https://example.org/a").title());
    }

    @Test
    void streamedBoundariesCompletedWithStylesAndSegmentsInPlaceholdersAreReadInPlace() {
        String page = "<html><head><title>Ferry timetable</title></head><body><main><!--$?--><template id=\"B:0\"></template>"
                + "<div>Loading...</div><!--/$--></main><div class=\"box\"><p>" + P3 + "</p></div>"
                + "<div hidden id=\"S:0\"><article><h1>Ferry timetable</h1><p>" + P1 + "</p><!--$?--><template id=\"B:1\"></template>"
                + "<p>Loading more</p><!--/$--><template id=\"P:2\"></template></article></div>"
                + "<script>$RR(\"B:0\",\"S:0\",[[\"/a.css\",\"high\"]])</script>"
                + "<div hidden id=\"S:1\"><p>" + P2 + "</p></div><script>$RC(\"B:1\",\"S:1\")</script>"
                + "<div hidden id=\"S:2\"><p>" + P3 + "</p></div><script>$RS(\"S:2\",\"P:2\")</script></body></html>";
        String read = body(page);
        assertTrue(read.startsWith(P1 + "\n\n" + P2 + "\n\n" + P3) && !read.contains("Loading"), read);
        // a segment holding its own boundary is not moved into itself
        String loop = "<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1><p>" + P1 + "</p>"
                + "<div hidden id=\"S:0\"><div><!--$?--><template id=\"B:0\"></template><p>Loading</p><!--/$--><p>" + P2
                + "</p></div></div><script>$RC(\"B:0\",\"S:0\")</script></body></html>";
        assertTrue(body(loop).startsWith(P1), body(loop));
    }

    @Test
    void aBoxTheReadMoreLinkPointsToIsTheTextsRestWhateverItsIdSays() {
        String head = "<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1><div class=\"post\"><p>" + P1
                + "</p><p>" + P2 + "</p>";
        String more = "<div id=\"more\"><p>" + P3 + "</p></div></div></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(head + "<p><a href=\"/a#more\">Read more</a></p>" + more));
        // nothing sends the reader there: "more" names another box
        assertEquals(P1 + "\n\n" + P2, body(head + more));
    }

    @Test
    void aLiveEntrysClockStampIsItsTextAndAStorysTimeBoxIsNot() {
        String entry = "<div class=\"live-item\"><p class=\"live-item__time\">%s</p><p>%s</p>%s</div>";
        String live = "<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1><div class=\"live\">"
                + String.format(entry, "11:20", P1, "") + String.format(entry, "10:40", P2, "<img src=\"/a.jpg\">")
                + String.format(entry, "09:05", P3, "") + "</div></body></html>";
        assertEquals("11:20\n\n" + P1 + "\n\n10:40\n\n" + P2 + "\n\n09:05\n\n" + P3, body(live));
        String story = "<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1><div class=\"story\">"
                + "<p class=\"story__time\">10:40</p><p>" + P1 + "</p><p>" + P2 + "</p></div></body></html>";
        assertEquals(P1 + "\n\n" + P2, body(story));
    }

    @Test
    void anEntrysDateBetweenItsTitleAndTheSitesNameIsNoPartOfTheHeadline() {
        String page = "<html><head><title>Ferry timetable changes in spring - 14 November 2026 - Harbour News</title></head><body>"
                + "<table><tr><td><span class=\"sitename\">Harbour News</span></td></tr><tr><td class=\"eTitle\">Ferry timetable "
                + "changes in spring</td></tr><tr><td class=\"eMessage\">" + P1 + "<br><br>" + P2 + "</td></tr></table></body></html>";
        assertEquals("Ferry timetable changes in spring", EXTRACTOR.extract(page, "text/html", "https://example.org/a").title());
    }

    @Test
    void aStoryHiddenUntilAScriptShowsItBeatsTheVisibleNoticeAndAHiddenModalsHeadlineDoesNot() {
        String notice = "<div class=\"notice\"><p>This website needs JavaScript to show its pages. Please turn it on in your browser's "
                + "settings, then reload this page.</p></div>";
        String hidden = "<html><head><title>Ferry timetable</title></head><body>" + notice + "<main hidden><h1>Ferry timetable</h1><p>"
                + P1 + "</p><p>" + P2 + "</p></main></body></html>";
        assertEquals(P1 + "\n\n" + P2, body(hidden));
        String modal = "<html><head><title>Ferry timetable</title></head><body><div class=\"story\"><h2>Ferry timetable</h2><p>" + P1
                + "</p><p>" + P2 + "</p></div><div class=\"box\" hidden><h1>Get our newsletter</h1><p>" + P3 + " " + P3
                + "</p></div></body></html>";
        assertEquals(P1 + "\n\n" + P2, body(modal));
    }

    @Test
    void theRestOfATextFoldedBesideItsToggleIsTextAndTheToggleIsNot() {
        String folded = "<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1><div class=\"text\"><p>" + P1
                + "</p><div style=\"display:none\"><p>" + P2 + "</p><p>" + P3 + "</p></div><button>Read more</button></div>"
                + "<button>Subscribe</button><div class=\"modal\" style=\"display:none\"><p>Get the harbour newsletter every "
                + "morning, with the ferry times, the weather at sea and the day's news from the quay.</p></div></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(folded));
        String post = "<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1><div class=\"post\">" + P1
                + "<br><br>" + P2 + " <a class=\"more\" onclick=\"show()\">Show in full…</a><span style=\"display: none\">" + P3
                + "</span></div></body></html>";
        assertEquals(P1 + "\n\n" + P2 + " " + P3, body(post));
    }

    @Test
    void aBoxACollapsedDisclosureNamesIsTextButADialogItOpensIsNot() {
        String rest = "<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1><div class=\"text\"><p>" + P1
                + "</p></div><div class=\"wrap\"><div id=\"rest\" style=\"display:none\"><p>" + P2 + "</p><p>" + P3 + "</p></div></div>"
                + "<div class=\"actions\"><a href=\"#\" aria-expanded=\"false\" aria-controls=\"rest\">Read full story</a></div></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(rest));
        String dialog = "<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1><div class=\"text\"><p>" + P1
                + "</p><p>" + P2 + "</p></div><button aria-expanded=\"false\" aria-controls=\"news\">Newsletter</button>"
                + "<div class=\"slot\"><div id=\"news\" role=\"dialog\" style=\"display:none\"><p>Get the harbour newsletter every "
                + "morning, with the ferry times, the weather at sea and the day's news from the quay, and more.</p></div></div>"
                + "<button aria-expanded=\"false\" aria-haspopup=\"true\" aria-controls=\"offer\">Offer</button><div class=\"slot\"><div"
                + " id=\"offer\" style=\"display:none\"><p>" + P3 + " " + P3 + "</p></div></div></body></html>";
        assertEquals(P1 + "\n\n" + P2, body(dialog));
    }

    @Test
    void postsRunningOldestFirstAreALiveBlogOnlyWhenTheyShowAClockTimeAlone() {
        String entries = "";
        String thread = "";
        String[] who = {"Mia Chen", "Owen Price", "Mia Chen"};
        String[] text = {P1, P2, P3};
        for (int i = 0; i < 3; i++) {
            String entry = "<div class=\"entry\"><div class=\"meta\"><time datetime=\"2026-11-29T0" + (7 + i) + ":30:00Z\">%s</time> "
                    + "<span class=\"author\">" + who[i] + "</span></div><div class=\"body\"><p>" + text[i] + "</p></div></div>";
            entries += String.format(entry, (7 + i) + ":30am");
            thread += String.format(entry.replace("2026-11-29", "2026-11-2" + i), "Nov 2" + i + ", 2026 " + (7 + i) + ":30am");
        }
        String page = "<html><head><title>Marathon day live</title></head><body><main><h1>Marathon day live</h1><div class=\"entries\">%s"
                + "</div></main></body></html>";
        // the entries' meta lines go as a meta box's lines do; the entries are the article
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(String.format(page, entries)));
        // posts that name their day, oldest first: a thread, its opening post the article
        assertEquals(P1, body(String.format(page, thread)));
    }

    @Test
    void postsOldestFirstShowingTheirDayAreALiveBlogOnlyOnOneDayUnderALiveHeadline() {
        String entries = "";
        String[] who = {"Mia Chen", "Owen Price", "Mia Chen"};
        String[] text = {P1, P2, P3};
        for (int i = 0; i < 3; i++) {
            entries += "<div class=\"entry\"><div class=\"meta\"><span class=\"author\">" + who[i] + "</span> <time datetime=\"2026-11-29T0"
                    + (7 + i) + ":30:00Z\">29 Nov 2026, 0" + (7 + i) + ":30</time></div><div class=\"body\"><p>" + text[i] + "</p></div></div>";
        }
        String page = "<html><head><title>%1$s</title></head><body><main><h1>%1$s</h1><div class=\"entries\">" + entries
                + "</div></main></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(String.format(page, "Live: marathon day in the city")));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(String.format(page, "Marathon day in the city – онлайн")));
        // the same posts under a headline that says nothing of a live page: a thread of one day, its opening post the article
        assertEquals(P1, body(String.format(page, "Marathon day in the city")));
    }
}
