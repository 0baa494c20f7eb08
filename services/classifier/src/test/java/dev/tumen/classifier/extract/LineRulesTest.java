package dev.tumen.classifier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.classifier.extract.LineRules.Kind;
import dev.tumen.testkit.Growth;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Each rule behind its cheap guard still answers as the rule itself does. */
class LineRulesTest {
    private final LineRules rules = new LineRules();

    @Test
    void relativeTimesWeatherAndClockTimesAreTimestamps() {
        for (String line : new String[] {"25 minutes ago", "an hour AGO", "3 часа назад", "5 минут НАЗАД", "2시간 전", "12.5 C", "-3 °F",
                "10:30", "9:05 pm", "Friday, March 7, 2025", "07.03.2025", "2025년 3월 7일"}) {
            assertEquals(Kind.TIMESTAMP, rules.kind(line), line);
        }
    }

    @Test
    void tickersIconsMenusPromosAndCaptionsAreFurniture() {
        for (String line : new String[] {"Breaking: Bank raises interest rates", "срочно | Курс рубля", "icon bookmarkicon cameraicon closeicon",
                "Home | World | Politics | Sport", "Home World Politics Business", "Port strike ends READ MORE: Port strike ends",
                "The minister (left) meets the delegation at the airport", "By Jane Example", "- Advertisement -", "***", "LIVE", "Онлайн"}) {
            assertEquals(Kind.FURNITURE, rules.kind(line), line);
        }
    }

    @Test
    void reportersAddressesAndPortalCreditLinesAreFurniture() {
        for (String line : new String[] {"kim@example.co.kr", "(ok@example.co.kr)", "责任编辑：李华", "分享到：微信 微博",
                "無断転載を禁じます", "Alle Rechte vorbehalten.", "Джерело: прес-служба"}) {
            assertEquals(Kind.FURNITURE, rules.kind(line), line);
        }
        // a signature with the reporter's name, and an address inside a sentence, are the story's own
        assertEquals(Kind.TEXT, rules.kind("김바다 기자 sea@example.kr"));
        assertEquals(Kind.TEXT, rules.kind("Readers can send their questions to the council at questions@example.org before Friday."));
        assertEquals(Kind.TEXT, rules.kind("施工方采用传统工艺，尽量保留原有墙体。"));
    }

    /**
     * Words a page's furniture shares with news prose ("sponsored", "loading", "sign up", "구독") mark a sentence as
     * furniture only when they open it or it speaks to the reader; the story's own sentences holding them stay.
     */
    @Test
    void aSentenceHoldingAFurnitureWordOfProseIsTextUnlessItOpensWithItOrSpeaksToTheReader() {
        for (String line : new String[] {"Residents are asked to sign up at the library desk before Friday.",
                "The Russian-sponsored draft resolution was vetoed by three members on Tuesday.",
                "Satellite images show the loading of containers at Rajin continued through the night.",
                "Moscow does not subscribe to the view that the treaty breaks any sanctions.",
                "Die Werbung für die Reise nach Wladiwostok lief im Staatsfernsehen seit Wochen.",
                "На улицах Владивостока в понедельник появилась реклама туров в Пхеньян.",
                "북한 매체는 러시아 관광 광고를 평양 거리에 내걸었다고 보도했다."}) {
            assertEquals(Kind.TEXT, rules.kind(line), line);
        }
        for (String line : new String[] {"Sign up for our newsletter and get the morning briefing.", "Advertisement",
                "Loading...", "Subscribe now to read the full story today.", "This site uses cookies to improve your experience.",
                "To continue reading, please sign in to your account.", "Подпишитесь на наш канал в Telegram.",
                "Реклама на сайте: пишите нам по этому адресу.", "기자 구독을 눌러 주세요.", "Werbung",
                "Copyright 2025 Example Press. All rights reserved. This material may not be published."}) {
            assertEquals(Kind.FURNITURE, rules.kind(line), line);
        }
    }

    /**
     * Probe of session 31: one long word ending in "@" took the address rule 100 s (each start of the word read the
     * rest of it). A hostile page's words are as long as its budget allows, so every shape of one long word must be
     * read in about one pass: four times the word, less than eight times the work ({@link Growth}).
     */
    @Test
    void oneLongWordOfAnyShapeIsReadInAboutOnePass() {
        List<IntFunction<String>> shapes = List.of(n -> "a".repeat(n) + "@", n -> "a".repeat(n) + "@" + "a".repeat(n),
                n -> "a@" + "a".repeat(n), n -> "a".repeat(n) + "@b" + ".c".repeat(1000) + "@", n -> "a.".repeat(n / 2) + "@",
                n -> "(" + "a".repeat(n) + ")", n -> "a".repeat(n) + ":", n -> "@" + "a".repeat(n), n -> "1".repeat(n) + "@x");
        for (IntFunction<String> shape : shapes) {
            String word = shape.apply(8);
            Growth.assertInProportion(word.substring(0, 8) + "…", shape, rules::kind, 100_000);
        }
        assertEquals(Kind.FURNITURE, rules.kind("a".repeat(64) + "@example.com"));
        assertEquals(Kind.TEXT, rules.kind("a".repeat(65) + "@example.com"), "longer than an address can be");
    }

    @Test
    void publicAccountEndMarksCreditsAndCallsToActionAreFurniture() {
        for (String line : new String[] {"- END -", "— END —", "END", "文字：小林　图片：阿城", "摄影 | 王强", "写真：編集部",
                "点击下方“阅读原文”，查看更多", "长按识别二维码关注我们"}) {
            assertEquals(Kind.FURNITURE, rules.kind(line), line);
        }
        // a wire story's closing mark in brackets, alone on its line
        for (String line : new String[] {"(END)", "(End)", "[END]", "(끝)", "（끝）"}) {
            assertEquals(Kind.FURNITURE, rules.kind(line), line);
        }
        assertEquals(Kind.TEXT, rules.kind("끝까지 버틴 선수들이 결승에 올랐다."));
        // the word inside a sentence, and a sentence that opens with the character for "text", are prose
        assertEquals(Kind.TEXT, rules.kind("The end of the line came in 1998."));
        assertEquals(Kind.TEXT, rules.kind("文化馆今年新开了三个展厅。"));
        // a picture's source in brackets and a caption opening "图为" ("pictured is"); a sentence opening with 图们 is prose
        for (String line : new String[] {"（图片来源：珲春市融媒体中心）", "(图片来源：新华社)", "【图片来源：边城在线】", "图为司机在临时休息点取餐。",
                "圖為遊客在觀景台遠眺。"}) {
            assertEquals(Kind.FURNITURE, rules.kind(line), line);
        }
        assertEquals(Kind.TEXT, rules.kind("图们江口岸冬季客流明显回升。"));
        assertEquals(Kind.TEXT, rules.kind("（记者从海关获悉，客流回升。）"));
    }

    @Test
    void pageNumbersAndAGallerysSlideCountersAreFurniture() {
        for (String line : new String[] {"Page 1 of 2", "Seite 3", "Стр. 2 из 5", "- 4 -", "第2页", "3페이지", "1 / 4", "12/12",
                "3 of 8", "2 из 6"}) {
            assertEquals(Kind.FURNITURE, rules.kind(line), line);
        }
        // a fraction or a score inside a line is the line's own
        assertEquals(Kind.TEXT, rules.kind("Add 1/4 cup of sugar and stir until it dissolves completely."));
    }

    @Test
    void datesWithSlashesAndInChineseJapaneseAndUkrainianAreTimestamps() {
        for (String line : new String[] {"24/02/2025", "02/24/2025", "2025年3月12日 14:30", "2025年03月12日", "12 березня 2025",
                "12 березня 2025, 10:15", "3. März 2025"}) {
            assertEquals(Kind.TIMESTAMP, rules.kind(line), line);
        }
        assertNull(DateFinder.find("31/31/2025"));
        assertEquals(DateFinder.find("2025-02-24"), DateFinder.find("24/02/2025"));
        assertEquals(DateFinder.find("2025-02-24"), DateFinder.find("02/24/2025"));
        assertEquals(DateFinder.find("2025-03-12"), DateFinder.find("2025年3月12日"));
        assertEquals(DateFinder.find("2025-03-12"), DateFinder.find("12 березня 2025"));
    }

    @Test
    void recommendationBoxHeadersInTheHiddenSetsLanguagesAreHeaders() {
        for (String line : new String[] {"You may be interested in", "Вам может быть интересно", "Вас може зацікавити:",
                "Читайте також", "함께 보면 좋은 기사", "관련 뉴스", "관련글", "热点新闻", "为你推荐", "こちらもおすすめ", "人気記事", "Lesen Sie auch"}) {
            assertEquals(Kind.HEADER, rules.kind(line), line);
        }
    }

    @Test
    void commentHeadersNamingThePostAreHeadersOfComments() {
        for (String line : new String[] {"Comments on this post", "Reader comments", "Kommentare zu diesem Beitrag",
                "Комментарии к записи (2)", "Коментарі до статті", "이 글에 달린 댓글", "この記事へのコメント", "读者评论：", "3 Replies", "답글 2"}) {
            assertEquals(Kind.HEADER, rules.kind(line), line);
            assertTrue(LineRules.namesComments(line), line);
        }
        // a related list may sit mid-story: its header ends a block of lines, not the story's box
        for (String line : new String[] {"Related posts", "【関連記事】", "Читайте также"}) {
            assertEquals(Kind.HEADER, rules.kind(line), line);
            assertFalse(LineRules.namesComments(line), line);
        }
    }

    @Test
    void wordsNamingAnswersAsWellAsCommentsAreAnswersHeadersNotListedHeaders() {
        // a comment header only where signed posts follow it (HtmlExtractor): a consultation's or a board's label too
        for (String line : new String[] {"Responses", "2 Antworten", "回复 (2)", "Відповіді:", "返信 2件", "Ответы (3)", "回覆"}) {
            assertTrue(LineRules.answersHeader(line), line);
        }
        for (String line : new String[] {"Responses to the consultation were mixed", "Antwort", "回复时间", "3 Replies"}) {
            assertFalse(LineRules.answersHeader(line), line);
        }
    }

    @Test
    void aSectionHeaderWithItsCountIsStillAHeader() {
        for (String line : new String[] {"Комментарии (4)", "12 Comments", "댓글 3", "Kommentare [27]"}) {
            assertEquals(Kind.HEADER, rules.kind(line), line);
        }
        assertEquals(Kind.TEXT, rules.kind("2026"));
        assertEquals(Kind.TEXT, rules.kind("12 bridges"));
    }

    @Test
    void linksBackOrOnAreFurnitureButQuotationsAreNot() {
        for (String line : new String[] {"« Back to Parish News", "← Zurück zur Übersicht", "Back to top", "Next article →",
                "Weiter »", "‹ Назад к списку новостей", "Повернутися до стрічки", "返回搜狐，查看更多", "목록으로",
                "お知らせ一覧へ戻る", "トップページに戻る"}) {
            assertEquals(Kind.FURNITURE, rules.kind(line), line);
        }
        // Russian and Ukrainian quote with «», French with « » and spaces: a quotation, a subhead, a sentence stay
        for (String line : new String[] {"«Мы готовы к зиме»", "« Nous sommes prêts »", "Back to the drawing board for the council's "
                + "harbour plan, which was rejected on Monday by a narrow majority of councillors.", "Вернуться к прежней схеме "
                + "движения город решил после жалоб водителей и жителей улицы.", "十年ぶりに故郷の町へ戻ることになった私は、駅前の変わりように驚いた。",
                "冬の港に戻る"}) {
            assertEquals(Kind.TEXT, rules.kind(line), line);
        }
    }

    @Test
    void aPlatformsDisclaimerIsFurnitureButAStatementInTheStoryIsNot() {
        for (String line : new String[] {"新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。",
                "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
                "特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。", "聲明：本文由用戶上傳，本平台僅提供資訊儲存服務。",
                "Notice: The content above is uploaded by a user of a self-media platform, which only provides information storage services."}) {
            assertEquals(Kind.FURNITURE, rules.kind(line), line);
            assertTrue(LineRules.platformStatement(line), line);
        }
        for (String line : new String[] {"外交部发表声明：中方欢迎双方重启对话，愿为此继续发挥建设性作用。",
                "公司声明：新工厂将于明年三月投产，届时将新增就业岗位八百个。", "公司声明：新数据中心将为本地企业提供信息存储服务。",
                "Statement: the operator said the centre will provide information storage to local hospitals and firms."}) {
            assertEquals(Kind.TEXT, rules.kind(line), line);
        }
    }

    @Test
    void publicationStampsAreFurnitureButBareDatesStay() {
        for (String line : new String[] {"Posted 14th April 2025", "Published: March 3rd, 2025", "Last updated 15 April 2025",
                "Опубликовано 12.03.2025"}) {
            assertEquals(Kind.FURNITURE, rules.kind(line), line);
        }
        assertEquals(Kind.TIMESTAMP, rules.kind("14th of April 2025"));
        assertEquals(Kind.TEXT, rules.kind("Posted letters reached the island by ferry twice a week until the 1990s."));
    }

    @Test
    void sectionHeadersAreHeadersAndProseIsText() {
        assertEquals(Kind.HEADER, rules.kind("Related Articles"));
        assertEquals(Kind.TEXT, rules.kind("The harbour authority said on Monday that the new ferry line will open in spring after "
                + "two years of delays, and that tickets go on sale in March: an icon of the island's recovery (officials say)."));
        assertEquals(Kind.TEXT, rules.kind("Ferry line to open in spring"));
        assertEquals(Kind.TEXT, rules.kind("Icons of the 1990s are back"));
    }

    @Test
    void cleanDropsBulletsAndDateStampsOnly() {
        assertEquals("World", LineRules.clean("  • date 2025-03-04 World"));
        assertEquals("2025-03-04", LineRules.dateStamp(" date 2025-03-04 World"));
        assertEquals("Plain line", LineRules.clean("  Plain line "));
        assertNull(LineRules.dateStamp("Plain line"));
        assertEquals("dated 2025", LineRules.clean("- dated 2025"));
    }
}
