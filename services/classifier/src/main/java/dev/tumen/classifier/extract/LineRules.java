package dev.tumen.classifier.extract;

import dev.tumen.classifier.gazetteer.PhraseMatcher;
import dev.tumen.classifier.gazetteer.TextFold;
import dev.tumen.classifier.gazetteer.TsvResource;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what a single line of a plain-text page is: a section header, page furniture, a timestamp, or text.
 * The word lists live in {@code src/main/resources/extract/}. Thread-safe.
 */
final class LineRules {
    enum Kind { HEADER, FURNITURE, TIMESTAMP, TEXT }

    private static final Pattern DATE_HEADER = Pattern.compile("^date (\\d{4}-\\d{2}(?:-\\d{2})?)\\s*");
    private static final Pattern BULLETS = Pattern.compile("^[\\s•·*|\\-–—>]+");
    /** A section header's word for readers' comments or replies, in the languages of the pages we read. */
    private static final Pattern COMMENT_WORD = Pattern.compile(
            "(?iu)comment|respons|repl(?:y|ies)|kommentar|коммент|комент|отзыв|відгук|댓글|답글|コメント|トラックバック|评论|留言");
    private static final Pattern AGO = Pattern.compile(
            "(?iu)^(\\d+|an?|one)\\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago$"
                    + "|^\\d+\\s*(минут[уы]?|час(а|ов)?|дн(я|ей)|день)\\s+назад$|^\\d+\\s*(분|시간|일)\\s*전$");
    private static final Pattern WEATHER = Pattern.compile("^-?\\d{1,2}(\\.\\d)?\\s*°?\\s*[CF]$");
    private static final Pattern TIME_ONLY = Pattern.compile("^\\d{1,2}:\\d{2}(\\s*[ap]m)?$", Pattern.CASE_INSENSITIVE);
    // a live blog's mark beside its headline, alone on its line
    private static final Pattern LIVE_MARK = Pattern.compile("(?iu)live|liveticker|онлайн|наживо|실시간|ライブ|直播");
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|от|автор:?|글|written by|posted by)\\s+\\S.*");
    /**
     * A page's number alone on its line, as a document converted from print carries one a page ("Page 1 of 2",
     * "Seite 3", "Стр. 2 из 5", "- 4 -", "第2页", "3페이지"), and a gallery's counter over each slide ("2 / 12", "3 of 8").
     */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?iu)^(?:page|pg\\.|p\\.|seite|s\\.|стр\\.?|страница|сторінка"
            + "|página|pagina)\\s*\\d{1,4}(?:\\s*(?:of|von|из|з|de|di|/)\\s*\\d{1,4})?$|^[-–—]\\s*\\d{1,4}\\s*[-–—]$"
            + "|^\\d{1,3}\\s*(?:/|of|von|из|з)\\s*\\d{1,3}$"
            + "|^第\\s*\\d{1,4}\\s*页(?:\\s*[/／]?\\s*共\\s*\\d{1,4}\\s*页)?$|^\\d{1,4}\\s*페이지$");
    /*
     * Starts only where a run of address characters starts, and bounds each part as RFC 5321 does (64 before the @, 63
     * a label): tried at every start of a long word, the unbounded form read the rest of the word from each, and a
     * 160,000-letter word ending in "@" took 100 s (probe of session 31).
     */
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]{1,64}@[\\w-]{1,63}(\\.[\\w-]{1,63})+");
    private static final Pattern TICKER = Pattern.compile("(?iu)^(breaking( news)?|срочно|молния|속보)\\s*[:|]");
    private static final Pattern INLINE_PROMO = Pattern.compile("(?iu)(read more|also read|читайте также|관련기사)\\s*[:|：]");
    /**
     * A pointer to another story opening its line, in each language read ("Read also: …", "Дивіться також: …",
     * "延伸阅读：…", "あわせて読みたい｜…"); opening the line only, since "по теме:" or "related:" may sit inside a sentence.
     */
    private static final Pattern PROMO_OPENING = Pattern.compile("(?iu)^[\\s\\p{P}\\p{So}]{0,3}(?:read (?:also|more|next)|also read"
            + "|see also|more on (?:this|the topic)|related(?: stories| articles| news)?|recommended|you may also like"
            + "|читайте (?:также|тоже|еще|ещё|також|теж)|(?:также|також) читайте|смотрите также|дивіться також|по теме|по темі"
            + "|관련\\s?기사|함께 (?:읽기|보기|읽을 기사)|같이 보기|추천 기사|lesen sie (?:auch|mehr)|auch interessant|mehr zum thema|siehe auch"
            + "|延伸阅读|延伸閱讀|相关阅读|相關閱讀|相关新闻|相關新聞|推荐阅读|推薦閱讀|相关链接|あわせて読みたい|併せて読みたい|関連記事"
            + "|こちらもおすすめ)\\s*[:|：｜]");
    private static final Pattern CAPTION = Pattern.compile("(?iu)\\((왼쪽|오른쪽|left|right|слева|справа|center|가운데)\\)");

    /**
     * The end mark a Chinese public-account post closes its story with ("- END -"); what follows it is promotion. A
     * wire story closes with one in brackets ("(END)", "(끝)"), alone on its line.
     */
    private static final Pattern END_MARK = Pattern.compile(
            "^[\\s\\-—–_=·•*~(\\[（【]*(END|End)[\\s\\-—–_=·•*~)\\]）】]*$|^[(\\[（【]\\s*끝\\s*[)\\]）】]$");
    /** A Chinese or Japanese credit line ("文字：小林　图片：阿城", "写真：…"): a role and a full-width or plain colon. */
    private static final Pattern CJK_CREDIT = Pattern.compile(
            "^[（(【]?(文字|图片|圖片|图片来源|圖片來源|摄影|攝影|撰文|文|图|圖|编辑|編輯|排版|校对|校對|审核|審核|责编|責編|美编|来源|來源|作者|写真|取材|構成)\\s*[：:｜|丨]"
            // a Chinese caption opens "图为…" ("pictured is …") and is one sentence
            + "|^(图为|圖為)[^。！？]{2,60}。?$");

    /**
     * A platform's or a portal's statement on what it carries, opening the line and saying whose views these are or that
     * it is reposted ("仅代表作者本人", "转载", "版权", "信息存储空间"); a ministry's statement quoted in a story says none of it.
     */
    private static final Pattern DISCLAIMER = Pattern.compile(
            "^\\p{IsHan}{0,4}(?:声明|聲明)[：:].{0,80}?(?:仅代表|僅代表|不代表|转载|轉載|版权|版權|信息存储空间|資訊儲存空間|仅提供信息存储|僅提供資訊儲存)");
    /**
     * The same statement in English, as a portal prints it under its Chinese one ("Notice: The content above … is uploaded
     * and posted by a user of …, which is a social media platform and only provides information storage services").
     */
    private static final Pattern PLATFORM_NOTICE = Pattern.compile(
            "(?i)^(?:special\\s+)?(?:notice|disclaimer|statement)\\s*[:：].{0,240}?\\bplatform\\b.{0,60}?\\bonly\\s+provides?\\s+information\\s+storage");

    /**
     * A platform's or a portal's statement on what it carries ("平台声明：该文观点仅代表作者本人…", "Notice: The content above
     * … only provides information storage services"), a line of any length.
     */
    static boolean platformStatement(String line) {
        return !line.isEmpty() && TextFold.isCjk(line.charAt(0)) && (line.indexOf('声') >= 0 || line.indexOf('聲') >= 0)
                && DISCLAIMER.matcher(line).lookingAt()
                || line.indexOf("information storage") > 0 && PLATFORM_NOTICE.matcher(line).lookingAt();
    }

    /** A publication stamp: "Posted 14th April 2025", "Last updated: 2 May". A bare date may be the text's own (a programme). */
    private static final Pattern POSTED = Pattern.compile(
            "(?iu)^(posted|published|updated|last updated|posted on|published on|veröffentlicht|aktualisiert|опубликовано|обновлено)\\b");

    /** The three shapes of {@link #isBackLink}, each tried only on lines that open or end as it must. */
    private static final Pattern BACK_ARROW_FIRST = Pattern.compile("^(?:«|‹|<<?|←|⟵)\\s+[^»]*$");
    private static final Pattern BACK_ARROW_LAST = Pattern.compile("^[^«]*\\s(?:»|›|>>?|→|⟶)$");
    private static final Pattern BACK_WORDS = Pattern.compile("(?iu)(?:back to|return to|go back to|zurück zu[mr]?|назад к"
            + "|вернуться к|вернуться на|повернутися до|повернутися на|назад до)\\s|(?:返回|戻る|목록으로|목록 보기|이전 페이지).{0,12}$");
    /** The first letters of those words, lower case: most lines are not looked at further. */
    private static final String BACK_WORD_FIRST = "brgzнвп返戻목이";

    private static final Pattern MENU_SEPARATORS = Pattern.compile("\\s*[|>»]\\s*");

    private final Set<String> headers = new HashSet<>();
    private final List<String> headerPrefixes;
    /** No normalised line longer than this is a section header; longer lines skip the fold the header test needs. */
    private final int longestHeader;
    private final Set<String> menuWords = new HashSet<>();
    private final PhraseMatcher<Boolean> furniture;

    LineRules() {
        List<String> prefixes = new java.util.ArrayList<>();
        for (String[] row : TsvResource.rows("extract/section-headers.txt")) {
            String h = row[0];
            if (h.endsWith("*")) {
                prefixes.add(normalise(h.substring(0, h.length() - 1)));
            } else {
                headers.add(normalise(h));
            }
        }
        headerPrefixes = List.copyOf(prefixes);
        int longest = 0;
        for (String h : headers) {
            longest = Math.max(longest, h.length());
        }
        for (String p : headerPrefixes) {
            longest = Math.max(longest, p.length() + 20);
        }
        longestHeader = longest;
        for (String[] row : TsvResource.rows("extract/menu-words.txt")) {
            menuWords.add(TextFold.foldPhrase(row[0]));
        }
        Map<String, Boolean> phrases = new LinkedHashMap<>();
        for (String[] row : TsvResource.rows("extract/boilerplate-phrases.txt")) {
            phrases.put(row[0], Boolean.TRUE);
        }
        furniture = PhraseMatcher.of(phrases);
    }

    /** The line without list bullets and leading "date 2025-01-01" stamps; never null. */
    static String clean(String line) {
        String s = line.strip();
        // most lines have neither bullets nor a date stamp: no regex for them
        if (s.isEmpty() || (!isBullet(s.charAt(0)) && !s.startsWith("date "))) {
            return s;
        }
        s = BULLETS.matcher(s).replaceFirst("");
        return s.startsWith("date ") ? DATE_HEADER.matcher(s).replaceFirst("").strip() : s.strip();
    }

    /** The date of a leading "date 2025-01-01" stamp, if the raw line has one. */
    static String dateStamp(String line) {
        String s = line.strip();
        if (s.isEmpty() || (!isBullet(s.charAt(0)) && !s.startsWith("date "))) {
            return null;
        }
        var m = DATE_HEADER.matcher(BULLETS.matcher(s).replaceFirst(""));
        return m.find() ? m.group(1) : null;
    }

    private static boolean isBullet(char c) {
        return Character.isWhitespace(c) || "•·*|-–—>".indexOf(c) >= 0;
    }

    /**
     * What the line is. Each rule is guarded by a cheap test of a character its pattern cannot match without (the
     * last character, a colon, a parenthesis), so a paragraph of prose costs a few scans instead of a dozen regex
     * searches and a fold; the answers are the same as running every rule.
     */
    Kind kind(String line) {
        int alnum = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetterOrDigit(line.charAt(i))) {
                alnum++;
            }
        }
        if (alnum == 0) {
            return Kind.FURNITURE;
        }
        // the normalised line holds at least its letters and digits, so a long one cannot be a header
        if (alnum <= longestHeader && isHeader(normalise(line))) {
            return Kind.HEADER;
        }
        int tokens = tokens(line);
        char last = line.charAt(line.length() - 1);
        if (line.length() <= 24 && (Character.isDigit(last) || "-–—页지".indexOf(last) >= 0)
                && PAGE_NUMBER.matcher(line.strip()).matches()) {
            return Kind.FURNITURE;
        }
        if ((endsAgo(line) && AGO.matcher(line).matches())
                || ((last == 'C' || last == 'F') && WEATHER.matcher(line).matches())
                || ((Character.isDigit(last) || last == 'm' || last == 'M') && TIME_ONLY.matcher(line).matches())) {
            return Kind.TIMESTAMP;
        }
        if (line.length() <= 60 && "PpUuLlVvAaОо".indexOf(line.charAt(0)) >= 0 && POSTED.matcher(line).lookingAt()
                && DateFinder.hasDate(line)) {
            return Kind.FURNITURE;
        }
        if (line.length() <= 60 && DateFinder.hasDate(line) && letters(line) <= 30) {
            return Kind.TIMESTAMP;
        }
        boolean colonOrBar = line.indexOf(':') >= 0 || line.indexOf('|') >= 0 || line.indexOf('：') >= 0 || line.indexOf('｜') >= 0;
        if ((colonOrBar && TICKER.matcher(line).lookingAt()) || isIconSoup(line) || isMenu(line, tokens)) {
            return Kind.FURNITURE;
        }
        // each pattern only where its first letters can be: "END" in the line, an ideograph or kana first
        if (line.length() <= 60 && ((line.indexOf("END") >= 0 || line.indexOf("End") >= 0 || line.indexOf('끝') >= 0)
                && END_MARK.matcher(line).matches()
                || (TextFold.isCjk(line.charAt(0)) || "（(【".indexOf(line.charAt(0)) >= 0) && CJK_CREDIT.matcher(line).lookingAt())) {
            return Kind.FURNITURE;
        }
        // a platform's disclaimer under a story it carries: "新浪声明：此消息系转载自…", "平台声明：该文观点仅代表作者本人…"
        if (platformStatement(line)) {
            return Kind.FURNITURE;
        }
        if (tokens == 1 && line.length() <= 10 && LIVE_MARK.matcher(line.strip()).matches()) {
            return Kind.FURNITURE;
        }
        if (tokens <= 8 && isBackLink(line, last)) {
            return Kind.FURNITURE;
        }
        if (tokens <= 14 && BYLINE.matcher(line).matches()) {
            return Kind.FURNITURE;
        }
        // a bare address under the story ("kim@example.co.kr"); with the reporter's name it is the story's signature
        if (tokens == 1 && line.indexOf('@') > 0 && EMAIL.matcher(line).find()) {
            return Kind.FURNITURE;
        }
        if (tokens <= 25 && isFurniturePhrase(line, tokens)) {
            return Kind.FURNITURE;
        }
        if ((colonOrBar && (INLINE_PROMO.matcher(line).find() || PROMO_OPENING.matcher(line).lookingAt())) || (tokens <= 60 && line.indexOf('(') >= 0 && CAPTION.matcher(line).find())) {
            return Kind.FURNITURE;
        }
        return Kind.TEXT;
    }

    /**
     * Whether a furniture phrase marks the line. A phrase news prose uses too (marked weak) in a line shaped as a
     * sentence ("Residents are asked to sign up at the library desk.", "The loading of shells at Rajin went on.") is
     * the story's own unless it opens the line as an imperative or label does ("Sign up for alerts.", "Advertisement")
     * or the line speaks to its reader ("This site uses cookies to improve your experience.").
     */
    private boolean isFurniturePhrase(String line, int tokens) {
        List<PhraseMatcher.Hit<Boolean>> hits = furniture.findAll(line);
        if (hits.isEmpty()) {
            return false;
        }
        if (!isSentence(line, tokens)) {
            return true;
        }
        for (PhraseMatcher.Hit<Boolean> h : hits) {
            if (!h.weak() || opensLine(line, h.start())) {
                return true;
            }
        }
        return addressesReader(line);
    }

    /** Six words or more (four in Korean) from a capital or a quote to a full stop: a sentence, not a label or a button. */
    private static boolean isSentence(String line, int tokens) {
        char first = line.charAt(0);
        // Chinese and Japanese write without spaces, so their words are not counted: their phrases are prose-safe
        boolean hangul = TextFold.isHangul(first);
        if (tokens < (hangul ? 4 : 6) || !hangul && TextFold.isCjk(first)) {
            return false;
        }
        if (!hangul && !Character.isUpperCase(first) && !Character.isDigit(first) && "\"'«„“‘".indexOf(first) < 0) {
            return false;
        }
        int end = line.length() - 1;
        while (end > 0 && "\"'»“”’)".indexOf(line.charAt(end)) >= 0) {
            end--;
        }
        return ".!?…".indexOf(line.charAt(end)) >= 0;
    }

    private static boolean opensLine(String line, int start) {
        for (int i = 0; i < start; i++) {
            if (Character.isLetterOrDigit(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Words a page uses to its reader and a news story's narration does not: "your", "please", "Sie"-less German "bitte". */
    private static final Set<String> READER_WORDS = Set.of("you", "You", "your", "Your", "yours", "we", "We", "our", "Our",
            "us", "please", "Please", "вы", "Вы", "вас", "Вас", "вам", "Вам", "ваш", "Ваш", "ваши", "вашу", "вашей", "наш", "Наш",
            "наши", "нашу", "нашей", "нас", "пожалуйста", "Пожалуйста", "ви", "Ви", "bitte", "Bitte", "unser", "Unser",
            "unseren", "unserem", "unsere", "Unsere", "uns");

    private static boolean addressesReader(String line) {
        // Korean asks its reader in the polite imperative: "구독해 주세요", "확인하세요", "바랍니다"
        if (line.contains("세요") || line.contains("십시오") || line.contains("바랍니다")) {
            return true;
        }
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && !Character.isLetter(line.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && Character.isLetter(line.charAt(i))) {
                i++;
            }
            if (i > s && i - s <= 10 && READER_WORDS.contains(line.substring(s, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A way back or on, not text: "« Back to Parish News", "← Zurück zur Übersicht", "Next article →", "목록으로". An arrow
     * opening a line needs a space after it, since Russian and Ukrainian quote with «»: «Мы готовы» is a quotation.
     */
    private static boolean isBackLink(String line, char last) {
        char first = line.charAt(0);
        if ("«‹<←⟵".indexOf(first) >= 0) {
            return BACK_ARROW_FIRST.matcher(line).matches();
        }
        if ("»›>→⟶".indexOf(last) >= 0) {
            return BACK_ARROW_LAST.matcher(line).matches();
        }
        // Japanese names the page first and the way back last: "お知らせ一覧へ戻る", "トップページに戻る"; "冬の港に戻る" is a line
        if (last == 'る' && line.length() <= BACK_LINE_JA && BACK_JA.matcher(line).find()) {
            return true;
        }
        return BACK_WORD_FIRST.indexOf(Character.toLowerCase(first)) >= 0 && BACK_WORDS.matcher(line).lookingAt();
    }

    private static final Pattern BACK_JA = Pattern.compile("(?:一覧|ページ|トップ|ホーム|目次|記事|前)[へに]戻る$");
    /** A Japanese way back is a page's name and "へ戻る": a longer line is a sentence. */
    private static final int BACK_LINE_JA = 16;

    /** Whether the line ends as a relative timestamp must: "ago", "назад" or "전". */
    private static boolean endsAgo(String line) {
        int n = line.length();
        return line.regionMatches(true, n - 3, "ago", 0, 3) || line.regionMatches(true, n - 5, "назад", 0, 5) || line.endsWith("전");
    }

    /**
     * A section header ({@link Kind#HEADER}) that heads readers' comments ("この記事へのコメント", "Comments on this post",
     * "Комментарии к записи (2)"): they are the last part of a story's box, so what follows it in the box is theirs, not
     * more of the story, where a "Related" list may sit mid-story.
     */
    static boolean namesComments(String header) {
        return COMMENT_WORD.matcher(header).find();
    }

    /**
     * A header in a word that names a page's answers as well as readers' comments ("Responses", "2 Antworten", "回复 (2)",
     * "Відповіді", "返信 2件"): a consultation's subhead or a board's answer too, so not listed; a comment header only
     * where signed posts follow it (round thirty-seven).
     */
    private static final Pattern ANSWERS_HEADER = Pattern.compile(
            "(?iu)(?:\\d+\\s*)?(?:responses|antworten|ответы|відповіді|回复|回覆|返信)(?:\\s*[(（:：]?\\s*\\d+\\s*[件条個]?\\s*[)）]?)?");

    static boolean answersHeader(String line) {
        return line.length() <= 40 && ANSWERS_HEADER.matcher(normalise(line)).matches();
    }

    private boolean isHeader(String norm) {
        if (headers.contains(norm)) {
            return true;
        }
        // with its count: "Комментарии (4)", "12 Comments", "댓글 3"
        String uncounted = withoutCount(norm);
        if (uncounted != norm && headers.contains(uncounted)) {
            return true;
        }
        for (String p : headerPrefixes) {
            if (norm.startsWith(p) && norm.length() - p.length() <= 20) {
                return true;
            }
        }
        return false;
    }

    /**
     * The normalised line without a number of items before or after its words ("комментарии (4", "12 comments"), or
     * the line itself when it has none.
     */
    private static String withoutCount(String norm) {
        int a = 0;
        int b = norm.length();
        while (a < b && Character.isDigit(norm.charAt(a))) {
            a++;
        }
        if (a == 0) {
            while (b > 0 && Character.isDigit(norm.charAt(b - 1))) {
                b--;
            }
            if (b == norm.length()) {
                return norm;
            }
        }
        while (a < b && !Character.isLetter(norm.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetter(norm.charAt(b - 1))) {
            b--;
        }
        return a == 0 && b == norm.length() || a >= b ? norm : norm.substring(a, b);
    }

    /** Three or more whitespace-separated tokens ending in "icon". */
    private static boolean isIconSoup(String line) {
        int icons = 0;
        for (int at = line.indexOf("icon"); at >= 0; at = line.indexOf("icon", at + 4)) {
            int after = at + 4;
            if (after == line.length() || " \t\n\u000b\f\r".indexOf(line.charAt(after)) >= 0) {
                icons++;
            }
        }
        return icons >= 3;
    }

    /** A site's menu set as one line ("Home | News | Sport", "Home Local Business Opinion"). */
    boolean isMenu(String line) {
        return isMenu(line, tokens(line));
    }

    private boolean isMenu(String line, int tokens) {
        if (tokens < 2 || tokens > 40) {
            return false;
        }
        int separators = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|' || c == '>' || c == '»') {
                separators++;
            }
        }
        if (separators >= 2) {
            String[] segments = MENU_SEPARATORS.split(line);
            if (segments.length >= 3) {
                boolean allShort = true;
                for (String s : segments) {
                    allShort &= tokens(s) <= 3;
                }
                if (allShort) {
                    return true;
                }
            }
        }
        if (tokens > 14) {
            return false;
        }
        // the folded words, with list punctuation read as spaces; a line stops being a menu once too many are unknown
        int words = 0;
        for (int i = 0; i <= line.length(); i++) {
            boolean in = i < line.length() && !isMenuSpace(line.charAt(i));
            boolean before = i > 0 && !isMenuSpace(line.charAt(i - 1));
            if (!in && before) {
                words++;
            }
        }
        int needed = Math.max(2, (tokens * 6 + 9) / 10);
        int known = 0;
        int unknown = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= line.length() && words - unknown >= needed; i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (!isMenuSpace(c)) {
                word.append(TextFold.fold(c));
            } else if (!word.isEmpty()) {
                if (menuWords.contains(word.toString())) {
                    known++;
                } else {
                    unknown++;
                }
                word.setLength(0);
            }
        }
        return known >= 2 && known * 10 >= tokens * 6;
    }

    private static boolean isMenuSpace(char c) {
        return "|/·•,".indexOf(c) >= 0 || TextFold.fold(c) == ' ';
    }

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** A headline that names a live page by its first or last word: "Live: storm closes coast road", "Выборы — онлайн". */
    static boolean liveHeadline(String title) {
        String[] words = NON_LETTERS.split(title.strip());
        int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        return words.length > first && (LIVE_MARK.matcher(words[first]).matches() || LIVE_MARK.matcher(words[words.length - 1]).matches());
    }

    static String normalise(String line) {
        String f = TextFold.foldPhrase(line);
        int a = 0;
        int b = f.length();
        while (a < b && !Character.isLetterOrDigit(f.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(f.charAt(b - 1))) {
            b--;
        }
        return f.substring(a, b);
    }

    static int tokens(String line) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean ws = Character.isWhitespace(line.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }

    private static int letters(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
