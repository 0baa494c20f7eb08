package dev.tumen.classifier.extract;

import dev.tumen.classifier.budget.PageBudget;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A message's header block ("From: …", "Date: …", "Subject: …") over its text: a press office's mail kept as a web page,
 * a webmail's message view, a list archive's message, a mail pasted as text. Such a page names its story in the
 * subject line and nowhere else (its {@code <title>} says "Message view", its {@code h1} names the archive), so the
 * subject is the headline, and the block is the message's envelope, not its text.
 */
final class MessageHeaders {
    /** What the subject line is labelled in the languages Tumen reads. */
    private static final Set<String> SUBJECT = Set.of("subject", "тема", "тема письма", "тема листа", "제목", "主题", "主題", "件名",
            "betreff", "objet", "asunto");
    /** The envelope's other lines: a subject line among them is a message's, not a form's or a table's. */
    private static final Set<String> OTHERS = Set.of("from", "to", "cc", "date", "sent", "reply-to",
            "от", "кому", "копия", "дата", "отправлено", "від", "відправлено",
            "отправитель", "получатель", "відправник", "отримувач", "одержувач",
            "보낸 사람", "받는 사람", "보낸사람", "받는사람", "날짜", "보낸 날짜", "참조", "수신", "발신", "수신자", "발신자", "시행일",
            "发件人", "收件人", "日期", "发送时间", "时间", "時間", "寄件者", "收件者", "差出人", "宛先", "送信日時", "日付",
            "von", "an", "datum", "gesendet", "de", "à", "envoyé", "para", "fecha", "enviado");
    /** The envelope's sender line: a message's mark, which a date or an addressee line alone is not (a lesson's notes). */
    private static final Set<String> SENDER = Set.of("from", "от", "від", "отправитель", "відправник", "보낸 사람", "보낸사람",
            "발신", "발신자", "发件人", "寄件者", "差出人", "von", "de");
    /** A header line: a label of at most three words, a colon, the value. */
    private static final Pattern LINE = Pattern.compile("^\\s*([\\p{L}][\\p{L}\\- \u3000]{0,18}?)\\s*[:：]\\s*(\\S.*)$");
    /**
     * Forwarding and reply marks and a list's tag (a word or two) before the subject: "Fwd: ", "RE: ", "[press-list] ",
     * "[Städtetag Info] "; a bracket of more words is the headline's own ("[The Harbour Diaries] More letters from
     * readers", a series' name).
     */
    private static final Pattern MARKS = Pattern.compile(
            "(?iu)^(?:(?:re|fwd?|aw|wg|tr|отв|пересл|答复|回复|转发)\\s*[:：]\\s*|\\[[^\\]\\s]{1,40}(?:\\s[^\\]\\s]{1,40})?\\]\\s*)+");
    /** Whether a field's label ("Betreff", "Тема:", "件名") names a subject. */
    static boolean subjectLabel(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.endsWith(":") || l.endsWith("：")) {
            l = l.substring(0, l.length() - 1).strip();
        }
        return SUBJECT.contains(l);
    }

    /**
     * The line a mail client sets over a forwarded or quoted mail's envelope: a few words between runs of dashes
     * ("---------- Forwarded message ---------", "-----Original Message-----", "-----Ursprüngliche Nachricht-----",
     * "-------- Пересылаемое сообщение --------", "-----원본 메시지-----", "-------- 原始邮件 --------"), or Apple
     * Mail's "Begin forwarded message:".
     */
    private static final Pattern FORWARD_MARK = Pattern.compile(
            "(?iu)-{3,}\\s*\\p{L}[\\p{L}\\s]{1,38}\\s*-{3,}|begin forwarded message:?|anfang der weitergeleiteten nachricht:?");

    static boolean forwardMark(String line) {
        String t = line.strip();
        return t.length() <= 80 && FORWARD_MARK.matcher(t).matches();
    }

    /** An envelope has this many lines at most; a longer run of "label: value" lines is a data table. */
    private static final int MAX_LINES = 8;

    private MessageHeaders() {
    }

    /** A header block found in lines: lines [start, end) are the envelope, {@code subject} its subject without marks. */
    record Found(int start, int end, String subject, List<String> lines) {
    }

    /**
     * The first run of header lines in {@code lines}, two lines or more, one of them the subject and one another
     * envelope line, or {@code null}. Empty lines do not break the run (an archive sets one between each).
     */
    static Found find(List<String> lines) {
        int start = -1;
        int last = -1;
        int n = 0;
        String subject = null;
        boolean other = false;
        for (int i = 0; i < lines.size(); i++) {
            PageBudget.check();
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            // a forwarded or quoted mail's mark opens its envelope ("---------- Forwarded message ---------")
            if (start < 0 && forwardMark(line)) {
                start = i;
                last = i;
                continue;
            }
            String label = label(line);
            if (label != null && n < MAX_LINES) {
                if (start < 0) {
                    start = i;
                }
                last = i;
                n++;
                if (SUBJECT.contains(label) && subject == null) {
                    subject = value(line);
                } else {
                    other |= OTHERS.contains(label);
                }
                continue;
            }
            if (subject != null && other && n >= 2) {
                break;
            }
            start = -1;
            n = 0;
            subject = null;
            other = false;
        }
        return subject != null && other && n >= 2 && !subject.isEmpty()
                ? new Found(start, last + 1, subject, lines.subList(start, last + 1)) : null;
    }

    /**
     * The element of the page holding nothing but a message's header lines (a table of "From:" and "Subject:" rows, a
     * list of them, a box of rows), with the subject, or {@code null}. Only an element whose every child with text is
     * one such line counts: a longer box that mentions a subject is the text.
     */
    static Element block(Element root, String[] subject) {
        return block(root, subject, new java.util.ArrayList<>());
    }

    /**
     * As {@link #block(Element, String[])}, and a board's post view too: the rows heading a post in its table (see
     * {@link #boardHead}) go into {@code heads}, the subject into {@code subject}, and no element is returned.
     */
    static Element block(Element root, String[] subject, List<Element> heads) {
        Element[] found = new Element[1];
        int[] looked = new int[2];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                PageBudget.check();
                if (!(node instanceof TextNode t)) {
                    return FilterResult.CONTINUE;
                }
                // a label alone ("Subject:", "<strong>Subject</strong>") or a line opening with one; most text opens otherwise
                String raw = t.getWholeText();
                if (raw.length() > 200) {
                    return FilterResult.CONTINUE;
                }
                if (!(mayOpenSubject(raw) && opensWithSubject(raw.strip()) || boardSubject(raw.strip()))) {
                    // or a sender's line, over a subject set as a heading without its label (a newsletter's web copy),
                    // looked at on a budget of its own: a thread's many "From:" lines leave the subjects' looks as they were
                    if (!opensWithSender(raw.strip()) || ++looked[1] > 16) {
                        return FilterResult.CONTINUE;
                    }
                } else if (++looked[0] > 16) {
                    return FilterResult.STOP;
                }
                Element row = t.parentNode() instanceof Element p ? p : null;
                for (int up = 0; row != null && row != root && up < ROW_DEPTH; row = row.parent(), up++) {
                    // the envelope as <br> lines of one paragraph ("<b>Тема:</b> …<br><b>От:</b> …<br><b>Дата:</b> …"),
                    // set apart from the text (a list archive's message: the paragraph, a rule, the <pre>)
                    Found lines = brLines(row);
                    if (lines != null) {
                        subject[0] = lines.subject();
                        found[0] = row;
                        return FilterResult.STOP;
                    }
                    Element box = row.parent();
                    if (box == null || asLine(row) == null && !boardSubjectRow(row)) {
                        continue;
                    }
                    Found f = rows(box);
                    if (f != null) {
                        subject[0] = f.subject();
                        found[0] = box;
                        return FilterResult.STOP;
                    }
                    List<Element> head = boardHead(box, row, subject);
                    if (head == null) {
                        head = leadingRows(box, row, subject);
                    }
                    if (head != null) {
                        heads.addAll(head);
                        return FilterResult.STOP;
                    }
                    // a bold run or a cell holding the line alone: the row is the box around it (<tr><td><b>Subject: …)
                    if (!aloneIn(box, row)) {
                        break;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return found[0];
    }

    /** How far above its label a header row is looked for: the label's cell or bold, then the row. */
    private static final int ROW_DEPTH = 3;

    /** Whether {@code row} is the only child of {@code box} holding text. */
    private static boolean aloneIn(Element box, Element row) {
        for (Element c : box.children()) {
            if (c != row && c.hasText()) {
                return false;
            }
        }
        return true;
    }

    /** Opens with a sender's label before a colon: "From: …", "От: …", "发件人：…". */
    static boolean opensWithSender(String own) {
        int colon = own.indexOf(':');
        int wide = own.indexOf('：');
        int end = colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
        return end > 0 && end <= SUBJECT_LABEL && SENDER.contains(key(own.substring(0, end)));
    }

    /** The first letter of a subject label, by a look at one character. */
    static boolean mayOpenSubject(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Character.isWhitespace(c)) {
                return "sSтТ제主件bBoOaA".indexOf(c) >= 0;
            }
        }
        return false;
    }

    /** A subject label is this long at most: "Subject", "Betreff", "件名", "Тема письма". */
    private static final int SUBJECT_LABEL = 11;

    /** Opens with a subject label, alone or before a colon. */
    static boolean opensWithSubject(String own) {
        int colon = own.indexOf(':');
        int wide = own.indexOf('：');
        int end = colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
        int length = end < 0 ? own.length() : end;
        if (length > SUBJECT_LABEL + 2) {
            return false;
        }
        return SUBJECT.contains(key(own.substring(0, length)));
    }

    /** What a board's post view labels its post with besides the subject ("작성자", "조회수", "Views", "发布时间"). */
    private static final Set<String> BOARD = Set.of("작성자", "작성일", "등록일", "조회수", "조회", "글쓴이", "부서", "담당부서",
            "writer", "author", "posted", "views", "hits", "作者", "发布者", "发布时间", "发布日期", "浏览次数", "点击数", "阅读次数",
            "投稿者", "投稿日", "登録日", "閲覧数", "автор", "просмотров", "просмотры", "опубликовано", "автор:",
            "verfasser", "aufrufe", "erstellt", "留言人", "留言时间", "来信人", "来信时间", "受付日", "受付番号", "回答日", "질문자");

    /** What a board's post view labels its subject with besides a mail's labels ("标题", "Title"): boards only. */
    /** How many rows after a board's head are looked at for the post's text. */
    private static final int BOARD_AFTER = 3;

    private static final Set<String> BOARD_SUBJECT = Set.of("标题", "標題", "title", "titel", "заголовок", "タイトル", "글제목", "留言标题", "来信标题");

    private static boolean boardSubject(String label) {
        String l = label.endsWith(":") || label.endsWith("：") ? label.substring(0, label.length() - 1).strip() : label;
        return l.length() <= 10 && BOARD_SUBJECT.contains(l.toLowerCase(Locale.ROOT));
    }

    /** A table row whose first cell is a board's subject label and a value beside it. */
    private static boolean boardSubjectRow(Element row) {
        return row.normalName().equals("tr") && row.childrenSize() >= 2 && boardSubject(row.child(0).text().strip());
    }

    /**
     * A board's post view (Korean government and embassy sites, old CMS boards): a table whose first rows are label
     * cells and their values, the subject among them ({@code <th>제목</th><td>…</td>}) and a post label beside it
     * ({@code <th>작성자</th><td>…</td><th>작성일</th><td>…</td>}), then a row holding the post's text. Those first rows
     * head the post, and the subject is its headline (round twenty-nine). Null when the box is built otherwise.
     */
    private static List<Element> boardHead(Element box, Element subjectRow, String[] subject) {
        if (!box.normalName().equals("tbody") && !box.normalName().equals("table")) {
            return null;
        }
        List<Element> head = new java.util.ArrayList<>();
        String found = null;
        boolean other = false;
        boolean post = false;
        int after = 0;
        for (Element row : box.children()) {
            PageBudget.check();
            if (!row.normalName().equals("tr") || !row.hasText()) {
                continue;
            }
            List<Element> cells = row.children();
            boolean headRow = head.size() < MAX_LINES && !post && cells.size() >= 2 && cells.size() % 2 == 0;
            for (int i = 0; headRow && i < cells.size(); i += 2) {
                String l = cells.get(i).text().strip();
                l = key(l.endsWith(":") || l.endsWith("：") ? l.substring(0, l.length() - 1).strip() : l);
                if ((SUBJECT.contains(l) || BOARD_SUBJECT.contains(l)) && found == null) {
                    found = cells.get(i + 1).text().strip();
                } else if (BOARD.contains(l) || OTHERS.contains(l)) {
                    other = true;
                } else {
                    headRow = false;
                }
            }
            if (headRow) {
                head.add(row);
            } else if (head.isEmpty() || !head.contains(subjectRow)) {
                return null;
            } else {
                // the post: a row of text as long as a paragraph, right after the head (a few rows looked at)
                // in Latin-text terms: a Japanese question of seventy characters is a paragraph
                String text = row.text();
                post = text.length() + 2 * DomBlocks.ideographs(text) >= 100;
                if (post || ++after >= BOARD_AFTER) {
                    break;
                }
            }
        }
        if (found == null || found.isEmpty() || !other || head.size() < 2 || !post) {
            return null;
        }
        subject[0] = found;
        return head;
    }

    /**
     * The header lines opening a box that holds the message's text after them: a webmail's letter view setting each
     * line in a {@code div} of its own ("Від: …", "Кому: …", "Дата: …", "Тема: …") above the {@code div} of the text, in
     * one box. Those rows, the subject's among them, or {@code null}.
     */
    private static List<Element> leadingRows(Element box, Element subjectRow, String[] subject) {
        List<Element> head = new java.util.ArrayList<>();
        List<String> lines = new java.util.ArrayList<>();
        Element after = null;
        for (Element c : box.children()) {
            PageBudget.check();
            if (!c.hasText()) {
                continue;
            }
            String line = head.size() < MAX_LINES ? asLine(c) : null;
            if (line == null && head.isEmpty() && forwardMark(c.text())) {
                line = c.text().strip();
            }
            if (line == null) {
                after = c;
                break;
            }
            head.add(c);
            lines.add(line);
        }
        if (head.isEmpty() || head.size() == box.children().size() || !head.contains(subjectRow)) {
            return null;
        }
        boolean sender = false;
        for (String line : lines) {
            sender |= SENDER.contains(String.valueOf(label(line)));
        }
        Found f = find(lines);
        if (f == null && sender && !lines.stream().anyMatch(l -> SUBJECT.contains(String.valueOf(label(l)))) && !titledByH1(box)) {
            // a newsletter's web copy: the sender's row, then the subject set as a heading without its label (a bold cell
            // in a large size), then the text (session 48, the lead's --mutate title-email)
            String line = after == null ? null : setAsHeading(after);
            Element text = line == null ? null : after.nextElementSibling();
            while (text != null && !text.hasText()) {
                text = text.nextElementSibling();
            }
            if (text == null || text.text().length() <= line.length()) {
                return null;
            }
            head.add(after);
            subject[0] = line;
            return head;
        }
        // a mail's envelope has a sender, a date or an addressee besides the subject: two rows ("Date:", "Subject:" over
        // a lesson's notes) may head anything; a sender's and a subject's rows are a mail's
        if (head.size() < (sender ? 2 : ENVELOPE_ROWS) || f == null || f.start() != 0 || f.end() != lines.size()) {
            return null;
        }
        subject[0] = f.subject();
        return head;
    }

    /**
     * Whether the page has an {@code h1} of text: a page titled by its heading (a letters page's "From:" line over a
     * letter's lead set in bold) is no message's copy.
     */
    private static boolean titledByH1(Element box) {
        org.jsoup.nodes.Document doc = box.ownerDocument();
        for (Element h1 : doc == null ? List.<Element>of() : doc.getElementsByTag("h1")) {
            if (h1.hasText()) {
                return true;
            }
        }
        return false;
    }

    /** A subject's line is this long at most, in Latin-text terms. */
    private static final int SUBJECT_CHARS = 200;
    /** A line set in this size or larger (CSS pixels) stands apart from a message's text, set at 12 to 16 pixels. */
    private static final int HEADING_PX = 18;
    private static final Pattern FONT_SIZE = Pattern.compile("(?i)font-size\\s*:\\s*([0-9.]+)\\s*(px|pt|em|rem)");
    private static final Pattern FONT_BOLD = Pattern.compile("(?i)font-weight\\s*:\\s*(?:bold|bolder|[6-9]00)");

    /**
     * The row's text when it is one line set as a heading by inline style, as a mail's HTML sets its subject (mail
     * programs drop style sheets): bold ({@code <b>}, {@code <strong>}, {@code font-weight} 600 and more) and large (18px,
     * 14pt, 1.1em, {@code <font size=4>} and more) on the row or the wrappers holding its text alone; no link, no line
     * break, ending no sentence with a full stop; else null. A heading element is not enough: a letters page sets a
     * letter's title in an {@code h3} under its writer's "From:" line.
     */
    static String setAsHeading(Element row) {
        String t = row.text().strip();
        if (t.isEmpty() || t.length() + 2 * DomBlocks.ideographs(t) > SUBJECT_CHARS || row.selectFirst("a, br, p, li, img") != null
                || t.endsWith(".") || t.endsWith("。")) {
            return null;
        }
        boolean bold = false;
        boolean large = false;
        // the row and the wrappers holding the text alone: <tr><td style="…"><span style="…">Subject</span></td></tr>
        for (Element e = row; e != null; e = e.childrenSize() == 1 && e.child(0).text().strip().equals(t) ? e.child(0) : null) {
            String tag = e.normalName();
            String style = e.attr("style");
            bold |= tag.equals("b") || tag.equals("strong") || FONT_BOLD.matcher(style).find();
            Matcher m = FONT_SIZE.matcher(style);
            if (m.find()) {
                double v = Double.parseDouble(m.group(1));
                String unit = m.group(2).toLowerCase(Locale.ROOT);
                large |= unit.equals("px") ? v >= HEADING_PX : unit.equals("pt") ? v >= HEADING_PX * 0.75 : v >= 1.1;
            }
            if (tag.equals("font") && e.attr("size").strip().matches("[+]?[4-7]")) {
                large = true;
            }
        }
        return bold && large ? t : null;
    }

    /**
     * An element's lines split at its {@code <br>}s as a message's envelope, when each line is a header line, three or
     * more, and they are the whole element; else {@code null}.
     */
    private static Found brLines(Element e) {
        if (e.selectFirst("> br") == null) {
            return null;
        }
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof Element c && c.normalName().equals("br")) {
                lines.add(line.toString().strip());
                line.setLength(0);
            } else {
                line.append(n instanceof TextNode t ? t.text() : n instanceof Element c ? c.text() : "");
            }
            if (lines.size() > MAX_LINES) {
                return null;
            }
        }
        lines.add(line.toString().strip());
        lines.removeIf(String::isEmpty);
        if (lines.size() < ENVELOPE_ROWS) {
            return null;
        }
        Found f = find(lines);
        return f != null && f.start() == 0 && f.end() == lines.size() ? f : null;
    }

    /** How many rows an envelope opening the message's box has at least. */
    private static final int ENVELOPE_ROWS = 3;

    /** The box's children as header lines, when every child with text is one. */
    private static Found rows(Element box) {
        List<Element> children = box.children();
        if (children.size() < 2 || children.size() > MAX_LINES + 2) {
            return null;
        }
        List<String> lines = new java.util.ArrayList<>();
        for (Element c : children) {
            if (!c.hasText()) {
                continue;
            }
            String line = asLine(c);
            if (line == null) {
                return null;
            }
            lines.add(line);
        }
        Found f = find(lines);
        return f != null && f.start() == 0 && f.end() == lines.size() ? f : null;
    }

    /**
     * A row as a header line: "Subject: …" as it stands, or a label cell and its value ({@code <th>제목</th><td>…</td>},
     * a {@code <dt>} before its {@code <dd>}), the colon the cell leaves out put back; else {@code null}.
     */
    private static String asLine(Element row) {
        String t = row.text().strip();
        if (label(t) != null) {
            return t;
        }
        if (row.childrenSize() < 2) {
            return null;
        }
        String cell = row.child(0).text().strip();
        String l = cell.endsWith(":") || cell.endsWith("：") ? cell.substring(0, cell.length() - 1).strip() : cell;
        String key = key(l);
        String rest = t.length() > cell.length() && t.startsWith(cell) ? t.substring(cell.length()).strip() : "";
        return (SUBJECT.contains(key) || OTHERS.contains(key)) && !rest.isEmpty() ? l + ": " + rest : null;
    }

    /** The line's label, lower case, when it is a known envelope label; else {@code null}. */
    static String label(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String label = key(m.group(1));
        return SUBJECT.contains(label) || OTHERS.contains(label) ? label : null;
    }

    private static final Pattern WIDE_SPACES = Pattern.compile("[\\s\u3000]+");

    /**
     * A label as the sets hold it: lower case, and a Chinese or Japanese label spaced out to its cell's width with
     * ideographic spaces ("主　题：", "时　间：", as a mail client's table sets them) closed up.
     */
    static String key(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < l.length(); i++) {
            if (Character.UnicodeScript.of(l.charAt(i)) == Character.UnicodeScript.HAN) {
                return WIDE_SPACES.matcher(l).replaceAll("");
            }
        }
        return l;
    }

    /** The subject a line states after its label ("Тема: …", "Subject: Re: …"), without marks; or {@code null}. */
    static String subjectOf(String line) {
        String label = label(line);
        String subject = label != null && SUBJECT.contains(label) ? value(line) : "";
        return subject.isEmpty() ? null : subject;
    }

    private static String value(String line) {
        Matcher m = LINE.matcher(line);
        return m.matches() ? MARKS.matcher(m.group(2).strip()).replaceFirst("").strip() : "";
    }
}
