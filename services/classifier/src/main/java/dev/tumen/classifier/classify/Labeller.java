package dev.tumen.classifier.classify;

import dev.tumen.classifier.budget.PageBudget;
import dev.tumen.classifier.gazetteer.Entity;
import dev.tumen.classifier.gazetteer.Gazetteer;
import dev.tumen.classifier.gazetteer.Mention;
import dev.tumen.classifier.gazetteer.Party;
import dev.tumen.classifier.gazetteer.PhraseMatcher;
import dev.tumen.classifier.gazetteer.TextFold;
import dev.tumen.model.Actor;
import dev.tumen.model.Category;
import dev.tumen.model.Severity;
import dev.tumen.model.SeverityBasis;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Applies the rubric of {@code spec/labels.md} to an article's own text (headline + body, chrome already removed).
 *
 * <p>Relevance: a sentence counts when it names both sides (Russia-side and DPRK-side people, bodies, places or
 * the countries; outlets do not count, so "TASS reported" on a North Korea-only story stays irrelevant), unless the
 * two only sit together in a list with third countries. Such sentences score by position (headline, lead, rest)
 * and by whether an interaction cue is present; one background sentence deep in a one-sided story stays below
 * the threshold. Severity: the highest rubric row whose rule fires in the headline or lead, the main event; cues
 * inside background clauses ("amid", "following", "recalled", "last year's" and their ru/uk/ko/zh/ja/de kin) neither
 * raise nor lower it. The label names the sentence that decided it and the rubric row it matched.
 *
 * <p>Thread-safe: all state is built in the constructor and only read afterwards.
 */
public final class Labeller {
    /** Body sentences after the headline that make up the lead, the main event's home. */
    static final int LEAD = 2;
    static final double TITLE_WEIGHT = 3.0;
    static final double LEAD_WEIGHT = 2.0;
    static final double BODY_WEIGHT = 1.0;
    /** A pair sentence without any interaction cue is mere co-mention: it counts for little. */
    static final double NO_CUE_FACTOR = 0.4;
    /** Evidence score at which the article is relevant: a headline pair alone, or a lead pair and more. */
    static final double THRESHOLD = 2.5;
    /** Steepness of {@link #calibrated}: fitted on dev2's tuned part (Brier 0.079 with the old score/(score+T), 0.044). */
    static final double CALIBRATION_EXPONENT = 4.0;
    static final double RELEVANCE_FLOOR = 0.03;
    static final int MAX_EVIDENCE = 3;
    /** Gazetteer role of names made of common words whose words must not count as cues. */
    static final String NAME_ONLY = "name_only";
    /** Datelines and agency tags ("SEOUL, October 7.", "/TASS/.") split off as sentences but must not use up the lead. */
    static final int MIN_SENTENCE_CHARS = 25;
    static final int MAX_EVIDENCE_CHARS = 400;
    /** Longest dateline looked for: "ВАШИНГТОН, 21 мар /ПРАЙМ/." is 26 characters, an agency line with a date rarely 60. */
    static final int MAX_DATELINE_CHARS = 60;
    /** A place in capitals opening a short line ("SEOUL, Oct. 7", "МОСКВА, 5 июня"), or an agency tag closing it ("/TASS/."). */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]{2,}(,|\\s\\(|\\s[—–-]).*|.*/\\s?\\p{Lu}[\\p{L} -]*/\\.?$");
    /**
     * Headline and lead read as one report: a headline that names one side ("Ensemble performs in Pyongyang")
     * over a lead that names the other is the same two-sided event told across sentences.
     */
    static final double CROSS_WEIGHT = 1.5;
    /**
     * Cue groups that name a kind of exchange between the sides (the rubric's rows), so a two-sided sentence with
     * one of them reports an interaction even without a generic interaction verb: a concert, a match, a greeting.
     */
    static final Set<String> EXCHANGE_GROUPS = Set.of("interaction", "culture", "sport", "education", "health",
            "greeting", "gift", "economic", "letter", "support", "strong_support", "partnership", "friendship",
            "treaty", "summit_word", "state_visit", "meeting", "joint_exercise", "arms_fair", "evasion_move", "call");
    /** Cue group of phrases whose inner words are not cues ("fighter jets" are not fighters, "Victory Day" no wish for victory). */
    static final String MASK = "mask";
    /** Cue group of phrases naming both leaders at once ("the two leaders"); see {@link #bothLeaders}. */
    static final String BOTH_LEADERS = "both_leaders";
    /** Cue groups that open (or, in head-final languages, close) a background clause; see {@link #backgroundSpans}. */
    static final String BACKGROUND = "background";
    static final String BACKGROUND_BEFORE = "background_before";
    static final String COMPARISON = "comparison";
    static final String COMPARISON_BEFORE = "comparison_before";
    /** Cue group of a comparison naming its measure within the phrase ("a second North Korea"): the phrase is its span. */
    static final String COMPARISON_NAMED = "comparison_named";
    /**
     * A bare time adverb (в прошлом месяце, 上个月, 先月, 지난해, im vergangenen Jahr): wire copy dates its news with it
     * ("КНДР в прошлом месяце отправила в Россию ещё 3 тысячи военных"), so it opens a background clause only where
     * that clause is not the headline's event; see {@link #datesHeadlineEvent} and {@link #headlineEventOutside}.
     */
    static final String BACKGROUND_TIME = "background_time";
    /**
     * A background marker that may open a time adverbial instead of a clause ("since October", "seit dem vergangenen
     * Jahr"): followed by a date it is the date, and the clause's event stays its own; see {@link #sinceDateEnd}.
     */
    static final String SINCE_DATE = "since_date";
    /**
     * A conjunction that opens a background clause when a side is its subject ("while North Korean soldiers fight",
     * "während nordkoreanische Soldaten kämpfen"); with a participle ("captured while fighting") or an occasion
     * ("während des Besuchs") it tells the event or its occasion; see {@link #sideRightAfter}.
     */
    static final String WHILE_SIDE = "while_side";
    /**
     * Cue group that opens a clause naming the occasion of the event ("during a visit to North Korea", во время визита):
     * background for the severity (the visit does not rate what was done during it), but whoever it names is still a
     * side of the event, unlike the sides of a recalled background clause.
     */
    static final String OCCASION = "occasion";
    /**
     * An occasion marker of a visit ("during a visit to", в ходе визита в): its clause names where the visit went and
     * ends there, so the verb after the destination is the event's, as Russian and Ukrainian write it without a
     * comma ("в ходе визита в КНДР передал зоопарку …").
     */
    static final String OCCASION_VISIT = "occasion_visit";
    /**
     * An occasion marker that opens a clause of its own ("where they discussed", ", где"), which runs to the clause's
     * end; every other occasion marker is a phrase ("after the talks", после переговоров, am Rande des Forums) that ends
     * before the sentence's next cue (see {@link #occasionPhraseEnd}).
     */
    static final String OCCASION_CLAUSE = "occasion_clause";
    /**
     * An occasion marker that asks for its complement ("on the sidelines of", на полях, am Rande, "after talks with"):
     * like a visit's, it ends with the first side named after it (the forum's place, the talks' partner), else at the
     * clause's end, so the ceremony it names ("the anniversary celebrations in Vladivostok") stays the occasion.
     */
    static final String OCCASION_COMPLEMENT = "occasion_complement";
    /**
     * A Russian, Ukrainian or German background marker that is a preposition (на фоне, несмотря на, на тлі, попри,
     * trotz, angesichts): set between a side and its verb, its clause is only its noun phrase; see
     * {@link #backgroundPhraseEnd}.
     */
    static final String BACKGROUND_PHRASE = "background_phrase";
    /** Openers of a clause that a {@code background_before} marker closes (Chinese 值此…之际, 正值…之际). */
    static final String CLAUSE_OPEN = "clause_open";
    /**
     * An anniversary named as the occasion (0.41.0: 周年之际, 周年に合わせ, 주년을 계기로): the marker that ends it closes no
     * background or occasion clause, since the anniversary is what the event celebrates (spec: anniversaries are an event
     * of their own, and celebrating the 2024 treaty is high), as 을 맞아, по случаю and anlässlich already read.
     */
    static final String ANNIVERSARY_OCCASION = "anniversary_occasion";
    /**
     * An occasion marker that closes its clause (Korean 을 계기로, Japanese を機に, Chinese 之际): the clause runs back
     * at most to the last side named before it, so the subject that a head-final clause has no comma after stays the
     * event's (the marker's clause names the occasion, never who meets).
     */
    static final String OCCASION_BEFORE = "occasion_before";
    /**
     * "When" opening a sentence ("When Kim's train pulled into Vostochny, the cameras followed the rockets", Когда, Коли,
     * Als): its clause sets the scene or the occasion of what the main clause tells, so it is an occasion clause (its
     * sides stay sides, its cues rate nothing), unless it is dated as news is, by a weekday ("When Russian and North
     * Korean warships began drills on Monday, Japan scrambled jets"). Elsewhere in a sentence these words are left
     * alone (German "als" is also "than" and "as").
     */
    static final String WHEN_CLAUSE = "when_clause";
    /**
     * Korean, Chinese and Japanese "when" closing its clause (싸웠을 때, 作战时曾, 戦った時に): the clause runs back to the
     * sentence's start, sides and all, and sets the scene as a sentence-initial "when" does, unless a weekday, today or
     * yesterday dates it as the news (see {@link #occasionsBefore}).
     */
    static final String WHEN_BEFORE = "when_before";
    /** A weekday, today or yesterday: a "when" clause dated so tells the news, not a scene (see {@link #namesNewsDay}). */
    static final String NEWS_DAY = "news_day";
    /** Conjunctions of time that open a background clause inside the lead sentence; see {@link #afterClause}. */
    static final String AFTER_CLAUSE = "after_clause";
    /** English "after" and "with": background openers only before a side (and "with" only after a comma, before an -ing verb). */
    static final String AFTER_SIDE = "after_side";
    static final String WITH_SIDE = "with_side";
    /** English "who" after a comma: a non-restrictive relative clause, background; see {@link #relativeClause}. */
    static final String RELATIVE = "relative";
    /** Korean, Japanese and Chinese "after" closing its clause (한 뒤, した後、, 之后，); see {@link #occasionsBefore}. */
    static final String AFTER_BEFORE = "after_before";
    /** Cue groups found inside a background clause carry this prefix, so no severity rule matches them. */
    static final String BACKGROUND_PREFIX = "bg:";
    static final int MAX_BACKGROUND_CHARS = 160;
    /** The explanation when nothing in the article names a kind of event. */
    static final String DEFAULT_ROW = "medium: political contact (no rubric kind named; the default for a relevant article)";
    static final String STATEMENT_ROW = "medium: statements of support (a statement by one side about the other heads the article)";
    /**
     * Things a lead names once and then refers back to ("two North Korean launchers … The launchers had been firing"):
     * a side-less main-event sentence that shares one of these with its neighbour is about the same thing.
     */
    static final List<String> REFERENTS = List.of("weapon", "personnel");
    /** What a one-sided headline's military event and a later two-sided sentence can share; see {@link #headEventToldLater}. */
    static final List<String> HEAD_EVENTS = List.of("war_theatre", "role:kursk", "weapon", "personnel", "arms", "strategic_tech", "supplying");
    /**
     * Body sentences after the lead (by index) that may still tell the headline event itself: what a meeting agreed
     * ("Kim had agreed to send 1,000 sappers to Kursk", the fifth sentence under "what they agreed"), or what became
     * of the weapons the lead reports supplied ("Russian forces fired at least one of these missiles into Ukraine").
     */
    static final int OUTCOME_REACH = 6;
    /** How far down an untitled page its story may start (see {@link #fromStandInHeadline}). */
    static final int HEADLINE_REACH = 4;
    /** Cue group of words that report what a meeting or talks settled ("agreed to", "decided", домовились, 합의). */
    static final String OUTCOME = "outcome";
    /**
     * Cue group of words that set a later sentence in another time than the headline event or tell a series it is one of
     * (0.30.0): a bare month ("In June he agreed to send sappers to Kursk", "지난 6월", "im Juni") or a recurrence
     * ("similar shipments have been seen repeatedly", 同様の, 반복적으로, 多次). Such a sentence tells no outcome of the
     * headline event and nothing of what became of its weapons or soldiers (see {@link #toldLater}).
     */
    static final String OTHER_TIME = "other_time";
    /**
     * A minister word in the sentence tied to a third country and none to a side ("Japanese Foreign Minister Iwaya said
     * Russia and North Korea …"): a third party reacting, whose reaction takes the row of the cooperation it is about
     * (spec), not the ministerial-visit row.
     */
    static final String THIRD_MINISTER = "third:minister";
    /** The longest short name a middle dot joins to another in a headline ("푸틴·김정은", "プーチン・金正恩"). */
    static final int MAX_DOTTED_NAME = 4;
    /** Cue group of a briefing's or press conference's name, in a headline (see {@link #transcriptTurn}). */
    static final String BRIEFING = "briefing_head";
    /** Cue group of a statement's name, in a headline (see {@link #statementPoint}). */
    static final String STATEMENT_HEAD = "statement_head";
    /** Cue group of a line announcing what follows ("declares as follows:", следующее:, 다음과 같이, 如下). */
    static final String AS_FOLLOWS = "as_follows";
    /**
     * A turn's opening in a transcript: a question (QUESTION:, Q:, Вопрос:, Питання:, [질문], 질문:, 问：, a reporter's outlet
     * and 记者：/記者：, 質問：, Frage:) or, in a meeting's record, a speaker (0.39.0: "The representative of …", "Mr. X
     * (Russian Federation):", Представитель …, Der Vertreter …, 俄罗斯代表说, ロシア代表は).
     */
    static final java.util.regex.Pattern TURN = java.util.regex.Pattern.compile(
            "\\s*(?:(?:QUESTION|Question|Q|Вопрос|ВОПРОС|Питання|ПИТАННЯ|Frage|FRAGE|질문|問|问|質問)\\s*[:：]|\\[질문\\]|\\S{1,12}(?:记者|記者)\\s*[:：]"
                    + "|The (?:representative|delegate|Permanent Representative) of |(?:Mr|Ms|Mrs)\\.? [\\p{L}' -]{2,40} \\([\\p{L} ]{3,40}\\)\\s*:"
                    + "|(?:Представитель|Представительница|Постпред|Представник|Представниця|Постпред) |(?:Der|Die) (?:Vertreter|Vertreterin) "
                    + "|\\S{1,15}代表(?:说|表示|指出|は))");
    /** A correction or update note's opening (see {@link #withoutCorrectionNotes}). */
    static final java.util.regex.Pattern NOTE_OPENING = java.util.regex.Pattern.compile(
            "[\\s※*\\[(【]*(?:Corrections?|CORRECTION|Clarification|Updated?|UPDATE|Editor['’]s note|Обновлено|Обновление|Исправление|Оновлено|"
                    + "Оновлення|Виправлення|바로잡습니다|정정합니다|정정|更正|訂正|Korrektur|Berichtigung|Aktualisiert|Aktualisierung)"
                    + "(?=[\\s:：,.，】\\]]|$)");
    /** Cue group of the words of {@link #EARLIER_VERSION}, found in the phrase matcher's walk. */
    static final String EARLIER_VERSION_WORDS = "earlier_version";
    /** A sentence telling what an earlier version of the article said. */
    static final java.util.regex.Pattern EARLIER_VERSION = java.util.regex.Pattern.compile(
            "(?iu)(?:earlier|previous|original) version of this|(?:первой|предыдущей|прежней|ранней) версии|(?:першій|попередній|ранній) версії"
                    + "|앞선 판|이전 판|앞선 기사|本文初版|先の記事|früheren (?:Version|Fassung)");
    /** A word tying the second name to the first, list words left out (see {@link #tiedPair}). */
    private static final java.util.regex.Pattern TIE = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:with|between|together|joined|joint|mit|zwischen|gemeinsam)\\b|(?:^|\\s)(?:с|со|з|між|между|вместе|разом)\\s|함께|같이|[同与與]|と共に|との");
    /** "Between" right before the first name: "transfers between Russia and North Korea", между, між, zwischen. */
    private static final java.util.regex.Pattern BETWEEN_BEFORE = java.util.regex.Pattern.compile(
            "(?iu)(?:between|между|між|zwischen)\\s+(?:the\\s+)?$");
    /** "Between" right after the second name: 俄罗斯与朝鲜之间, 북한과 러시아 사이, ロシアと北朝鮮の間. */
    private static final java.util.regex.Pattern BETWEEN_AFTER = java.util.regex.Pattern.compile("之间|之間|사이|の間|間の|間で");
    /** Cue group of words saying the two are dealt with apart ("for separate reasons", 別々の理由, davon unabhängig). */
    static final String APART = "apart";
    /** Cue groups of an opinion piece's label in its headline and of the sentence where its author puts the point. */
    static final String OPINION_HEAD = "opinion_head";
    static final String THESIS = "thesis";
    /** Gazetteer role of a third country's border town (see {@link #thirdPlaceHead}). */
    static final String THIRD_PLACE = "third_place";
    /** Cue group of verbs of saying; see {@link #statement}. */
    static final String STATEMENT = "statement";
    /**
     * Cue group of words for a state's bodies and spokespeople (ministry, Министерство иностранных дел, МЗС, 외교부,
     * 外交部, Außenministerium): tied to a side by the name next to it ({@link #ministerOf}), it makes that side the speaker.
     */
    static final String BODY_WORD = "body_word";
    /** Cue group of researchers, analysts, institutes and think tanks: a third party's voice (see {@link #sidesStatementHead}). */
    static final String RESEARCHERS = "researchers";
    /** Set on a sentence whose speaker is a side: a body word tied to a side, a side before a verb of saying, a headline's colon. */
    static final String SPEAKER = "speaker";
    /** How far into a headline its speaker's colon may stand ("Министерство иностранных дел КНДР:" is 33 characters). */
    static final int MAX_SPEAKER_CHARS = 60;
    /**
     * Cue groups of a purpose clause: what supplied weapons are for ("for use against Ukraine", для использования
     * против, für den Einsatz gegen, 用于), opened by the marker and running to the next comma or the sentence's end, or,
     * in Korean and Japanese, closed by it (사용하도록, 使うため) and running back to the last comma. The use words inside
     * name an intention, not a report of use on the battlefield: the rubric rates supply as high and only weapons
     * reported used as critical. See {@link #withoutPurposeUse}.
     */
    static final String PURPOSE = "purpose";
    static final String PURPOSE_BEFORE = "purpose_before";
    static final String BATTLE_USE = "battle_use";
    /**
     * Cue groups of a handing-over verb and of what a gift goes to or is: "presented the zoo with 40 animals",
     * передал зоопарку, 동물원에 전달, 向动物园送去. Together, and with nothing military handed over, they are a gift
     * (spec: a visit is rated by what the visitors came for; gifts are low), however the verb is worded.
     */
    static final String HANDOVER = "handover";
    static final String GIFT_RECIPIENT = "gift_recipient";
    /** Cue groups (cues.tsv, 0.32.0): the strategic technologies, the generic words among them, and a technology's civil fields. */
    static final String STRATEGIC_TECH = "strategic_tech";
    static final String TECH_GENERIC = "tech_generic";
    static final String CIVIL_FIELD = "civil_field";
    static final String SECTOR = "sector";
    static final String ECONOMIC = "economic";
    static final String EXCHANGE_WORD = "exchange_word";
    /** What, handed over, is no gift but supply or transfer. */
    static final List<String> MILITARY_GOODS = List.of("arms", "weapon", "weapon_any", "strategic_tech", "personnel", "evasion_goods");
    /** Lead cue groups that make the headline event a meeting, so that its outcome is part of it. */
    static final List<String> MEETINGS = List.of("meeting", "talks", "summit_word");
    /**
     * Taking part (participated, участие в, 参加): deployed when the sentence names a battle or the war's theatre, a
     * guest's part when it names a parade or a concert; the relevance readings count it as deployed, the severity rules
     * decide by what else the sentence names.
     */
    static final String TOOK_PART = "took_part";
    /** Cue groups of a contest's result (beat, final, world title) and of a sports programme between two (a friendly, an invitation). */
    static final String CONTEST = "contest";
    static final String SPORT_PROGRAMME = "sport_programme";
    /** Cue group of army doctors, medics and field hospitals: personnel deployed when named with the war's theatre (0.44.0). */
    static final String MILITARY_MEDIC = "military_medic";

    private final Gazetteer gazetteer;
    /** The gazetteer's names and the cue lexicon's words in one walk of a text (the walks were a fifth of labelling). */
    private final PhraseMatcher.Both<Entity, Set<String>> namesAndCues;
    private final List<SeverityRule> rules;
    /** Cue groups some rule requires anywhere in the headline or lead (written lead:&lt;group&gt; among its required groups). */
    private final Set<String> leadRequired;

    public Labeller() {
        this(new Gazetteer(), new CueLexicon());
    }

    public Labeller(Gazetteer gazetteer, CueLexicon cues) {
        this(gazetteer, cues, SeverityRule.load(cues));
    }

    public Labeller(Gazetteer gazetteer, CueLexicon cues, List<SeverityRule> rules) {
        this.gazetteer = gazetteer;
        this.namesAndCues = PhraseMatcher.both(gazetteer.specs(), cues.specs());
        this.rules = List.copyOf(rules);
        Set<String> required = new HashSet<>();
        for (SeverityRule rule : rules) {
            for (String g : rule.all()) {
                if (g.startsWith("lead:")) {
                    required.add(g.substring("lead:".length()));
                }
            }
        }
        this.leadRequired = Set.copyOf(required);
    }

    /** A sentence of the article with what was found in it. */
    record Sentence(String text, boolean title, int index, Set<String> groups, boolean pair, boolean listOnly, List<Mention> mentions) {
        double weight(boolean hasTitle) {
            if (title || (!hasTitle && index == 0)) {
                return TITLE_WEIGHT;
            }
            return index < LEAD ? LEAD_WEIGHT : BODY_WEIGHT;
        }

        boolean mainEvent() {
            return title || index < LEAD;
        }
    }

    public Label label(String title, String body) {
        String head = title == null ? "" : title.strip();
        String text = head.isEmpty() ? body : head + "\n\n" + body;
        int bodyStart = head.isEmpty() ? 0 : head.length() + 2;
        PhraseMatcher.Hits<Entity, Set<String>> hits = namesAndCues.findAll(text);
        List<Mention> mentions = dropOutletCountries(text, gazetteer.mentions(text, hits.first()));
        List<Sentence> sentences = withoutCorrectionNotes(text, bodyStart, read(text, bodyStart, mentions, hits.second()));
        // A headline that names neither side is no headline of this story: a menu, a date or calendar widget, an
        // author box or an e-mail subject line took its place. The lead's first sentence then carries the event.
        boolean hasTitle = !sentences.isEmpty() && sentences.get(0).title() && named(sentences.get(0));
        if (!hasTitle) {
            sentences = fromStandInHeadline(sentences);
        }
        // 0.38.0: a briefing transcript's story is its one turn on the two; a verbatim statement's, what it declares
        List<Sentence> turn = transcriptTurn(sentences);
        if (turn != null) {
            sentences = turn;
            hasTitle = false;
        } else {
            List<Sentence> point = statementPoint(sentences);
            if (point == null) {
                point = thesisPoint(sentences);
                hasTitle &= point == null;
            }
            sentences = point != null ? point : sentences;
        }

        // a text that lists the two among third countries (a white paper, a sanctions law, a threat ranking) names them
        // as items: its other co-mentions are more items, and only a reported exchange makes it about the two
        boolean listing = false;
        for (Sentence s : sentences) {
            listing |= s.listOnly();
        }
        // 0.38.0: an article that says the two are dealt with apart ("for separate reasons", "in a second, unrelated case",
        // 別々の理由, davon unabhängig) tells two stories, one a side: only a sentence that ties one to the other pairs them
        boolean apart = thirdPlaceHead(sentences);
        for (Sentence s : sentences) {
            apart |= s.groups().contains(APART);
        }
        // 0.39.1: unless a sentence ties them in an exchange ("shipped arms between Russia and North Korea"): then the
        // article tells the two's own story beside what it keeps apart, and reads as any other
        for (Sentence s : sentences) {
            apart &= !(s.pair() && exchange(s.groups()) && tiedPair(text, s));
        }
        // 0.48.0 (blind-s48L's b48L-uk-01): a scene at the front whose unit is named below the lead
        Sentence unit = unitOfTheScene(sentences);
        if (unit != null) {
            int at = sentences.indexOf(unit);
            sentences = withSceneUnit(sentences, at);
            unit = sentences.get(at);
        } else {
            // 0.50.7 (blind-s50L's b50L-ru-02): weapons in one side's land named the other side's in the body
            unit = othersWeapons(sentences);
            if (unit != null) {
                int at = sentences.indexOf(unit);
                sentences = withWeaponsMoved(sentences, at);
                unit = sentences.get(at);
            }
        }
        double score = 0;
        Sentence best = null;
        double bestScore = 0;
        Sentence oneSided = oneSidedHead(sentences, hasTitle);
        Sentence nutGraf = nutGraf(sentences, oneSided);
        boolean thirdCountryMeeting = thirdCountryMeetingHead(sentences, hasTitle);
        Sentence deckHead = deckPairHead(text, sentences, hasTitle, hits.second());
        Set<String> leadContext = leadContext(sentences);
        for (Sentence s : sentences) {
            if (!s.pair() || apart && !tiedPair(text, s)) {
                continue;
            }
            // under a headline about one side's meeting with a third country, the two side by side at that country's
            // event (a parade both attended) is the scene of the story, not its event: it weighs as the body does
            double place = s == unit ? TITLE_WEIGHT
                    : thirdCountryMeeting && s.mainEvent() && s.groups().contains(SeverityRule.THIRD_COUNTRY) ? BODY_WEIGHT
                    : headEventToldLater(oneSided, s) || s == nutGraf ? LEAD_WEIGHT : deckHead != null ? BODY_WEIGHT : s.weight(hasTitle);
            double w = place * (exchange(s.groups()) || rubricKind(s, leadContext) || statement(s) ? 1.0 : listing ? 0 : NO_CUE_FACTOR);
            score += w;
            if (w > bestScore) {
                bestScore = w;
                best = s;
            }
        }
        Sentence cross = nutGraf != null ? nutGraf : crossPair(sentences, hasTitle);
        if (cross != null) {
            double w = CROSS_WEIGHT * (exchangeInMainEvent(sentences) ? 1.0 : NO_CUE_FACTOR);
            score += w;
            if (best == null) {
                best = cross;
            }
        }
        double relevance = calibrated(score);
        boolean relevant = score >= THRESHOLD;
        List<Actor> actors = actors(mentions);
        if (!relevant) {
            List<String> evidence = best == null ? List.of() : List.of(clip(best.text()));
            return new Label(false, round(relevance), Severity.NONE, List.of(), actors, evidence);
        }

        // a headline naming neither side over a lead that does not open with both tells no event of the two's: its
        // kind neither rates nor shades the lead's (sidelessHead)
        boolean sideless = !sentences.isEmpty() && sidelessHead(sentences.get(0), sentences);
        Set<String> titleGroups = !sentences.isEmpty() && sentences.get(0).title() && !sideless ? sentences.get(0).groups() : Set.of();
        Set<String> leadGroups = new HashSet<>();
        for (Sentence s : sentences) {
            if (s.mainEvent()) {
                leadGroups.addAll(s.groups());
            }
        }
        // the main event lives in the headline and lead; its highest matching row wins (spec: two rows, the higher)
        Severity severity = Severity.NONE;
        Sentence decisive = null;
        SeverityRule decisiveRule = null;
        EnumSet<Category> categories = EnumSet.noneOf(Category.class);
        Sentence eventHead = head(sentences);
        SeverityRule headlineRow = eventHead == null || sideless ? null : firstFiring(eventHead, titleGroups, leadGroups);
        boolean leadOpened = false;
        for (Sentence s : sentences) {
            if (!s.mainEvent()) {
                continue;
            }
            // the first lead sentence tells the headline's event (a short one too: index counts longer sentences only);
            // on a page without a headline that first sentence is the head, and the lead's later ones its setting; 0.49.0
            // (blind-s49L's b49L-en-04): a first lead sentence set in another time ("For two years … concerned the war:
            // shells going west, soldiers in Kursk, the treaty signed in 2024") recalls, and is the setting too
            boolean setting = headlineRow != null && s != eventHead && !s.title()
                    && (leadOpened || !eventHead.title() ? !tellsHeadline(s, eventHead, headlineRow)
                        : recalledFirst(s) && !namesHeadlineKind(s, eventHead, headlineRow));
            leadOpened |= !s.title();
            // 0.38.0: what has gone on since an earlier year is the setting in the lead also under a headline that names
            // no row ("Замминистра обороны … посетил завод снарядов", then "С 2023 года КНДР поставила … и направила войска")
            if (headlineRow == null && s != eventHead && !s.title() && sinceAYear(s.groups())) {
                continue;
            }
            Sentence read = s;
            if (headlineRow != null && headlineRow.severity() == Severity.LOW && s != eventHead && !s.title() && messageWords(s, eventHead)) {
                Set<String> groups = new HashSet<>(s.groups());
                groups.add(eventHead.groups().contains("greeting") ? "greeting" : "letter");
                read = new Sentence(s.text(), false, s.index(), Set.copyOf(groups), s.pair(), s.listOnly(), s.mentions());
            }
            for (SeverityRule rule : rules) {
                if (setting && rule.severity().compareTo(headlineRow.severity()) > 0) {
                    continue;
                }
                if (rule.firesOn(read.groups(), titleGroups, leadGroups)) {
                    categories.add(rule.category());
                    if (rule.severity().compareTo(severity) > 0) {
                        severity = rule.severity();
                        decisive = read;
                        decisiveRule = rule;
                    }
                }
            }
        }
        if (decisive == null) {
            // 0.50.5 (blind-s50L's b50L-ru-01): a lead telling cargo moved between the two without a rubric kind (a ship
            // unloaded at a yard), then a sentence pointing back at that cargo as strategic technology (the sections seen
            // on satellite images match a nuclear submarine's hull): the transfer of that technology
            Sentence cargoLead = null;
            for (Sentence s : sentences) {
                if (s.mainEvent() && !s.title() && s.pair()) {
                    cargoLead = s;
                    break;
                }
            }
            for (Sentence s : cargoLead == null ? List.<Sentence>of() : sentences) {
                if (s.title() || s.index() <= cargoLead.index() || s.index() >= OUTCOME_REACH || s.listOnly() || toldAsSetting(s)
                        || !cargoToldBack(s.groups(), cargoLead.groups())) {
                    continue;
                }
                Sentence read = cargoToldAsTechnology(s);
                SeverityRule rule = firstFiring(read, titleGroups, leadGroups);
                if (rule != null) {
                    categories.add(rule.category());
                    severity = rule.severity();
                    decisive = read;
                    decisiveRule = rule;
                    break;
                }
            }
        }
        String row = decisiveRule == null ? null : decisiveRule.row();
        if (decisive != null && decisive.groups().contains(TOLD_BACK)) {
            row += " (what the lead's cargo, equipment or work was for, told in the body)";
        } else if (decisive != null) {
            Sentence told = toldLater(sentences, decisive, oneSided, severity, titleGroups, leadGroups);
            if (told != null) {
                SeverityRule rule = firstFiring(told, titleGroups, leadGroups);
                categories.add(rule.category());
                severity = rule.severity();
                String referent = toldReferent(told.groups(), decisive.groups());
                row = rule.row() + (cargoPassedOff(told, decisive) ? " (the lead's cargo passed off or smuggled, told in the body)"
                        : told.groups().contains(TOLD_BACK) ? " (what the lead's cargo, equipment or work was for, told in the body)"
                        : told.groups().contains(OUTCOME) && decisive.pair() ? " (what the headline event settled, told in the body)"
                        : referent != null && decisive.pair() ? " (what became of the headline event's " + referent + ", told in the body)"
                        : " (the one-sided headline's event, told with both sides in the body)");
                decisive = told;
            }
        }
        if (decisive != null && !(leadGroups.contains("side:russia") && leadGroups.contains("side:dprk"))) {
            Sentence told = pairToldBelow(sentences, severity, titleGroups, leadGroups);
            if (told != null) {
                SeverityRule rule = firstFiring(told, titleGroups, leadGroups);
                categories.add(rule.category());
                severity = rule.severity();
                row = rule.row() + " (the lead names one side only; the two's event, told with both sides in the body)";
                decisive = told;
            }
        }
        Sentence said = severity == Severity.NONE ? sidesStatementHead(sentences) : null;
        if (said != null) {
            // 0.43.0 (blind-s43's b43-ja-01): a statement by one side about the other is the rubric's kind of event
            // ("statements by either about the other") even without a word of support: the body's rows are its setting
            severity = Severity.MEDIUM;
            categories.add(Category.DIPLOMATIC);
            decisive = said;
            row = STATEMENT_ROW;
        }
        if (severity == Severity.NONE) {
            decisive = dominantRow(sentences, titleGroups, leadGroups, categories);
            if (decisive != null) {
                SeverityRule rule = firstFiring(decisive, titleGroups, leadGroups);
                severity = rule.severity();
                row = rule.row() + " (headline and lead name no kind of event; the row the body keeps returning to)";
            }
        }
        if (severity == Severity.NONE) {
            // nothing in the article names the kind of event: a political contact by default
            severity = Severity.MEDIUM;
            categories.add(Category.DIPLOMATIC);
            decisive = best;
            row = DEFAULT_ROW;
        }
        for (Sentence s : sentences) {
            if (s.pair() && s.groups().contains("sanctions_word")) {
                categories.add(Category.SANCTIONS);
            }
        }
        List<String> evidence = new ArrayList<>();
        evidence.add(clip(best.text()));
        if (decisive != null && decisive != best) {
            evidence.add(clip(decisive.text()));
        }
        for (Sentence s : sentences) {
            if (evidence.size() >= MAX_EVIDENCE) {
                break;
            }
            // a deciding sentence read with more groups (told later, a message's words) is a copy: its text is there already
            if (s.pair() && s != best && s != decisive && exchange(s.groups()) && !evidence.contains(clip(s.text()))) {
                evidence.add(clip(s.text()));
            }
        }
        return new Label(true, round(relevance), severity, List.copyOf(categories), actors, List.copyOf(evidence),
                new SeverityBasis(clip(decisive.text()), row));
    }

    /** The article's sentences as the rules see them: cue groups (background ones prefixed), sides, list flags. */
    List<Sentence> read(String title, String body) {
        String head = title == null ? "" : title.strip();
        String text = head.isEmpty() ? body : head + "\n\n" + body;
        PhraseMatcher.Hits<Entity, Set<String>> hits = namesAndCues.findAll(text);
        return read(text, head.isEmpty() ? 0 : head.length() + 2, dropOutletCountries(text, gazetteer.mentions(text, hits.first())),
                hits.second());
    }

    private List<Sentence> read(String text, int bodyStart, List<Mention> mentions, List<PhraseMatcher.Hit<Set<String>>> cues) {
        List<PhraseMatcher.Hit<Set<String>>> cueHits = withoutHitsInside(withoutPurposeUse(text, unmasked(outsidePersonalNames(text, outsideNames(cues, mentions)))),
                closingSpans(text, cues), Labeller::lowKindHit);
        List<int[]> background = backgroundSpans(text, bodyStart, cueHits, true, mentions);
        background.addAll(occasionsBefore(text, cueHits, mentions));
        List<int[]> recalled = backgroundSpans(text, bodyStart, cueHits, false, mentions);
        List<int[]> compared = comparisonSpans(text, cueHits, mentions);
        return bothLeaders(envoySides(pronounSpeakers(resolveReferents(sentences(text, bodyStart, mentions,
                withoutUseCompared(cueHits, compared), background, recalled, compared), text), text), text), text);
    }

    /**
     * What a visit, talks or a stay closed with, told after the verb ("a three-day visit that closed with a banquet",
     * "визит, который завершился банкетом", "endete mit einem Bankett") up to the clause's end, and German's "der mit einem
     * Bankett endete", Chinese 以…结束 whole: 0.47, blind-s47L's
     * class D (b47L-en-02, a navy chief's visit read low by its closing banquet).
     */
    private static final java.util.regex.Pattern CLOSED_WITH = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\p{L})(?:(?:closed|closes|ended|ends|concluded|concludes|wound up|wrapped up|capped|rounded off|finished)\\s+with"
                    + "|(?:завершил|завершила|завершило|завершились|завершился|завершилась|закончился|закончилась|завершився|завершилася"
                    + "|закінчився|закінчилася)(?!\\p{L})|(?:endete|endet|schloss|schließt)\\s+mit)(?!\\p{L})[^,;.!?]{0,80}"
                    + "|(?<!\\p{L})mit\\s+[^,;.!?]{1,80}?\\s+(?:endete|endet|zu Ende ging|abschloss)(?!\\p{L})"
                    + "|以[^，。；,;]{1,40}?(?:结束|結束|告终|告終|落幕|收尾)");
    /**
     * The same closing told after what it closed with, in Korean and Japanese ("연회와 불꽃놀이로 마무리", "晩餐会と花火で締めく
     * くり"): back from the verb to the clause's object particle or comma, at most 40 characters.
     */
    private static final java.util.regex.Pattern CLOSED_WITH_BEFORE = java.util.regex.Pattern.compile(
            "(?:으로|로)\\s*(?:마무리|끝나|끝났|끝난|막을 내)|で(?:締めくく|幕を閉じ|終え|終わっ|終わり)");
    private static final int CLOSED_WITH_REACH = 40;
    /**
     * Characters read on either side of a closing verb the cue walk found: the patterns reach 80 characters past the verb
     * ("closed with …") or before it ("mit … endete", "以…结束").
     */
    private static final int CLOSED_WITH_WINDOW = 100;
    /** Cue group of the closing verbs {@link #CLOSED_WITH} and {@link #CLOSED_WITH_BEFORE} read. */
    static final String CLOSED_WITH_WORDS = "closed_with";

    /**
     * The spans that tell what an event closed with: a banquet, concert or fireworks there is how the visit or the talks
     * ended, not what they were for (the rubric rates a visit by what the visitors came for), so the low row's kinds
     * inside them are left out; the event's own words outside the span still rate it (a festival that closed with a
     * concert is the festival).
     */
    static List<int[]> closingSpans(String text, List<PhraseMatcher.Hit<Set<String>>> cues) {
        List<int[]> spans = new ArrayList<>();
        // the patterns run only on a page whose cue walk found a closing verb (cues.tsv closed_with)
        // and only around those verbs: the patterns' case-folded alternations tried at every position of the page halved
        // the median page's throughput (JMH medianPage 11,324 -> 5,344 pages/s, session 48's lead)
        List<int[]> windows = new ArrayList<>();
        for (PhraseMatcher.Hit<Set<String>> h : cues) {
            if (h.value().contains(CLOSED_WITH_WORDS)) {
                int from = Math.max(0, h.start() - CLOSED_WITH_WINDOW);
                int to = Math.min(text.length(), h.end() + CLOSED_WITH_WINDOW);
                int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
                if (last != null && from <= last[1] && h.start() >= last[0]) {
                    last[1] = Math.max(last[1], to);
                } else {
                    windows.add(new int[] {from, to});
                }
            }
        }
        java.util.regex.Matcher m = CLOSED_WITH.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        java.util.regex.Matcher before = CLOSED_WITH_BEFORE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] w : windows) {
            m.region(w[0], w[1]);
            while (m.find()) {
                add(spans, m.start(), m.end());
            }
            before.region(w[0], w[1]);
            while (before.find()) {
                int from = before.start();
                int limit = Math.max(0, from - CLOSED_WITH_REACH);
                while (from > limit && "을를をは、,，。.!?\n".indexOf(text.charAt(from - 1)) < 0) {
                    from--;
                }
                add(spans, from, before.start());
            }
        }
        return spans;
    }

    /** A span once, though windows around two closing verbs may both find it. */
    private static void add(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (s[0] == start && s[1] == end) {
                return;
            }
        }
        spans.add(new int[] {start, end});
    }

    /** A cue hit of the low row's kinds (a banquet, a concert, a greeting, a gift, a match). */
    private static boolean lowKindHit(Set<String> groups) {
        for (String g : SeverityRule.LOW_KINDS) {
            if (groups.contains(g)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 0.45 (session 44's left class C): a weapon's use told inside a comparison is the measure's, not the weapon's ("a
     * Russian missile system like those used in Ukraine", "similar to those fired at Kyiv"): the battle-use words there tell
     * no use of the article's weapon.
     */
    private static List<PhraseMatcher.Hit<Set<String>>> withoutUseCompared(List<PhraseMatcher.Hit<Set<String>>> hits, List<int[]> spans) {
        return withoutHitsInside(hits, spans, groups -> groups.contains("battle_use"));
    }

    /** Cue group of a diplomatic post's word: ambassador, embassy, посол, 대사관, 大使館, Botschafter. */
    static final String ENVOY_WORD = "envoy_word";
    /** A sentence's envoy word tied to no country ("greeted the ambassador"): {@link #envoySides}. */
    static final String ENVOY_BARE = "envoy:bare";
    static final String ENVOY_OF_RUSSIA = "envoy:russia";
    static final String ENVOY_OF_DPRK = "envoy:dprk";
    static final String ENVOY_OF_OTHER = "envoy:other";

    /**
     * A diplomat whose side is told by his post, not in his sentence (0.42.0, blind-s41's b41-de-02): "15 Jahre Website der
     * russischen Botschaft in Pjöngjang … Nordkoreas Vizeaußenministerin übermittelte Glückwünsche an den Botschafter".
     * The ambassador is the embassy's, so the greeting passes between the two (spec: greetings between officials). Up to
     * the sixth body sentence, a sentence naming one side whose envoy word is tied to no country (the ambassador, посла,
     * 대사에게, 向大使) takes the other side when the embassy or envoy last tied to a country before it was that side's;
     * an envoy of a third country, or of both, leaves the bare word unknown. As {@link #pronounSpeakers} does for "he".
     */
    private static List<Sentence> envoySides(List<Sentence> sentences, String text) {
        return referredSides(sentences, text, s -> s.groups().contains(ENVOY_BARE), s -> {
            boolean russian = s.groups().contains(ENVOY_OF_RUSSIA);
            boolean korean = s.groups().contains(ENVOY_OF_DPRK);
            return russian != korean ? (russian ? "side:russia" : "side:dprk")
                    : russian || s.groups().contains(ENVOY_OF_OTHER) ? FORGET : null;
        });
    }

    /**
     * The country an envoy word belongs to, as {@link #ministerOf} ties a minister ("the Russian embassy", посольство
     * России, 러시아대사관); in Chinese the country after 驻 is where the embassy stands (俄罗斯驻朝鲜大使馆: Russia's), so
     * the owner is the one named before 驻. Null when none is tied.
     */
    static Party envoyOf(String text, int start, int end, List<Mention> mentions) {
        for (int k = firstStartingAt(mentions, start - NEAR_CHARS - MAX_NAME_CHARS); k < mentions.size()
                && mentions.get(k).start() < start; k++) {
            Mention host = mentions.get(k);
            if (host.end() == start && host.start() > 0 && (text.charAt(host.start() - 1) == '驻' || text.charAt(host.start() - 1) == '駐')) {
                for (Mention owner : mentions) {
                    if (owner.end() == host.start() - 1 && !owner.entity().isMedia()) {
                        return owner.entity().party() == Party.PAIR ? null : owner.entity().party();
                    }
                }
                return null;
            }
        }
        return ministerOf(text, start, end, mentions);
    }

    /** Cue group of a third-person pronoun that can be a sentence's subject: he, er, он, він, 그는, 他表示, 彼は. */
    static final String PRONOUN = "pronoun";

    /**
     * A pronoun is the person named before it (0.41.0, blind-s39's b39-de-01): "Lavrov opened a conference … On the
     * sidelines he announced that he would travel to Pyongyang to talk with Choe Son Hui" tells a Russian foreign
     * minister's visit to the DPRK, though its sentence names the DPRK's side only. Up to the sixth body sentence, a
     * sentence with a pronoun that names one side or none takes the side of the last person of one side named before it
     * (a role of the gazetteer: leader, foreign minister …). A sentence naming people of both sides, or a third country,
     * leaves the pronoun without a known antecedent.
     */
    private static List<Sentence> pronounSpeakers(List<Sentence> sentences, String text) {
        // a pronoun inside an occasion phrase ("Am Rande kündigte er an") is still its sentence's subject
        return referredSides(sentences, text, s -> s.groups().contains(PRONOUN) || s.groups().contains(BACKGROUND_PREFIX + PRONOUN), s -> {
            boolean russian = false;
            boolean korean = false;
            for (String g : s.groups()) {
                if (g.startsWith("role:")) {
                    russian |= g.endsWith("@russia");
                    korean |= g.endsWith("@dprk");
                }
            }
            return russian != korean ? (russian ? "side:russia" : "side:dprk") : russian || namesThirdCountry(s) ? FORGET : null;
        });
    }

    /** What an antecedent function answers when a sentence leaves the referred side unknown. */
    private static final String FORGET = "";

    /**
     * Sentences whose word stands for a side named before them (a pronoun, a bare envoy word), read with that side: up to
     * the sixth body sentence, one that {@code refers} and names one side or none takes the side {@code antecedent} last
     * gave (side:russia or side:dprk; {@link #FORGET} forgets it, null keeps it), unless it names a third country.
     */
    private static List<Sentence> referredSides(List<Sentence> sentences, String text, Predicate<Sentence> refers,
                                                Function<Sentence, String> antecedent) {
        String side = null;
        List<Sentence> out = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (side != null && refers.test(s) && !s.pair() && !s.listOnly() && !s.groups().contains(side)
                    && s.index() < OUTCOME_REACH && !namesThirdCountry(s)) {
                if (out == null) {
                    out = new ArrayList<>(sentences);
                }
                Set<String> groups = new HashSet<>(s.groups());
                boolean russia = side.equals("side:russia") || groups.contains("side:russia");
                boolean dprk = side.equals("side:dprk") || groups.contains("side:dprk");
                out.set(i, sides(text, new Sentence(s.text(), s.title(), s.index(), groups, false, false, s.mentions()), russia, dprk, false));
            }
            String named = antecedent.apply(s);
            if (named != null) {
                side = named.isEmpty() ? null : named;
            }
        }
        return out == null ? sentences : out;
    }

    /** Cue group of a third country's relations with one side written as one word: 한러, 中俄, 日ロ (0.41.0). */
    static final String THIRD_RELATION = "third_relation";

    /**
     * A headline's deck (0.41.0, blind-s39's b39-ko-04): "한러 경제협력 재개 논의…\"북러 밀착이 걸림돌\"", "Japan and Russia
     * resume fisheries talks; North Korea–Russia ties seen as hurdle". The headline tells a third country's relations
     * (a third country named, or 한러, 中俄, 日ロ) in its first part, and the two are paired only after the break (…, ;, a
     * colon, a dash, a Chinese headline's space): the story is the third country's, the pair a remark about it, so the
     * headline and every sentence pairing the two weigh as body sentences, a remark in a short lead too (spec: one
     * background sentence about the other side does not make an article relevant; a body that keeps returning to the two
     * still does). Returns that headline (or an untitled page's first sentence), or null.
     */
    private static Sentence deckPairHead(String text, List<Sentence> sentences, boolean hasTitle, List<PhraseMatcher.Hit<Set<String>>> cueHits) {
        Sentence head = null;
        for (Sentence s : sentences) {
            if (hasTitle ? s.title() : !s.title()) {
                head = s;
                break;
            }
        }
        if (head == null || !head.pair()) {
            return null;
        }
        String t = head.text();
        int start = text.indexOf(t);
        int cut = deckBreak(t);
        if (start < 0 || cut < DECK_MIN_CHARS) {
            return null;
        }
        int breakAt = start + cut;
        boolean russia = false;
        boolean dprk = false;
        boolean third = false;
        Mention previous = null;
        for (Mention m : byStart(head.mentions())) {
            if (m.start() >= breakAt || m.start() < start) {
                continue;
            }
            Party p = m.entity().party();
            russia |= p == Party.RUSSIA || p == Party.PAIR;
            dprk |= p == Party.DPRK || p == Party.PAIR;
            // a third country joined to one side as its partner ("Japan and Russia", "Россия и Китай"), not a speaker
            // or a reporter of the two ("Разведка Южной Кореи:", "Ukraine says")
            if (previous != null && (thirdCountry(previous) && side(p) || thirdCountry(m) && side(previous.entity().party()))
                    && listGap(text, previous.end(), m.start())) {
                third = true;
            }
            previous = m;
        }
        for (int k = firstEndingAt(cueHits, start); !third && k < cueHits.size() && cueHits.get(k).end() <= breakAt; k++) {
            third = cueHits.get(k).start() >= start && cueHits.get(k).value().contains(THIRD_RELATION);
        }
        return third && !(russia && dprk) ? head : null;
    }

    /** A colon before a quotation breaks off a deck ("…удобрений: «сотрудничество с КНДР не помеха»"); otherwise it follows a speaker. */
    private static boolean quoteAfter(String t, int i) {
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i < t.length() && "«\"„“「『'‘".indexOf(t.charAt(i)) >= 0;
    }

    /** A deck must follow a headline of its own: "Japan:" or "МИД КНДР:" names a speaker, not a story. */
    private static final int DECK_MIN_CHARS = 8;

    /** Where a headline's deck begins: …, ..., ;, a colon, a spaced dash, or a space between two Han characters. */
    private static int deckBreak(String t) {
        for (int i = 1; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if (c == '…' || c == ';' || c == '；' || c == '|' || c == '｜'
                    || (c == ':' || c == '：') && quoteAfter(t, i + 1)
                    || c == '.' && t.startsWith("..", i)
                    || (c == '–' || c == '—' || c == '-') && t.charAt(i - 1) == ' ' && t.charAt(i + 1) == ' '
                    || c == ' ' && Character.isIdeographic(t.charAt(i - 1)) && Character.isIdeographic(t.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The evidence score as a probability of relevance: {@code score^k / (score^k + THRESHOLD^k)}, so the threshold
     * stays at 0.5, with {@code k} and the floor fitted (least Brier score) on dev2's tuned part and dev: a page with
     * no two-sided sentence is still relevant now and then (its story was lost in extraction), and scores well above
     * the threshold were relevant nearly always.
     */
    static double calibrated(double score) {
        if (score <= 0) {
            return RELEVANCE_FLOOR;
        }
        double a = Math.pow(score, CALIBRATION_EXPONENT);
        double p = a / (a + Math.pow(THRESHOLD, CALIBRATION_EXPONENT));
        return p < 0.5 ? Math.max(RELEVANCE_FLOOR, p) : p;
    }

    /** A rubric row fires on the sentence alone: it reports an exchange of that kind. */
    private boolean rubricKind(Sentence s, Set<String> leadContext) {
        Set<String> context = s.groups();
        if (s.mainEvent() && !leadContext.isEmpty()) {
            context = new HashSet<>(s.groups());
            context.addAll(leadContext);
        }
        for (SeverityRule rule : rules) {
            if (rule.firesOn(s.groups(), s.groups(), context)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 0.44.2: the groups a rule requires anywhere in the headline or lead (lead:listed_party) that the headline and lead
     * hold, so a lead sentence moving money between the two counts as a rubric kind for relevance too when the next one
     * names a party on the sanctions list. Only these: a lead-wide exclusion still reads the sentence alone, as before.
     */
    private Set<String> leadContext(List<Sentence> sentences) {
        Set<String> found = new HashSet<>();
        for (Sentence s : sentences) {
            if (s.mainEvent()) {
                for (String g : leadRequired) {
                    if (s.groups().contains(g)) {
                        found.add(g);
                    }
                }
            }
        }
        return found;
    }

    /**
     * A statement by one side about the other (the rubric: "statements by either about the other"), or by a third
     * country's minister about the two: a speaker of one side, a person or a body rather than a country or a place, says
     * something in a sentence that names the other
     * ("Zakharova said North Korea has every right to…", 자하로바 대변인은 북한이 … 말했다).
     */
    static boolean statement(Sentence s) {
        if (!s.groups().contains(STATEMENT)) {
            return false;
        }
        // a third country's minister speaking of the two is the rubric's "third parties about their cooperation"
        return s.groups().contains(THIRD_MINISTER) || s.groups().contains(SPEAKER) || namesSidesSpeaker(s);
    }

    /** A person or body of one side is named in the sentence: who can speak for it. */
    private static boolean namesSidesSpeaker(Sentence s) {
        for (Mention m : s.mentions()) {
            Entity e = m.entity();
            if ((e.kind().equals("person") || e.kind().equals("body")) && (e.party() == Party.RUSSIA || e.party() == Party.DPRK)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The headline or the first lead sentence, when it is a statement by a person or body of one side about the other
     * (Kim Yo Jong's statement condemning Japan's sanctions on Russia, calling Russia "our most
     * trusted comrade"), not a third party's, nor one only discussed or expected; else null. When headline and lead name
     * no other kind of event, that statement is the event, and what the body recalls (an ammunition shipper in the
     * sanctions list) is its setting, as a headline naming a kind of event makes the lead's graver sentences its setting.
     */
    private static Sentence sidesStatementHead(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (!s.title() && !s.mainEvent()) {
                continue;
            }
            // 0.46 (blind-s47's class B): researchers or analysts saying what they found are a third party, whoever the
            // sentence names; the cooperation they found rates the article
            if (s.pair() && !s.groups().contains("hedge") && !s.groups().contains(THIRD_MINISTER)
                    && !s.groups().contains(RESEARCHERS) && sidesSaying(s)) {
                return s;
            }
            if (!s.title()) {
                return null;
            }
        }
        return null;
    }

    /**
     * A person or body of one side says or condemns something in the sentence (a verb of saying or of a reaction); 0.50.0
     * (blind-s50L's b50L-uk-02): a side's envoy ("Посол КНДР у Москві заявив", 주러 북한대사) speaks for it as its ministry
     * does, though the gazetteer names no one.
     */
    private static boolean sidesSaying(Sentence s) {
        return (s.groups().contains(STATEMENT) || s.groups().contains("reaction"))
                && (namesSidesSpeaker(s) || s.groups().contains(ENVOY_OF_DPRK) || s.groups().contains(ENVOY_OF_RUSSIA));
    }

    static boolean exchange(Set<String> groups) {
        for (String g : groups) {
            if (EXCHANGE_GROUPS.contains(g)) {
                return true;
            }
        }
        return false;
    }

    /**
     * When the headline (or the first sentence of an untitled article) names only one side and the lead names the
     * other, returns the lead sentence that completes the pair; else null.
     */
    private static Sentence crossPair(List<Sentence> sentences, boolean hasTitle) {
        Sentence head = null;
        for (Sentence s : sentences) {
            if (hasTitle ? s.title() : !s.title()) {
                head = s;
                break;
            }
        }
        if (head == null || head.pair() || head.listOnly()) {
            return null;
        }
        boolean third = namesThirdCountry(head);
        boolean russia = head.groups().contains("side:russia");
        boolean dprk = head.groups().contains("side:dprk");
        if (russia == dprk) {
            return null;
        }
        for (Sentence s : sentences) {
            if (s == head || !s.mainEvent() || s.listOnly()) {
                continue;
            }
            // a third country in the headline is usually its own event with one side ("Xi and Kim hold talks"), but North
            // Korean soldiers held or wanted there ("North Korean POWs ask to go to South Korea") are the soldiers the lead
            // says fought for Russia: follow-up reports on prisoners of war are critical (spec)
            // a third country reacting in the headline ("South Korea summons Russian ambassador") to what the lead tells of
            // the two is the rubric's third party's reaction to their cooperation, relevant like the cooperation itself
            // a side's body speaking in the headline ("Russian MFA: the US is to blame") names the third country as what it
            // says, not as a partner: the lead's statement by that side about the other is its other half
            boolean spoken = head.groups().contains("speaker") && head.groups().contains("statement") && s.pair() && statement(s);
            if (third && !spoken && !(dprk && soldiersForRussia(s.groups())) && !(head.groups().contains("reaction") && s.pair() && exchange(s.groups()))) {
                continue;
            }
            if (s.groups().contains(russia ? "side:dprk" : "side:russia")) {
                return s;
            }
        }
        return null;
    }

    /**
     * A recalled clause told troops sent or fighting (its cues carry the background prefix) and the main clause tells
     * soldiers deployed, fighting, wounded or killed, with no third country named before them: the main clause's soldiers
     * are the recalled clause's. A main clause of another event (a missile test, a plenum) names no soldiers and stays
     * with its own sides (spec: one background sentence does not make an article relevant).
     */
    private static boolean soldiersOfTheRecalledDeployment(Set<String> groups) {
        return groups.contains(BACKGROUND_PREFIX + "personnel") && groups.contains(BACKGROUND_PREFIX + "deployed")
                && groups.contains("personnel") && (groups.contains("deployed") || groups.contains(TOOK_PART));
    }

    /**
     * 0.33.0: a recalled clause told the two agreeing on their economy or links ("A year after Putin and Kim agreed to
     * expand links between their countries") and the main clause tells a link of the rubric's economic row (the railway
     * bridge, freight, flights, trade) with no third country named: a follow-up's main clause is what became of the
     * agreement, between the same two, as {@link #soldiersOfTheRecalledDeployment} reads soldiers.
     */
    private static boolean linkOfTheRecalledAgreement(Set<String> groups, List<Mention> inside) {
        if (!(groups.contains(BACKGROUND_PREFIX + "econ_act") && groups.contains(BACKGROUND_PREFIX + "outcome")) || !groups.contains("economic")) {
            return false;
        }
        for (Mention m : inside) {
            if (!m.entity().isMedia() && thirdCountry(m)) {
                return false;
            }
        }
        return true;
    }

    /** North Korean soldiers told as deployed, fighting, captured or recruited for Russia in the sentence. */
    private static boolean soldiersForRussia(Set<String> groups) {
        // not merely named with the war's places: a launch report that recalls troops headed for Ukraine stays one-sided
        return groups.contains("side:dprk") && groups.contains("side:russia")
                && (groups.contains("recruit") || groups.contains("personnel") && (groups.contains("deployed") || groups.contains(TOOK_PART)));
    }

    /**
     * The headline (or an untitled article's first sentence) when it names one side only and no third country: the
     * story's event may name the other side a few sentences down.
     */
    private static Sentence oneSidedHead(List<Sentence> sentences, boolean hasTitle) {
        for (Sentence s : sentences) {
            if (hasTitle ? s.title() : !s.title()) {
                boolean russia = s.groups().contains("side:russia");
                boolean dprk = s.groups().contains("side:dprk");
                return russia != dprk && !s.listOnly() && !namesThirdCountry(s) ? s : null;
            }
        }
        return null;
    }

    /**
     * 0.48.0 (blind-s48L's b48L-uk-01, class A): a scene at the front told by a third party's case (a prosecutor's
     * investigation of prisoners shot near Sumy, a court's verdict): headline and lead tell what happened at the war's
     * theatre and name no North Korean side, and a later sentence names who did it, North Korean soldiers with the Russian
     * side ("the unit holding the position was made up of North Korean servicemen, who took orders from a Russian
     * officer"). That sentence is the story's event told with both sides: North Korean personnel fighting for Russia. It
     * names no place or sending of its own, so it points back at the scene; the body's recalled deployment ("In 2024
     * North Korea sent 14,000 troops to Kursk") names its own and stays background, as do hedged, listed or dated
     * sentences. Returns that sentence, or null.
     */
    private static Sentence unitOfTheScene(List<Sentence> sentences) {
        boolean scene = false;
        boolean russia = false;
        for (Sentence s : sentences) {
            if (!s.mainEvent()) {
                continue;
            }
            if (s.groups().contains("side:dprk")) {
                return null;
            }
            russia |= s.groups().contains("side:russia");
            scene |= (s.groups().contains("war_theatre") || s.groups().contains("role:kursk"))
                    && (s.groups().contains("personnel") || s.groups().contains("battle_use"));
        }
        if (!scene || !russia) {
            return null;
        }
        for (Sentence s : sentences) {
            // the Russian side may be the scene's alone (the officer in a recalled clause): North Korean soldiers at
            // Russia's front are Russia's, named or not
            if (s.mainEvent() || s.index() >= OUTCOME_REACH || s.listOnly() || namesThirdCountry(s)) {
                continue;
            }
            Set<String> g = s.groups();
            if (g.contains("personnel") && g.contains("side:dprk") && !g.contains("hedge") && !g.contains(OTHER_TIME) && !sinceAYear(g)
                    && !g.contains("sent_troops") && !g.contains("war_theatre") && !g.contains("role:kursk")) {
                return s;
            }
        }
        return null;
    }

    /**
     * 0.50.7 (blind-s50L's b50L-ru-02): a headline and lead that tell weapons in one side's land and name no other side (a
     * derailed train's flatcars with self-propelled guns near Ussuriysk), and a later sentence up to the sixth that names
     * them as the other side's ("experts identified them as North Korean Koksan howitzers"): that sentence is the story's
     * event told with both sides, the other side's weapons carried into the first's, arms supply (the rubric's high row).
     * Not for a sentence that is hedged, set in another time or since an earlier year, listed or names a third country.
     * A sentence telling the weapons fired or at the front counts only under a lead at the war's theatre that tells no
     * test (0.50.8, b46L-en-01: the other side firing the lead's captured launchers), and reads by the battlefield's row.
     * Returns that sentence, or null.
     */
    private static Sentence othersWeapons(List<Sentence> sentences) {
        boolean russia = false;
        boolean dprk = false;
        boolean weapons = false;
        boolean front = false;
        boolean test = false;
        boolean thirdOrList = false;
        for (Sentence s : sentences) {
            if (!s.mainEvent() && !s.title()) {
                continue;
            }
            russia |= s.groups().contains("side:russia");
            dprk |= s.groups().contains("side:dprk");
            for (String w : WEAPON_WORDS) {
                weapons |= s.groups().contains(w);
            }
            front |= s.groups().contains("war_theatre");
            test |= s.groups().contains("drill") || s.groups().contains("sea_launch");
            thirdOrList |= namesThirdCountry(s) || s.listOnly();
        }
        // at the war's theatre (blind-s46L's b46L-en-01: launchers with Korean-language manuals captured near Pokrovsk,
        // "Russian assault troops had fired the missiles"), Ukraine is the scene's other party, no third country
        front &= !test;
        if (russia == dprk || !weapons || thirdOrList && !front) {
            return null;
        }
        String other = russia ? "side:dprk" : "side:russia";
        for (Sentence s : sentences) {
            Set<String> g = s.groups();
            boolean atTheFront = g.contains(BATTLE_USE) || g.contains("war_theatre");
            boolean fired = front && g.contains(BATTLE_USE);
            boolean carried = !thirdOrList && !atTheFront && !namesThirdCountry(s);
            if (s.mainEvent() || s.title() || s.index() >= OUTCOME_REACH || s.listOnly() || s.pair() || !g.contains(other)
                    || toldAsSetting(s) || !(fired || carried)) {
                continue;
            }
            for (String w : WEAPON_WORDS) {
                if (g.contains(w)) {
                    return s;
                }
            }
        }
        return null;
    }

    /** The sentences with the other side's weapons read as carried into the lead's side: both sides, weapons supplied. */
    private static List<Sentence> withWeaponsMoved(List<Sentence> sentences, int at) {
        Sentence named = sentences.get(at);
        List<Sentence> out = new ArrayList<>(sentences);
        Set<String> groups = new HashSet<>(named.groups());
        groups.addAll(List.of("side:russia", "side:dprk", "pair", "weapon", "supplying"));
        out.set(at, new Sentence(named.text(), named.title(), named.index(), Set.copyOf(groups), true, false, named.mentions()));
        return out;
    }

    /** The sentences with the scene's unit read at the scene: the war's theatre its sentence points back at. */
    private static List<Sentence> withSceneUnit(List<Sentence> sentences, int at) {
        Sentence unit = sentences.get(at);
        List<Sentence> out = new ArrayList<>(sentences);
        Set<String> groups = new HashSet<>(unit.groups());
        groups.add("war_theatre");
        groups.add("side:russia");
        groups.add("pair");
        out.set(at, new Sentence(unit.text(), unit.title(), unit.index(), Set.copyOf(groups), true, false, unit.mentions()));
        return out;
    }

    /**
     * 0.33.0: a feature's scene lead. The headline names one side and the lead sentences set a scene with that side only
     * (a building site in Vladivostok, men in grey jackets); the first sentence right after the lead that names both
     * sides with an exchange of the rubric's kinds ("12,000 North Koreans entered Russia on student visas") is where
     * the story tells its news, so it weighs as a lead sentence completing the headline's pair does (see
     * {@link #crossPair}). Not when a lead sentence names the other side or a third country or dates an event of its own
     * (the lead then tells the story), nor for a sentence that recalls, lists or names a third country: those are the
     * lead's own story, told with its background (a farm's opening, then "Kim has visited Russia twice since 2019").
     * Since 0.41.0 (blind-s39's b39-uk-01) also on a page without a headline, whose first sentence heads it: "Putin
     * visited an aircraft plant … The Kremlin said Putin will receive Kim Jong Un in Moscow next week" is the summit's
     * story, which a body sentence alone could not make relevant, so 0.40.0's pairToldBelow never rated it.
     */
    private static Sentence nutGraf(List<Sentence> sentences, Sentence head) {
        if (head == null) {
            return null;
        }
        String other = head.groups().contains("side:russia") ? "side:dprk" : "side:russia";
        for (Sentence s : sentences) {
            if (s.title()) {
                continue;
            }
            if (s.mainEvent()) {
                // a lead that dates its own event ("attended the opening on Sunday") tells the story; a scene does not
                if (s.groups().contains(other) || s.pair() || namesThirdCountry(s) || s.groups().contains(NEWS_DAY)) {
                    return null;
                }
                continue;
            }
            if (s.index() > LEAD) {
                return null;
            }
            // a sentence that recalls ("Kim has visited Russia twice since 2019") is background to the scene, no news; an
            // occasion phrase ("on the sidelines he announced", в кулуарах) sets no earlier time (0.41.0)
            boolean recalls = false;
            boolean occasion = s.groups().contains(BACKGROUND_PREFIX + OCCASION);
            for (String g : s.groups()) {
                recalls |= g.startsWith(BACKGROUND_PREFIX) && !(occasion && (g.equals(BACKGROUND_PREFIX + OCCASION)
                        || g.equals(BACKGROUND_PREFIX + OCCASION_COMPLEMENT) || g.equals(BACKGROUND_PREFIX + PRONOUN)));
            }
            return s.pair() && exchange(s.groups()) && !recalls && !s.listOnly() && !namesThirdCountry(s) ? s : null;
        }
        return null;
    }

    /**
     * The headline (or an untitled article's first sentence) reports a meeting of one side with a third country ("Xi and
     * Kim hold talks in Beijing"): the story is that meeting.
     */
    private static boolean thirdCountryMeetingHead(List<Sentence> sentences, boolean hasTitle) {
        for (Sentence s : sentences) {
            if (hasTitle ? s.title() : !s.title()) {
                boolean russia = s.groups().contains("side:russia");
                boolean dprk = s.groups().contains("side:dprk");
                boolean meeting = false;
                for (String g : MEETINGS) {
                    meeting |= s.groups().contains(g);
                }
                return russia != dprk && meeting && namesThirdCountry(s);
            }
        }
        return false;
    }

    /** Chinese: the place follows a particle of direction (向敖德萨发射, 对第聂伯市发射, 朝基辅方向发射). */
    private static final java.util.regex.Pattern ZH_TOWARD = java.util.regex.Pattern.compile("(?:向|对|對|朝)(?:着|著)?\\s*$");
    private static final java.util.regex.Pattern ZH_LAUNCH = java.util.regex.Pattern.compile(
            "^[^。！？；\\n]{0,24}?(?:发射|發射)");
    /** Japanese: the place takes に, へ or に向けて before the launch (キーウに向けて発射, オデーサへ…を発射). */
    private static final java.util.regex.Pattern JA_LAUNCH = java.util.regex.Pattern.compile(
            "^(?:市|州|方面|方向)?(?:に向けて|に向け|へ向けて|を狙って|を標的に|に|へ)[^。！？\\n]{0,30}?発射");
    /** Korean: the place takes 에, 을/를 향해 or (으)로 before the launch (키이우에 … 발사, 오데사를 향해 발사). */
    private static final java.util.regex.Pattern KO_LAUNCH = java.util.regex.Pattern.compile(
            "^(?:시|주|지역)?(?:에다|에|을 향해|를 향해|을 겨냥해|를 겨냥해|쪽으로|방향으로|으로|로)[^.!?\\n]{0,30}?발사");

    /** Cue group of Korean 발사 in its finite and adnominal forms ("fired"). */
    static final String KO_FIRED = "ko_fired";
    /** A side told as a Korean subject (러시아군이, 러시아는, a headline's "러시아,"); the last one before the verb fired. */
    private static final java.util.regex.Pattern KO_SUBJECT = java.util.regex.Pattern.compile(
            "(러시아군|러시아|러군|로씨야군|로씨야|북한군|북한|북|조선인민군|조선)(?:측이|측은|이|가|은|는|,)(?=\\s)");

    /**
     * 0.50.11: Korean 발사 is a launch, a test or a firing; told with Russia as its subject within the clause before it
     * ("러시아군이 밤사이 북한제 KN-23 탄도미사일 4발을 발사했다") it is Russia firing, which the rubric's battlefield row
     * reads as English "fired" and Russian "выпустили по" are. North Korea as the nearer subject (its own launch while its
     * leader is in Russia) stays a launch. The window is the 48 characters before the verb, inside the sentence.
     */
    private static boolean russiaFired(String text, int start, int sentenceStart) {
        java.util.regex.Matcher m = KO_SUBJECT.matcher(text).region(Math.max(sentenceStart, start - 48), start);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last != null && (last.startsWith("러") || last.startsWith("로씨야"));
    }

    /**
     * 0.31.0: a launch aimed at a place of the war is a strike there, as "fired at Kyiv" and "выпустили по Киеву" are:
     * Chinese 向/对 + place + 发射, Japanese place + に/へ + 発射, Korean place + 에/를 향해 + 발사. A launch verb alone is
     * also a test, and a place before it without the particle may be the speaker ("乌克兰称朝鲜发射"), so only these.
     */
    private static boolean launchedAt(String text, int start, int end, int sentenceEnd) {
        String after = text.substring(end, Math.min(sentenceEnd, end + 48));
        String before = text.substring(Math.max(0, start - 3), start);
        return (ZH_TOWARD.matcher(before).find() && ZH_LAUNCH.matcher(after).find())
                || JA_LAUNCH.matcher(after).find() || KO_LAUNCH.matcher(after).find();
    }

    /**
     * A two-sided body sentence shortly after the lead that tells the one-sided headline's own military event (the same
     * theatre, weapons or soldiers: "Kursk retaken" over "North Korean soldiers took part in retaking Kursk"), or its
     * delivery ("A quiet delivery at Rajin" over a ship loaded there with shells for Russia, a feature's scene between), is that
     * event told in full, so it weighs as the lead does; a one-sided story's single background sentence stays below
     * the threshold (one lead-weight sentence is not enough).
     */
    private static boolean headEventToldLater(Sentence head, Sentence s) {
        if (head == null || s == head || s.mainEvent() || s.index() >= OUTCOME_REACH || s.listOnly()) {
            return false;
        }
        for (String g : HEAD_EVENTS) {
            if (head.groups().contains(g) && s.groups().contains(g)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A wire dateline opening a sentence ("Seoul, June 19 (IANS)", "SEOUL (Reuters) -", "(서울=연합뉴스)", "ВАШИНГТОН,
     * 21 мар /ПРАЙМ/"): where the report was filed, not a party to its event.
     */
    private static final java.util.regex.Pattern SENTENCE_DATELINE = java.util.regex.Pattern.compile("^\\s*(?:"
            // a place, a date, an agency: "Seoul, June 19 (IANS)", "ВАШИНГТОН, 21 мар /ПРАЙМ/"
            + "\\p{L}[\\p{L} .'-]{1,25},[^()/\\n\\d]{0,20}\\d[^()/\\n]{0,12}(?:\\([^()\\n]{1,30}\\)|/[^/\\n]{1,20}/)"
            // a capitalised place and an agency: "SEOUL (Reuters)"
            + "|\\p{Lu}[\\p{Lu} .'-]{1,25}\\s?\\([^()\\n]{1,30}\\)"
            // a place and a named agency: "Seoul (dpa)", "Киев (УНН)"
            + "|\\p{Lu}[\\p{L} .'-]{1,25}\\s?\\((?:dpa|AFP|AP|Reuters|Yonhap|KCNA|IANS|TASS|Xinhua|Kyodo|UNN|ТАСС|РИА Новости|Интерфакс|УНН|Укрінформ|Интерфакс-Украина)\\)"
            // place=agency in parentheses: "(서울=연합뉴스)"
            + "|\\([^()\\n=]{1,20}=[^()\\n]{1,20}\\)"
            // Chinese and Japanese wire tags: "（法新社莫斯科12日电）", "【ソウル共同】"
            + "|（[^（）\\n]{1,30}[电電]）|【[^【】\\n]{1,15}】)\\s*[.:—–-]*");

    /** Where the wire dateline opening the sentence at {@code span} ends in {@code text}, or -1 when it opens with none. */
    static int datelineEnd(String text, Sentences.Span span) {
        java.util.regex.Matcher dateline = SENTENCE_DATELINE.matcher(text).region(span.start(), span.end());
        return dateline.lookingAt() ? dateline.end() : -1;
    }

    /**
     * A two-sided sentence that names a third country outside its dateline (the dateline's city is where the report
     * was filed: "Seoul, June 19 (IANS) Putin gave Kim …" names no third party of the event).
     */
    private static boolean namesThirdCountry(String text, Sentence s) {
        java.util.regex.Matcher dateline = SENTENCE_DATELINE.matcher(s.text());
        int after = dateline.lookingAt() ? dateline.end() : 0;
        for (Mention m : s.mentions()) {
            if (m.entity().party() == Party.OTHER && m.entity().kind().equals("country")
                    && (after == 0 || s.text().indexOf(text.substring(m.start(), m.end()), after) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** "Xi and Kim hold talks": a headline whose story is one side with a third country is not half of a pair. */
    private static boolean namesThirdCountry(Sentence s) {
        for (Mention m : s.mentions()) {
            if (m.entity().party() == Party.OTHER && m.entity().kind().equals("country")) {
                return true;
            }
        }
        return false;
    }

    private static boolean exchangeInMainEvent(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (s.mainEvent() && exchange(s.groups())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Without a headline of its own (an author box, a menu or a calendar widget took its place, or the page had none),
     * the story starts at its first sentence that names a side, within the first {@value #HEADLINE_REACH} sentences,
     * when that sentence names both and the lines above it name nobody but outlets: an e-mail-style page or a byline box
     * puts lines of chrome above it. The sentences before it are chrome, neither
     * headline nor lead, and the count of the lead starts there.
     */
    private static List<Sentence> fromStandInHeadline(List<Sentence> sentences) {
        int first = -1;
        for (Sentence s : sentences) {
            if (s.title()) {
                continue;
            }
            if (s.index() >= HEADLINE_REACH) {
                break;
            }
            if (named(s)) {
                // a story's lost headline names both sides (else the story is one-sided)
                first = s.pair() ? s.index() : -1;
                break;
            }
            if (!chrome(s)) {
                break;
            }
        }
        if (first <= 0) {
            return sentences;
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            int index = s.title() || s.index() >= CAPTION_INDEX ? s.index() : s.index() < first ? CAPTION_INDEX : s.index() - first;
            out.add(new Sentence(s.text(), s.title(), index, s.groups(), s.pair(), s.listOnly(), s.mentions()));
        }
        return out;
    }

    /**
     * A briefing transcript's turn (0.38.0). Under a headline that names a briefing or press conference (press briefing,
     * брифинг, 브리핑, 记者会, 記者会見, Pressekonferenz) or a meeting (0.39.0: a Council's record), a body of turns
     * ("QUESTION:", "Вопрос:", "[질문]", "韩联社记者：", "The representative of …") holds several unrelated stories, each
     * a question and its answer or a speaker's statement. The first turn with a sentence
     * naming both sides is the article's story about the two: its question is the headline, its answer the lead (the
     * rubric: third parties' statements about their cooperation, statements by either about the other). The headline, a
     * briefing's date, is read as body after it. Null when the page is no transcript or no turn names both.
     */
    private static List<Sentence> transcriptTurn(List<Sentence> sentences) {
        if (sentences.isEmpty() || !sentences.get(0).groups().contains(BRIEFING)) {
            return null;
        }
        int questions = 0;
        int start = -1;
        int end = sentences.size();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.title() || !TURN.matcher(s.text()).lookingAt()) {
                if (start < 0 && questions > 0 && s.pair() && !s.title()) {
                    start = turnStart(sentences, i);
                }
                continue;
            }
            questions++;
            if (start >= 0 && end == sentences.size()) {
                end = i;
            }
            if (start < 0 && s.pair()) {
                start = i;
            }
        }
        if (questions < 2 || start < 0) {
            return null;
        }
        return promoted(sentences, start, end, false);
    }

    /** The question that opens the turn holding sentence {@code i}. */
    private static int turnStart(List<Sentence> sentences, int i) {
        for (int j = i; j >= 0; j--) {
            if (TURN.matcher(sentences.get(j).text()).lookingAt()) {
                return j;
            }
        }
        return i;
    }

    /**
     * A verbatim statement's point (0.38.0). Under a headline naming a statement (Statement, Заявление, 담화, 성명, 声明,
     * 談話, Erklärung), a state agency prints a ceremonial preamble first (anniversaries, the leader's wisdom, the
     * enemy's moves) and announces its point with a line ending in a colon ("solemnly declares as follows:",
     * заявляет следующее:, 다음과 같이 선언한다:, 声明如下：). The sentences after the last such line, past the lead, are
     * the statement's news: they are read as the lead, the preamble as body after them. Null otherwise.
     */
    private static List<Sentence> statementPoint(List<Sentence> sentences) {
        if (sentences.isEmpty() || !sentences.get(0).title() || !sentences.get(0).groups().contains(STATEMENT_HEAD)) {
            return null;
        }
        int marker = -1;
        for (int i = 1; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.groups().contains(AS_FOLLOWS) && endsWithColon(s.text())) {
                marker = i;
            }
        }
        if (marker < 0 || marker + 1 >= sentences.size() || sentences.get(marker).index() < LEAD) {
            return null;
        }
        return promoted(sentences, marker + 1, sentences.size(), true);
    }

    private static boolean endsWithColon(String text) {
        String t = text.strip();
        return t.endsWith(":") || t.endsWith("：");
    }

    /**
     * An opinion piece's thesis (0.38.0). Under a headline labelled as opinion, analysis or a column (Opinion:, Мнение,
     * [칼럼], 【解説】, 评论, Kommentar), the headline is a figure ("The quietest bridge between Moscow and Pyongyang") and
     * the first paragraphs retell history and the war; the author says where the point is ("the development I find
     * most telling", 정말 주목해야 할 것은, 筆者が注目するのは, entscheidender ist). That sentence and the two after it are
     * read as the head and lead, the rest, headline included, as body. Null otherwise.
     */
    private static List<Sentence> thesisPoint(List<Sentence> sentences) {
        if (sentences.isEmpty() || !sentences.get(0).title() || !sentences.get(0).groups().contains(OPINION_HEAD)) {
            return null;
        }
        for (int i = 1; i < sentences.size(); i++) {
            if (sentences.get(i).groups().contains(THESIS)) {
                return sentences.get(i).index() < LEAD ? null : promoted(sentences, i, Math.min(sentences.size(), i + 3), false);
            }
        }
        return null;
    }

    /**
     * The sentences {@code from} to {@code to} read as the story's head and lead (indices from 0), the rest after them
     * as body in their order; the headline stays the headline when {@code keepTitle}, else it is body too.
     */
    private static List<Sentence> promoted(List<Sentence> sentences, int from, int to, boolean keepTitle) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        if (keepTitle && sentences.get(0).title()) {
            out.add(sentences.get(0));
        }
        // short sentences and datelines share the index of the next (see sentences()): kept so inside the span
        int base = sentences.get(from).index();
        int index = 0;
        for (int i = from; i < to; i++) {
            int own = sentences.get(i).index();
            index = own >= CAPTION_INDEX ? index : own - base;
            out.add(reindexed(sentences.get(i), own >= CAPTION_INDEX ? own : index));
        }
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if ((i >= from && i < to) || (keepTitle && s.title())) {
                continue;
            }
            out.add(reindexed(s, Math.max(++index, LEAD)));
        }
        return out;
    }

    private static Sentence reindexed(Sentence s, int index) {
        return new Sentence(s.text(), false, index, s.groups(), s.pair(), s.listOnly(), s.mentions());
    }

    /** Whether {@code text[from, to)} is empty or whitespace, read in place: every page's paragraphs are walked. */
    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A correction or update note (0.38.0): a paragraph opened by its kind (Correction:, Update, December 5:, Обновлено,
     * Исправление, 바로잡습니다, 【更正】, 訂正, Korrektur) among the first body paragraphs or last, or any paragraph telling
     * what an earlier version of the article said. It speaks of the article, not of the events: what it says the story
     * had wrong ("said the delegation was led by Deputy Defence Minister …" above a children's choir) is no headline
     * event, so its sentences are left out and the lead counts on from the story's first sentence.
     */
    static List<Sentence> withoutCorrectionNotes(String text, int bodyStart, List<Sentence> sentences) {
        // the phrase matcher found any "earlier version" words in its one walk: the regex runs only on pages that have them
        boolean earlier = false;
        for (Sentence s : sentences) {
            earlier |= s.groups().contains(EARLIER_VERSION_WORDS);
        }
        List<int[]> notes = new ArrayList<>();
        int paragraph = 0;
        int start = bodyStart;
        List<int[]> paragraphs = new ArrayList<>();
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (!blank(text, start, end)) {
                paragraphs.add(new int[] {start, end});
            }
            start = end + 1;
        }
        for (int[] p : paragraphs) {
            boolean edge = paragraph < 3 || paragraph == paragraphs.size() - 1;
            CharSequence para = edge || earlier ? text.subSequence(p[0], p[1]) : "";
            if (edge && NOTE_OPENING.matcher(para).lookingAt() || earlier && EARLIER_VERSION.matcher(para).find()) {
                notes.add(p);
            }
            paragraph++;
        }
        if (notes.isEmpty()) {
            return sentences;
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        int from = bodyStart;
        int dropped = 0;
        int lastDroppedIndex = -1;
        for (Sentence s : sentences) {
            if (s.title()) {
                out.add(s);
                continue;
            }
            int at = text.indexOf(s.text(), from);
            if (at >= 0) {
                from = at + s.text().length();
            }
            boolean inNote = false;
            for (int[] n : notes) {
                inNote |= at >= n[0] && at < n[1];
            }
            boolean counted = s.index() < CAPTION_INDEX;
            if (inNote) {
                if (counted && s.index() != lastDroppedIndex) {
                    dropped++;
                    lastDroppedIndex = s.index();
                }
                continue;
            }
            out.add(dropped == 0 || !counted ? s : new Sentence(s.text(), false, Math.max(0, s.index() - dropped), s.groups(), s.pair(),
                    s.listOnly(), s.mentions()));
        }
        return out;
    }

    /**
     * A headline naming a third country's border town (Hunchun, Fangchuan, Dandong) and neither side nor any country: the
     * story is the town's, its firms using both neighbours' ports or its tourists viewing both shores (0.38.0).
     */
    private static boolean thirdPlaceHead(List<Sentence> sentences) {
        if (sentences.isEmpty() || !sentences.get(0).title() || !sentences.get(0).groups().contains("role:" + THIRD_PLACE)) {
            return false;
        }
        for (Mention m : sentences.get(0).mentions()) {
            if (!m.entity().isMedia() && (m.entity().party() != Party.OTHER || thirdCountry(m))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a sentence ties its two sides to each other: a word of partnership (with, between, together, с, між, 함께,
     * 与, と共に, mit; {@link #TIE}) between the last name of one side and the first of the other after it, or "between"
     * before the first (between, между, zwischen) or after the second (之间, 사이, の間); not a list word (and, 和, 와, と,
     * und).
     */
    private static boolean tiedPair(String text, Sentence s) {
        Mention first = null;
        for (Mention m : s.mentions()) {
            Party party = m.entity().party();
            if (m.entity().isMedia() || party == Party.OTHER) {
                continue;
            }
            if (party == Party.PAIR) {
                return true;
            }
            if (first == null) {
                first = m;
            } else if (party != first.entity().party()) {
                // 同比 (year on year) holds the link character 同 of "同…会谈" without tying anyone
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 4)).strip();
                String before = text.substring(Math.max(0, first.start() - 12), first.start());
                return m.start() > first.end() && (TIE.matcher(text.substring(first.end(), m.start()).replace("同比", "")).find()
                        || BETWEEN_AFTER.matcher(after).lookingAt() || BETWEEN_BEFORE.matcher(before).find());
            } else {
                first = m;
            }
        }
        return false;
    }

    /** A line of chrome names nobody but outlets: an author box, a date, a menu ("He previously worked at Reuters"). */
    private static boolean chrome(Sentence s) {
        for (Mention m : s.mentions()) {
            if (!m.entity().isMedia()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A body sentence, shortly after the lead, that tells more of the headline event and rates higher: the outcome of
     * the meeting the lead reports (an {@link #OUTCOME} word), or the same weapons or soldiers as the deciding sentence
     * (a {@link #REFERENTS} group: "Russian forces fired these missiles into Ukraine"). It speaks of the deciding
     * sentence's two sides, so it is read with them; its cues count only outside background clauses (there they carry
     * the background prefix), and what is only discussed or possible, or set in another time or a series
     * ({@link #OTHER_TIME}), is no outcome. When the deciding sentence names one side only, the one-sided headline's own
     * event told with both sides ({@link #headEventToldLater}) is that sentence. Returns the highest such sentence, read with both sides, or null.
     */
    private Sentence toldLater(List<Sentence> sentences, Sentence decisive, Sentence oneSided, Severity severity, Set<String> titleGroups,
                               Set<String> leadGroups) {
        // 0.50.5 (blind-s50L's b50L-ru-01): a one-sided headline may decide ("Frachter … entlädt in Nordkoreas Werft") over
        // a lead that names both sides moving the cargo; a later sentence may still tell what that cargo was
        boolean leadPaired = leadGroups.contains("side:russia") && leadGroups.contains("side:dprk");
        if (!decisive.pair() && oneSided == null && !leadPaired) {
            return null;
        }
        boolean meeting = false;
        for (String g : MEETINGS) {
            meeting |= leadGroups.contains(g);
        }
        Sentence found = null;
        Severity best = severity;
        for (Sentence s : sentences) {
            // 0.31.0: a one-sided lead sentence after the deciding one that tells what became of its weapons or soldiers
            // ("Russian forces fired several of these missiles at Kyiv last week") is that sentence's event told on, when it
            // names the war's theatre and the deciding sentence's weapons were not fired in a test or into the sea
            boolean leadReferent = s.mainEvent() && !s.title() && s != decisive && !s.pair() && decisive.pair()
                    && s.groups().contains("war_theatre") && !decisive.groups().contains("sea_launch")
                    && !decisive.groups().contains("drill")
                    && (decisive.title() || s.index() > decisive.index()) && toldReferent(s.groups(), decisive.groups()) != null;
            // 0.45: the lead's own second sentence may be the one pointing back at its cargo ("Such equipment is used to
            // make solid rocket fuel")
            boolean toldBack = (decisive.pair() || leadPaired) && !s.title() && s != decisive
                    && (decisive.title() || s.index() > decisive.index()) && cargoToldBack(s.groups(), decisive.groups());
            boolean passedOff = cargoPassedOff(s, decisive);
            if ((s.mainEvent() && !leadReferent && !toldBack && !passedOff) || s.index() >= OUTCOME_REACH || s.listOnly()
                    || toldAsSetting(s)) {
                continue;
            }
            if (passedOff) {
                // 0.49.3 (blind-s49L's b49L-ru-02): the lead's goods moved, a later sentence telling the cargo passed off
                // under a false origin ("страной происхождения груза указан Китай, однако вагоны … шли в Россию"): what
                // the lead's trade was, sanctions evasion, read as it says
                Set<String> groups = new HashSet<>(s.groups());
                groups.addAll(List.of("side:russia", "side:dprk", "pair", "cargo_goods"));
                Sentence read = new Sentence(s.text(), s.title(), s.index(), groups, true, false, s.mentions());
                SeverityRule rule = firstFiring(read, titleGroups, leadGroups);
                if (rule != null && rule.severity().compareTo(best) > 0) {
                    best = rule.severity();
                    found = read;
                }
                continue;
            }
            if (toldBack) {
                // the lead's cargo, equipment or work, told as missile or other strategic technology: that row alone,
                // not the battlefield's "used" of "such equipment is used to make rocket fuel"
                Sentence read = cargoToldAsTechnology(s);
                SeverityRule rule = firstFiring(read, titleGroups, leadGroups);
                if (rule != null && rule.severity().compareTo(best) > 0) {
                    best = rule.severity();
                    found = read;
                }
                continue;
            }
            // under a one-sided deciding sentence, only a two-sided telling of the headline's own event
            boolean told = decisive.pair()
                    ? (meeting && named(s) && s.groups().contains(OUTCOME)) || toldReferent(s.groups(), decisive.groups()) != null
                    : s.pair() && headEventToldLater(oneSided, s);
            if (!told) {
                continue;
            }
            Set<String> groups = new HashSet<>(s.groups());
            groups.addAll(List.of("side:russia", "side:dprk", "pair"));
            // 0.48.2 (blind-s48L's b48L-zh-01): read for what became of the weapons, the sentence rates by what it says of
            // them; troops it tells sent beside them ("supplied shells … and in 2024 sent troops to Kursk") are another
            // event, no fate of the lead's weapons (soldiers firing them, "Russian troops fired these missiles", are)
            if (decisive.pair() && !(meeting && named(s) && s.groups().contains(OUTCOME)) && s.groups().contains("sent_troops")
                    && "weapon".equals(toldReferent(s.groups(), decisive.groups()))) {
                groups.removeAll(PEOPLE_SENT);
            }
            Sentence read = new Sentence(s.text(), s.title(), s.index(), groups, true, false, s.mentions());
            SeverityRule rule = firstFiring(read, titleGroups, leadGroups);
            if (rule != null && rule.severity().compareTo(best) > 0) {
                best = rule.severity();
                found = read;
            }
        }
        return found;
    }

    /**
     * 0.40.0 (dev2 d2-182): when the headline and lead name one side only, the lead's row is that side's
     * own affair (Putin arriving at a cosmodrome after his economic forum), and the article is about the two only through
     * what its body tells with both sides (Kim on his way, talks announced): the first sentences of the body that name
     * both rate it, as the lead's would. What is hedged, listed, set in another time, since an earlier year or recalled
     * in a background clause tells no event of the story; only a higher row than the lead's counts. Returns that
     * sentence, or null.
     */
    private Sentence pairToldBelow(List<Sentence> sentences, Severity severity, Set<String> titleGroups, Set<String> leadGroups) {
        Sentence found = null;
        Severity best = severity;
        for (Sentence s : sentences) {
            if (s.mainEvent() || !s.pair() || s.index() >= OUTCOME_REACH || s.listOnly() || toldAsSetting(s)) {
                continue;
            }
            SeverityRule rule = firstFiring(s, titleGroups, leadGroups);
            if (rule != null && rule.severity().compareTo(best) > 0) {
                best = rule.severity();
                found = s;
            }
        }
        return found;
    }

    /**
     * A body sentence that tells no event of the article's own: hedged (discussed, expected, doubted), set in another
     * time, or telling what has gone on since an earlier year. One test for every reading of the body that may raise the
     * row (told later, told with both sides below a one-sided lead, the row the body keeps returning to): the rubric
     * judges the main news event, not the background every article on the subject repeats, whatever its cue kind.
     */
    private static boolean toldAsSetting(Sentence s) {
        return s.groups().contains("hedge") || s.groups().contains(OTHER_TIME) || sinceAYear(s.groups());
    }

    /** The words of weapons, one kind whichever names them (arms, shells, missiles, guns). */
    private static final List<String> WEAPON_WORDS = List.of("arms", "weapon", "weapon_any", "weapon_missile", "weapon_shell",
            "weapon_gun");

    /**
     * Does a sentence of the story's own (not set in another time, not since an earlier year, not hedged) name the kind a
     * rule rates: its first group that is no side, pair, lead or background condition, the weapons' words as one kind?
     */
    private static boolean kindToldByTheStory(SeverityRule rule, List<Sentence> sentences) {
        String kind = null;
        for (String g : rule.all()) {
            if (!g.equals("pair") && !g.startsWith("side:") && !g.startsWith("lead:") && !g.startsWith(BACKGROUND_PREFIX)) {
                kind = g;
                break;
            }
        }
        if (kind == null) {
            return true;
        }
        boolean weapons = WEAPON_WORDS.contains(kind);
        for (Sentence t : sentences) {
            if (t.listOnly() || toldAsSetting(t)) {
                continue;
            }
            if (t.groups().contains(kind)) {
                return true;
            }
            for (String w : weapons ? WEAPON_WORDS : List.<String>of()) {
                if (t.groups().contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Cue group of a span begun in an earlier year: since 2023, 2023년 이후, с 2023 года, 自2023年以来, seit 2023. */
    static final String SINCE_YEAR = "since_year";

    /** A sentence set in another time or since an earlier year, in its main clause or a dated clause of its own. */
    private static boolean recalledFirst(Sentence s) {
        return s.groups().contains(OTHER_TIME) || s.groups().contains(BACKGROUND_PREFIX + OTHER_TIME) || sinceAYear(s.groups());
    }

    /**
     * A sentence that tells what has gone on since an earlier year tells no outcome of the article's event, whether the
     * words "since 2023" stand in its main clause or were read as a background clause ("북한은 2023년 이후 러시아에 포탄 …
     * 제공하고 … 파병한 것으로 알려졌다", where 이후 closes one), nor, in the lead, the headline's event (0.37.0).
     */
    private static boolean sinceAYear(Set<String> groups) {
        return groups.contains(SINCE_YEAR) || groups.contains(BACKGROUND_PREFIX + SINCE_YEAR);
    }

    /**
     * When headline and lead name no kind of event, the row the article's two-sided sentences keep returning to,
     * hedged sentences (discussed, expected, doubted) not counted; returns a sentence of that row, or null. A tie goes
     * to the row told first (0.28.2; it went to the higher row): a feature tells its story below the scene and recalls
     * the graver background after it ("a weekly container train … would start in January" before "North Korea has
     * sent troops to fight for Russia … last year").
     */
    private Sentence dominantRow(List<Sentence> sentences, Set<String> titleGroups, Set<String> leadGroups, Set<Category> categories) {
        int[] votes = new int[Severity.values().length];
        Sentence[] example = new Sentence[votes.length];
        for (Sentence s : sentences) {
            // what is only discussed, expected, sought or doubted has not happened: it tells no kind of event
            if (!s.pair() || s.groups().contains("hedge")) {
                continue;
            }
            SeverityRule rule = firstFiring(s, titleGroups, leadGroups);
            // 0.50.1 (blind-s50L's b50L-uk-02, the third session of background raising the row): what has gone on since an
            // earlier year or is set in another time votes only for a kind the story's own sentences tell (the soldiers a
            // headline names, the shells of its lead), never for one it brings in alone
            if (rule != null && toldAsSetting(s) && !kindToldByTheStory(rule, sentences)) {
                continue;
            }
            if (rule != null) {
                votes[rule.severity().ordinal()]++;
                if (example[rule.severity().ordinal()] == null) {
                    example[rule.severity().ordinal()] = s;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < votes.length; i++) {
            if (votes[i] > 0 && (votes[i] > votes[best] || votes[i] == votes[best] && example[i].index() < example[best].index())) {
                best = i;
            }
        }
        if (example[best] != null) {
            categories.add(firstFiring(example[best], titleGroups, leadGroups).category());
        }
        return example[best];
    }

    /**
     * A headline that names neither side over a first lead sentence that does not name both (0.45.3; blind-s46's
     * b46-uk-02: "ДВФУ переводить студентів на дистанційне навчання на тиждень", then the university's notice, then the
     * Kremlin confirming Kim's talks with Putin in Vladivostok): the headline tells no event of the two's, so its row
     * (students: low) is not the story's and the lead's sentence telling the two's event is no setting under it. A
     * headline naming neither side over a first lead sentence that names both (a choir at the state banquet for Kim)
     * keeps its row, as does every headline that names a side.
     */
    private static boolean sidelessHead(Sentence head, List<Sentence> sentences) {
        if (!head.title() || head.groups().contains("side:russia") || head.groups().contains("side:dprk")) {
            return false;
        }
        for (Sentence s : sentences) {
            if (!s.title()) {
                return !s.pair();
            }
        }
        return false;
    }

    /**
     * A headline that names a kind of event names the article's main event: an exhibition opens, a greeting is sent, a
     * foreign minister arrives, a transport deal is signed, defence ministers meet. A later lead sentence that does not
     * tell that event and rates higher ("North Korea has sent thousands of troops to Russia", "Pyongyang supplies Moscow
     * with shells") is the setting every article on the subject repeats, not the event (spec: judged on the main news
     * event, not on background), so it rates no higher than the headline's row; the first lead sentence, which tells
     * the headline's event, still can. When the headline names no kind of event, the lead decides, as before. A page
     * without a headline is headed by its first lead sentence (since 0.29.0): a treaty signed at a summit, then "North
     * Korea already provides Russia's army with shells, and Moscow is thought to be helping its missile programme",
     * is the treaty. Returns the headline, the first lead sentence of a page without one, or null.
     */
    private static Sentence head(List<Sentence> sentences) {
        if (!sentences.isEmpty() && sentences.get(0).title()) {
            return sentences.get(0);
        }
        for (Sentence s : sentences) {
            if (s.mainEvent()) {
                return s;
            }
        }
        return null;
    }

    /**
     * Does a later lead sentence tell the headline's event? Under a headline of the low row, when it names an event of
     * that row; under another, when it names the same kind (the headline row's cue groups, whoever's role they are),
     * the same person, or what the event settled (an {@link #OUTCOME} word). A sentence set in another time or telling a
     * series ({@link #OTHER_TIME}: "similar shipments have been seen since 2023, and Russia is believed to use the
     * shells") tells none of it (0.30.0).
     */
    private static boolean tellsHeadline(Sentence s, Sentence headline, SeverityRule row) {
        if (s.groups().contains(OTHER_TIME) || sinceAYear(s.groups())) {
            return false;
        }
        return namesHeadlineKind(s, headline, row);
    }

    /**
     * Does a lead sentence name the headline's kind of event, its people or what it settled, whatever time it is set in?
     * A first lead sentence dated last year that tells the headline's transfers ("processed hundreds of transfers … last
     * year, a leaked ledger shows") tells its event; one that recalls the war under a trade headline does not (0.49.0).
     */
    private static boolean namesHeadlineKind(Sentence s, Sentence headline, SeverityRule row) {
        if (row.severity() == Severity.LOW) {
            // 0.48.3 (blind-s48L's b48L-ko-03): under a message's headline (a condolence, a greeting), a lead sentence saying
            // what it pledges ("Kim said the DPRK will always stand on the side of the Russian army until victory") tells
            // the message's words: a commitment in them rates it by its content (the rubric's settled case)
            return lowKind(s.groups()) || messageWords(s, headline);
        }
        if (s.groups().contains(OUTCOME)) {
            return true;
        }
        Set<String> kinds = new HashSet<>();
        for (String g : s.groups()) {
            kinds.add(kind(g));
        }
        for (String g : row.all()) {
            String k = kind(g);
            if (!k.equals("pair") && !k.startsWith("side:") && kinds.contains(k)) {
                return true;
            }
        }
        for (Mention m : s.mentions()) {
            if (m.entity().kind().equals("person") && headline.mentions().stream().anyMatch(h -> h.entity().equals(m.entity()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lead sentence saying what the headline's message pledges (0.48.3): the headline sends a greeting or a letter (a
     * condolence, congratulations) and the sentence, a statement, names support. It is read as the message's words, so
     * with the message's own group: the rows a message rules out (soldiers it names are its addressee) stay out.
     */
    private static boolean messageWords(Sentence s, Sentence headline) {
        return (headline.groups().contains("greeting") || headline.groups().contains("letter")) && s.groups().contains(STATEMENT)
                && (s.groups().contains("support") || s.groups().contains("strong_support"));
    }

    /** A cue group without its role prefix or side suffix: {@code role:leader@dprk} and {@code leader} are one kind. */
    private static String kind(String group) {
        int at = group.indexOf('@');
        String g = at >= 0 ? group.substring(0, at) : group;
        return g.startsWith("role:") ? g.substring("role:".length()) : g;
    }

    private static boolean lowKind(Set<String> groups) {
        for (String g : SeverityRule.LOW_KINDS) {
            if (groups.contains(g)) {
                return true;
            }
        }
        return false;
    }

    /** The highest rule that fires on the sentence (rules are listed from the highest row down). */
    private SeverityRule firstFiring(Sentence s, Set<String> titleGroups, Set<String> leadGroups) {
        PageBudget.check();
        SeverityRule found = null;
        for (SeverityRule rule : rules) {
            if (rule.firesOn(s.groups(), titleGroups, leadGroups) && (found == null || rule.severity().compareTo(found.severity()) > 0)) {
                found = rule;
            }
        }
        return found;
    }

    private List<Sentence> sentences(String text, int bodyStart, List<Mention> mentions, List<PhraseMatcher.Hit<Set<String>>> cueHits,
                                     List<int[]> backgroundSpans, List<int[]> recalledSpans, List<int[]> comparisonSpans) {
        SpanIndex background = new SpanIndex(backgroundSpans);
        SpanIndex recalled = new SpanIndex(recalledSpans);
        SpanIndex compared = new SpanIndex(comparisonSpans);
        List<Sentences.Span> spans = new ArrayList<>();
        if (bodyStart > 0) {
            spans.add(new Sentences.Span(0, bodyStart - 2));
            for (Sentences.Span s : Sentences.split(text.substring(bodyStart))) {
                spans.add(new Sentences.Span(s.start() + bodyStart, s.end() + bodyStart));
            }
        } else {
            spans.addAll(Sentences.split(text));
        }
        List<Sentence> out = new ArrayList<>(spans.size());
        int m = 0;
        int c = 0;
        int index = 0;
        for (int k = 0; k < spans.size(); k++) {
            Sentences.Span span = spans.get(k);
            boolean isTitle = bodyStart > 0 && span.start() == 0;
            boolean caption = !isTitle && k + 1 < spans.size() && (credit(text, spans.get(k + 1)) || creditOpens(text, spans.get(k + 1)));
            List<Mention> inside = new ArrayList<>();
            while (m < mentions.size() && mentions.get(m).start() < span.end()) {
                if (mentions.get(m).start() >= span.start()) {
                    inside.add(mentions.get(m));
                }
                m++;
            }
            Set<String> groups = new HashSet<>();
            boolean thirdMinister = false;
            boolean sideMinister = false;
            boolean speaker = false;
            List<Integer> bodyWordEnds = new ArrayList<>();
            int soldiersAt = -1;
            boolean namedTech = false;
            List<Integer> economicAt = new ArrayList<>();
            List<Integer> fieldAt = new ArrayList<>();
            int firstHit = c;
            // cue hits are ordered by end offset
            while (c < cueHits.size() && cueHits.get(c).end() <= span.end()) {
                PhraseMatcher.Hit<Set<String>> hit = cueHits.get(c);
                if (hit.start() >= span.start() && hit.value().contains(ENVOY_WORD)) {
                    Party of = envoyOf(text, hit.start(), hit.end(), inside);
                    groups.add(of == null ? ENVOY_BARE : of == Party.RUSSIA ? ENVOY_OF_RUSSIA : of == Party.DPRK ? ENVOY_OF_DPRK : ENVOY_OF_OTHER);
                }
                if (hit.start() >= span.start()) {
                    if (background.covers(hit.start(), hit.end())) {
                        for (String g : hit.value()) {
                            groups.add(BACKGROUND_PREFIX + g);
                        }
                    } else {
                        groups.addAll(hit.value());
                        namedTech |= hit.value().contains(STRATEGIC_TECH) && !hit.value().contains(TECH_GENERIC);
                        if (hit.value().contains(ECONOMIC)) {
                            economicAt.add(hit.start());
                        }
                        if (hit.value().contains(SECTOR) || hit.value().contains(CIVIL_FIELD)) {
                            fieldAt.add(hit.start());
                        }
                        if (soldiersAt < 0 && hit.value().contains("personnel")) {
                            soldiersAt = hit.start();
                        }
                        if (hit.value().contains("war_theatre") && launchedAt(text, hit.start(), hit.end(), span.end())
                                || hit.value().contains(KO_FIRED) && russiaFired(text, hit.start(), span.start())) {
                            groups.add(BATTLE_USE);
                        }
                        if (hit.value().contains("foreign_minister") || hit.value().contains("minister")) {
                            Party of = ministerOf(text, hit.start(), hit.end(), inside);
                            thirdMinister |= of == Party.OTHER;
                            sideMinister |= of == Party.RUSSIA || of == Party.DPRK;
                        }
                        if (hit.value().contains(BODY_WORD) && side(ministerOf(text, hit.start(), hit.end(), inside))) {
                            speaker = true;
                            bodyWordEnds.add(hit.end());
                        }
                        if (hit.value().contains(STATEMENT) && sideRightBefore(text, hit.start(), inside)) {
                            speaker = true;
                        }
                    }
                }
                c++;
            }
            if (thirdMinister && !sideMinister) {
                groups.add(THIRD_MINISTER);
            }
            // 0.32.0: a technology transfer named only by the generic words (기술 이전, technology transfer, 技术转让) in a
            // sentence that names a civil field for it (aquaculture, farming, medicine) is no strategic technology
            if (!namedTech && groups.contains(CIVIL_FIELD)) {
                groups.remove(STRATEGIC_TECH);
            }
            // 0.43.2: an exchange of students in a field ("a student exchange agreement on agriculture", "농업 분야 학생 교류
            // 협정") is the exchange: the field is what the students study, no economic project, unless the sentence names
            // trade, transport or another economic word beside it (a protocol on trade, farming and student exchanges)
            if (groups.contains(EXCHANGE_WORD) && !economicAt.isEmpty() && fieldAt.containsAll(economicAt)) {
                groups.remove(ECONOMIC);
            }
            // 0.50.4 (blind-s50L's b50L-en-05): a contest's result (a North Korean beats a Russian in a world final) tells
            // no exchange of athletes, which the rubric means as a programme between the two (a friendly, an invitation)
            if (groups.contains(CONTEST) && groups.contains("sport") && !groups.contains(SPORT_PROGRAMME)) {
                groups.remove("sport");
            }
            if (isTitle && attributed(text, span.start(), inside, bodyWordEnds)) {
                // "МЗС КНДР: Росія має право …": the headline's colon is its verb of saying
                groups.add(STATEMENT);
                speaker = true;
            }
            if (isTitle && endsInQuotation(text, span)) {
                // 0.46 (blind-s47): 북한 국방상 "…", 長官、…「正当」: a headline closing on a quotation gives what its subject said
                groups.add(STATEMENT);
            }
            if (speaker) {
                groups.add(SPEAKER);
            }
            if (isTitle && groups.contains(ROUNDUP) && roundupUseApart(text, span, inside, cueHits.subList(firstHit, c))) {
                groups.add(ROUNDUP_APART);
            }
            if (giftHandedOver(groups) || giftToLeader(text, span.start(), inside, groups)) {
                groups.add("gift");
            }
            boolean russia = false;
            boolean dprk = false;
            // a side named outside every comparison: the other side inside one is only its measure
            boolean russiaUncompared = false;
            boolean dprkUncompared = false;
            if (!comparisonSpans.isEmpty()) {
                for (Mention mention : inside) {
                    if (!compared.covers(mention.start(), mention.end())) {
                        russiaUncompared |= mention.entity().party().russia();
                        dprkUncompared |= mention.entity().party().dprk();
                    }
                }
            }
            boolean mediaActing = mediaActing(text, inside, groups);
            if (mediaActing) {
                groups.add(MEDIA_ACTING);
            }
            boolean recalledRussia = false;
            boolean recalledDprk = false;
            boolean thirdBeforeSoldiers = false;
            int datelineEnd = datelineEnd(text, span);
            for (Mention mention : inside) {
                Entity e = mention.entity();
                // who is only recalled in the background does not rate the event
                String prefix = background.covers(mention.start(), mention.end()) ? BACKGROUND_PREFIX : "";
                for (String role : e.roles()) {
                    groups.add(prefix + "role:" + role);
                    groups.add(prefix + "role:" + role + "@" + e.party().name().toLowerCase());
                }
                boolean isRecalled = recalled.covers(mention.start(), mention.end());
                if (isRecalled && !e.isMedia()) {
                    recalledRussia |= e.party().russia();
                    recalledDprk |= e.party().dprk();
                }
                thirdBeforeSoldiers |= !isRecalled && !e.isMedia() && e.party() == Party.OTHER && soldiersAt >= 0 && mention.start() < soldiersAt;
                // nor is a side named only in a recalled clause ("amid closer ties with Russia") a side of it, nor the city
                // of the sentence's dateline ("【モスクワ共同】 North Korea's minister met Belarus's in Minsk"): where the
                // report was filed is no party to its event (0.33.0)
                if (e.isMedia() && !mediaActing || isRecalled || mention.start() < datelineEnd && e.kind().equals("place")) {
                    continue;
                }
                if ((e.party().russia() ? dprkUncompared : russiaUncompared) && e.party() != Party.PAIR
                        && compared.covers(mention.start(), mention.end())) {
                    continue;
                }
                russia |= e.party().russia();
                dprk |= e.party().dprk();
            }
            if (recalledRussia && recalledDprk && (soldiersOfTheRecalledDeployment(groups) && !thirdBeforeSoldiers
                    || linkOfTheRecalledAgreement(groups, inside))) {
                // "A year after North Korea sent troops to Russia, the first wounded soldiers returned to Pyongyang": the
                // main clause's soldiers are those the recalled clause sent, so its sides are theirs (0.30.0)
                russia = true;
                dprk = true;
            }
            out.add(sides(text, new Sentence(text.substring(span.start(), span.end()), isTitle, isTitle ? -1 : caption ? CAPTION_INDEX : index,
                    groups, false, false, inside), russia, dprk, true));
            if (!isTitle && !caption && span.end() - span.start() >= MIN_SENTENCE_CHARS && !dateline(text, span) && !credit(text, span)) {
                index++;
            }
        }
        return out;
    }

    /**
     * The country a minister word is tied to by the name right before it ("Japanese Foreign Minister", 일본 외무상,
     * 日本の外相, der japanische Außenminister) or right after it (министр иностранных дел Японии, Foreign Minister of
     * Japan): {@link Party#OTHER} for a third country, the side for a side, null when no name stands next to it.
     */
    static Party ministerOf(String text, int start, int end, List<Mention> mentions) {
        Mention before = null;
        Mention after = null;
        // mentions are in text order (a sentence's, as sentences() collects them): only those near the word can be tied
        for (int k = firstStartingAt(mentions, start - NEAR_CHARS - MAX_NAME_CHARS); k < mentions.size()
                && mentions.get(k).start() <= end + NEAR_CHARS; k++) {
            Mention m = mentions.get(k);
            Entity e = m.entity();
            if (e.isMedia() || !(e.kind().equals("country") || e.party() != Party.OTHER)) {
                continue;
            }
            if (m.end() <= start && start - m.end() <= NEAR_CHARS && MINISTER_GAP.contains(gapWords(text, m.end(), start))) {
                before = m;
            } else if (after == null && m.start() >= end && m.start() - end <= NEAR_CHARS
                    && MINISTER_GAP.contains(text.substring(end, m.start()).strip().toLowerCase())) {
                after = m;
            }
        }
        Mention tied = before != null ? before : after;
        return tied == null ? null : tied.entity().party() == Party.PAIR ? null : tied.entity().party();
    }

    private static boolean side(Party p) {
        return p == Party.RUSSIA || p == Party.DPRK;
    }

    /**
     * A side named right before a verb of saying ("North Korea says", "КНДР заявила", "Russland erklärte"): the side is
     * the speaker, as its ministry or its leader would be.
     */
    static boolean sideRightBefore(String text, int start, List<Mention> mentions) {
        for (int k = firstStartingAt(mentions, start - NEAR_CHARS - MAX_NAME_CHARS); k < mentions.size()
                && mentions.get(k).start() < start; k++) {
            Mention m = mentions.get(k);
            if (m.end() <= start && start - m.end() <= NEAR_CHARS && side(m.entity().party()) && !m.entity().isMedia()
                    && gapWords(text, m.end(), start).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Closing quotation marks and the opening mark each pairs with. */
    private static final String CLOSING_QUOTES = "\"”»」』";
    private static final String OPENING_QUOTES = "\"“«「『";

    /**
     * A sentence (a headline) that ends on a quotation opened after some words of its own: the Korean, Japanese and
     * Chinese headline's way of saying "X says" (북한 국방상 "러시아의 요구 정당", 長官、核保有は「正当」).
     */
    static boolean endsInQuotation(String text, Sentences.Span span) {
        int end = span.end();
        while (end > span.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - span.start() < 3) {
            return false;
        }
        int kind = CLOSING_QUOTES.indexOf(text.charAt(end - 1));
        if (kind < 0) {
            return false;
        }
        char open = OPENING_QUOTES.charAt(kind);
        int at = text.lastIndexOf(open, end - 2);
        return at > span.start() && !text.substring(span.start(), at).isBlank() && end - 1 - at > 1;
    }

    /**
     * A headline that opens with its speaker and a colon ("МЗС КНДР: …", "Kremlin: …", "Nordkoreas Außenministerium: …"):
     * a side's person, body or country, or a body word tied to a side, then the colon.
     */
    static boolean attributed(String text, int headStart, List<Mention> mentions, List<Integer> bodyWordEnds) {
        int colon = -1;
        for (int i = headStart; i < text.length() && i < headStart + MAX_SPEAKER_CHARS; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '：') {
                colon = i;
                break;
            }
            if (c == '\n') {
                return false;
            }
        }
        if (colon < 0) {
            return false;
        }
        for (Mention m : mentions) {
            if (m.end() <= colon && side(m.entity().party()) && !m.entity().isMedia() && text.substring(m.end(), colon).isBlank()) {
                return true;
            }
        }
        for (int end : bodyWordEnds) {
            if (end <= colon && text.substring(end, colon).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** What may stand between a minister word and the country it belongs to. */
    /**
     * How far a name can be from the word it is read with ("North Korea's defence ministry", "Russia says"): no gap the
     * rules accept is longer. Gaps are only measured within it, so a page that repeats such words thousands of times costs
     * time in proportion to its length, not to its length squared.
     */
    static final int NEAR_CHARS = 48;
    private static final Set<String> MINISTER_GAP = Set.of("", "'s", "’s", "of", "of the", "der", "des", "の", "的", "의");

    /**
     * The two sides' state outlets acting together ("TASS and KCNA signed an agreement", ТАСС и ЦТАК подписали, 타스와
     * 조선중앙통신이 협정을 맺었다): joined by a conjunction and signing or agreeing, they are sides (spec: state media count
     * as an actor only when they act); an outlet that reports or is cited stays no side.
     */
    static boolean mediaActing(String text, List<Mention> inside, Set<String> groups) {
        if (!groups.contains("treaty") && !groups.contains("signing")) {
            return false;
        }
        Mention previous = null;
        for (Mention m : inside) {
            if (!m.entity().isMedia() || !side(m.entity().party())) {
                continue;
            }
            if (previous != null && previous.entity().party() != m.entity().party() && m.start() >= previous.end()
                    && m.start() - previous.end() <= MEDIA_GAP_CHARS) {
                String gap = text.substring(previous.end(), m.start());
                if (!CLAUSE_BREAK.matcher(gap).find() && MEDIA_AND.matcher(gap).find()) {
                    return true;
                }
            }
            previous = m;
        }
        return false;
    }

    /** An English question opened by "Where" and an auxiliary ("Where did …", "Where will …"), not a scene clause. */
    static boolean whereQuestion(String text, int at) {
        return sentenceInitial(text, at) && WHERE_QUESTION.matcher(text.substring(at, Math.min(text.length(), at + 16))).lookingAt();
    }

    private static final java.util.regex.Pattern WHERE_QUESTION = java.util.regex.Pattern.compile(
            "(?i)where\\s+(?:did|does|do|will|would|can|could|is|are|was|were|has|have|had|should|might)\\b");

    private static final Set<String> LIST_DOTS = Set.of("·", "・");

    /** Set on a sentence whose two sides are outlets acting together ({@link #mediaActing}). */
    static final String MEDIA_ACTING = "media_acting";
    /** At most "'s state news agency … and North Korea's " between two outlets joined as one subject. */
    private static final int MEDIA_GAP_CHARS = 40;
    private static final java.util.regex.Pattern MEDIA_AND = java.util.regex.Pattern.compile(
            "(?iu)(?:^|\\s)(?:and|и|і|та|und)(?:\\s|$)|^[과와]|^\\s*[·・和与與と]");

    /**
     * English tells a gift by its verb and two objects, the other leader first ("Putin sends Kim a limousine", "Kim gave
     * Putin two hunting dogs", "has given North Korean leader Kim Jong Un an Aurus car"): what one leader gives the
     * other so is a gift (spec: gifts are low), unless it is a message, a greeting, something military, or a welcome or
     * a promise given.
     */
    static boolean giftToLeader(String text, int from, List<Mention> inside, Set<String> groups) {
        for (String g : MILITARY_GOODS) {
            if (groups.contains(g)) {
                return false;
            }
        }
        if (groups.contains("letter") || groups.contains("greeting") || groups.contains("support")) {
            return false;
        }
        for (Mention m : inside) {
            if (!m.entity().roles().contains("leader") || !side(m.entity().party())) {
                continue;
            }
            String before = text.substring(Math.max(from, m.start() - GIFT_VERB_CHARS), m.start());
            int next = Math.min(text.length(), m.end() + GIFT_VERB_CHARS);
            if (GIVEN_TO.matcher(before).find() && GIFT_OBJECT.matcher(text.substring(m.end(), next)).find()) {
                return true;
            }
        }
        return false;
    }

    private static final int GIFT_VERB_CHARS = 48;
    /** A verb of giving right before the leader, titles between ("gave North Korean leader Kim Jong Un"). */
    private static final java.util.regex.Pattern GIVEN_TO = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:gave|gives|give|given|giving|sent|sends|send|sending|handed|hands|presented|presents|gifted|gifts)"
                    + "\\s+(?:(?:the|north|korean|russian|dprk|leader|president|chairman|general|secretary|his|counterpart)\\s+)*$");
    /** An article or a number right after the leader, and not a welcome, a promise or a tour given. */
    private static final java.util.regex.Pattern GIFT_OBJECT = java.util.regex.Pattern.compile(
            "(?iu)^\\s+(?:a|an|two|three|four|five|six|a pair of|\\d+)\\s+(?!(?:warm |lavish |grand |red carpet |rousing )?"
                    + "(?:welcome|reception|send-off|send off|tour|briefing|hug|call|ride|lift|promise|pledge|guarantee|assurance"
                    + "|signal|boost|chance|hand|standing ovation|lecture|speech|message|letter|greeting|warning)\\b)");

    /** Something handed to a zoo, a school or an orphanage, or animals handed over, with nothing military among it. */
    static boolean giftHandedOver(Set<String> groups) {
        if (!groups.contains(HANDOVER) || !groups.contains(GIFT_RECIPIENT)) {
            return false;
        }
        for (String g : MILITARY_GOODS) {
            if (groups.contains(g)) {
                return false;
            }
        }
        return true;
    }

    /** The sentence with its side groups, pair and list flags set from the sides it names (or is taken to name). */
    private static Sentence sides(String text, Sentence s, boolean russia, boolean dprk, boolean named) {
        Set<String> groups = s.groups();
        if (russia) {
            groups.add("side:russia");
        }
        if (dprk) {
            groups.add("side:dprk");
        }
        boolean implied = dprk && !russia && impliesRussia(groups) && !groups.contains(ROUNDUP_APART);
        if (implied) {
            russia = true;
            groups.add("side:russia");
            groups.add("implied:russia");
            // the implication rests on fighting or a strike, itself an interaction
            groups.add("interaction");
        }
        // sides taken over from a neighbour come from its sentence, which was checked for lists there
        // two outlets acting together are the sentence's sides, not items of a list (lists are read without outlets)
        // 0.47: a veto, or sanctions blocked, tells Russia shielding the other beside whoever vetoes with it ("Russia and
        // China vetoed … sanctions against North Korea"): the rubric's shielding row, not a list
        boolean shielding = groups.contains(UN_SHIELD) || groups.contains(COMMITTEE_HOLD) && groups.contains("sanctions_word");
        boolean listOnly = named && russia && dprk && !implied && !groups.contains(MEDIA_ACTING) && !shielding
                && (onlyListed(text, s.mentions()) || roundupItemsApart(text, s) || thirdPartysPartners(text, s)
                || assessedApart(text, s) || censuredApart(text, s) || targetedTogether(text, s) || dealtWithApart(text, s)
                || contrastedApart(text, s) || listedApart(text, s));
        boolean pair = russia && dprk && !listOnly;
        if (pair) {
            groups.add("pair");
            if (namesThirdCountry(text, s)) {
                groups.add(SeverityRule.THIRD_COUNTRY);
            }
        }
        return new Sentence(s.text(), s.title(), s.index(), groups, pair, listOnly, s.mentions());
    }

    /**
     * The two as one target of another's act (0.39.0, session 37's Korean leftover): joined by a list word and aimed at
     * ("drills aimed at North Korea and Russia", направленные против КНДР и России, 针对朝鲜、俄罗斯的, das sich gegen
     * Nordkorea und Russland richtet; in Korean and Japanese after them: 북한, 러시아를 겨냥한, 北朝鮮、ロシアを念頭に), they
     * are items of what the act is against, not partners: US and South Korean drills aimed at both read as the two's
     * joint exercise (critical). Not when the second name owns what follows ("North Korea and Russia's arms trade").
     */
    static boolean targetedTogether(String text, Sentence s) {
        Mention previous = null;
        for (Mention m : byStart(s.mentions())) {
            Party party = m.entity().party();
            if (m.entity().isMedia() || party == Party.OTHER) {
                continue;
            }
            if (previous != null && party != Party.PAIR && previous.entity().party() != Party.PAIR && party != previous.entity().party()
                    && listGap(text, previous.end(), m.start())) {
                String before = text.substring(Math.max(0, previous.start() - TARGET_REACH), previous.start());
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + TARGET_REACH));
                String name = text.substring(m.start(), m.end());
                boolean owns = name.endsWith("'s") || name.endsWith("’s") || OWNED_AFTER.matcher(after).lookingAt();
                if (!owns && (TARGET_BEFORE.matcher(before).find() || TARGET_AFTER.matcher(after).lookingAt())) {
                    return true;
                }
            }
            previous = m;
        }
        return false;
    }

    /** How far before the first name, or after the second, a word of aiming may stand. */
    private static final int TARGET_REACH = 24;
    /**
     * A word of aiming right before the two ("aimed at", направленные против, 针对, sich gegen); 针 alone when the name
     * was read with 对 ("针对朝鲜" holds the gazetteer's 对朝).
     */
    private static final java.util.regex.Pattern TARGET_BEFORE = java.util.regex.Pattern.compile(
            "(?iu)(?:aimed at|aimed against|targeting|targeted at|directed at|directed against|направленн\\S* против|нацеленн\\S* на"
                    + "|спрямован\\S* проти|націлен\\S* на|针对|针|瞄准|sich gegen|gerichtet gegen)\\s*(?:the\\s+)?$");
    /** A word of aiming right after the two, in Korean and Japanese (러시아를 겨냥한, ロシアを念頭に). */
    private static final java.util.regex.Pattern TARGET_AFTER = java.util.regex.Pattern.compile(
            "\\s*(?:을|를|과|와)?\\s*(?:겨냥|염두|상정|표적)|\\s*を\\s*(?:念頭|標的|対象に|想定)");
    /**
     * The second name owning what follows ("Russia's arms trade", 러시아의, ロシアの); not Chinese 的, which closes the whole
     * aimed-at phrase (针对朝鲜、俄罗斯的演习).
     */
    private static final java.util.regex.Pattern OWNED_AFTER = java.util.regex.Pattern.compile("(?:'s|’s|의|の)");

    /**
     * A third country's leader or country, named before either side, meeting each of them in a predicate of its own
     * ("Trump says he will meet Putin in Budapest and hopes to see Kim Jong Un", "Трамп … встретится с Путиным в Будапеште
     * и надеется увидеть Ким Чен Ына", "트럼프 "푸틴과 부다페스트서 회담…김정은도 만나고 싶다""): the two are its partners, not
     * each other's, as items of a list are (0.28.0; probes-s28, en/ru/ko). Not when the two are named together ("Xi hosted
     * Putin and Kim") or linked by a word of their own ("Xi met Putin, who held talks with Kim"): those can be the two's event.
     */
    static boolean thirdPartysPartners(String text, Sentence s) {
        boolean meeting = false;
        for (String g : MEETINGS) {
            meeting |= s.groups().contains(g);
        }
        if (!meeting) {
            return false;
        }
        java.util.regex.Matcher dateline = SENTENCE_DATELINE.matcher(s.text());
        int from = text.indexOf(s.text()) + (dateline.lookingAt() ? dateline.end() : 0);
        // the sides' names in two blocks, one side's then the other's ("meet Russian President Putin … see North Korean
        // leader Kim"): a name of the first side again after the second's ("… while Kim hosted Shoigu") is an exchange
        Mention lastOfFirst = null;
        Mention other = null;
        boolean thirdFirst = false;
        for (Mention m : s.mentions()) {
            if (m.start() < from || m.entity().isMedia()) {
                continue;
            }
            Party party = m.entity().party();
            if (party == Party.PAIR) {
                return false;
            }
            if (party == Party.OTHER) {
                thirdFirst |= lastOfFirst == null && thirdCountry(m);
                continue;
            }
            if (lastOfFirst == null || other == null && party == lastOfFirst.entity().party()) {
                lastOfFirst = m;
            } else if (other == null) {
                other = m;
            } else if (party != other.entity().party()) {
                return false;
            }
        }
        if (!thirdFirst || other == null || listGap(text, lastOfFirst.end(), other.start())) {
            return false;
        }
        String gap = text.substring(lastOfFirst.end(), other.start());
        return PREDICATE_BREAK.matcher(gap).find() && !PARTNER_LINK.matcher(gap).find();
    }

    /** A second predicate between the two names: a conjunction of clauses, a comma or an ellipsis. */
    private static final java.util.regex.Pattern PREDICATE_BREAK = java.util.regex.Pattern.compile(
            "\\s(?:and|but|while|и|а|но|і|та|але)\\s|[,;…，；]|\\.\\.\\.");
    /** A word that ties the second name to the first ("who held talks with Kim", "между", "함께"). */
    private static final java.util.regex.Pattern PARTNER_LINK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:with|between|together|joined|joint)\\b|(?:^|\\s)(?:с|со|з|між|между|вместе|разом)\\s|함께|같이|[同与與和]|と共に");

    /** Cue group of the verbs by which a document rates countries one by one (calls, describes, называет, 규정, 位置付け). */
    static final String ASSESSMENT = "assessment";
    /** Where a document's assessments part: list punctuation, and the conjunctions that join its last item. */
    private static final java.util.regex.Pattern ASSESSMENT_ITEM_BREAK = java.util.regex.Pattern.compile(
            "[,;、，；]|\\s(?:and|и|і|та|und|sowie)\\s|および|及び|並びに|以及");

    /**
     * A document's assessments, one country an item (0.32.0; blind-s33): "It calls China's military activity 'the greatest
     * challenge', North Korea's nuclear development 'a grave threat' and Russia's activity 'a strong concern'", 中国の軍事動向を
     * …と位置付けたほか、北朝鮮の核・ミサイル開発を…、ロシアの軍事活動を…と記述した. Each side rated in an item of its own
     * beside a third country's is an item of a list, as in "China, Russia and North Korea" (the rubric's passing list),
     * whatever words of arms or the military each item holds. Not when an item holds both sides, or a side and a third
     * country ("China called Russia's arms deals and North Korea's troops a threat"), nor when the two stand side by side
     * joined by a list word only ("calls Russia and North Korea's treaty a threat": their treaty), nor when a word ties
     * them (with, between, joint), nor when the sentence tells a supply or a transfer ("describes Russia as the main buyer
     * of arms, North Korea as the seller and Iran as a broker": one trade told in parts).
     */
    static boolean assessedApart(String text, Sentence s) {
        // a supply or a transfer told in parts ("Russia as the buyer of arms, North Korea as the seller") is one trade
        if (!s.groups().contains(ASSESSMENT) || s.groups().contains("supplying") || s.groups().contains("transfer")) {
            return false;
        }
        int from = text.indexOf(s.text());
        if (from < 0) {
            return false;
        }
        java.util.regex.Matcher breaks = ASSESSMENT_ITEM_BREAK.matcher(text).region(from, from + s.text().length());
        List<Integer> breakAt = new ArrayList<>();
        while (breaks.find()) {
            breakAt.add(breaks.start());
        }
        Map<Integer, String> partyByItem = new HashMap<>();
        boolean russia = false;
        boolean dprk = false;
        boolean third = false;
        Mention previousSide = null;
        for (Mention m : byStart(s.mentions())) {
            PageBudget.check();
            if (m.start() < from || m.entity().isMedia()) {
                continue;
            }
            Party party = m.entity().party();
            if (party == Party.PAIR) {
                return false;
            }
            boolean side = party == Party.RUSSIA || party == Party.DPRK;
            if (!side && !thirdCountry(m)) {
                continue;
            }
            int item = 0;
            while (item < breakAt.size() && breakAt.get(item) < m.start()) {
                item++;
            }
            String key = side ? party.name() : "other:" + m.entity().name();
            if (!key.equals(partyByItem.merge(item, key, (a, b) -> a.equals(b) ? a : "")) ) {
                return false;
            }
            if (side) {
                if (joinedToTheOther(text, previousSide, m)) {
                    return false;
                }
                previousSide = m;
            }
            russia |= party == Party.RUSSIA;
            dprk |= party == Party.DPRK;
            third |= !side;
        }
        return russia && dprk && third;
    }

    /**
     * Verbs of censure or exhortation that open the item they govern ("condemned Russia's strikes", "urged Iran", осудили,
     * закликали, verurteilten, 谴责, 敦促): a third party's statement that addresses each country in a clause of its own.
     */
    private static final java.util.regex.Pattern CENSURE_OPENS = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\p{L})(?:condemn(?:s|ed|ing)?|deplor(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|urg(?:e|es|ed|ing)"
                    + "|call(?:s|ed|ing)? (?:on|upon)|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|censur(?:e|es|ed)"
                    + "|demand(?:s|ed)|осудил\\p{L}*|осужда\\p{L}*|призвал\\p{L}*|призыва\\p{L}*|потребовал\\p{L}*"
                    + "|раскритиковал\\p{L}*|засудил\\p{L}*|засуджу\\p{L}*|закликал\\p{L}*|закликав|закликає|вимагал\\p{L}*"
                    + "|вимагав|розкритикувал\\p{L}*|verurteil\\p{L}*|kritisiert\\p{L}*|forderte\\p{L}*|fordert|beklagte\\p{L}*"
                    + "|mahnte\\p{L}*|riefen|rief)(?!\\p{L})|谴责|譴責|敦促|呼吁|呼籲|批评|批評|指责|指責");
    /**
     * The same verbs where they close their item, after what they govern (러시아의 공격을 규탄하고, 北朝鮮の発射を非難し,
     * 对朝鲜的发射表示遗憾).
     */
    private static final java.util.regex.Pattern CENSURE_CLOSES = java.util.regex.Pattern.compile(
            "규탄|비난|촉구|개탄|요구하|요구했|우려를 표|유감을 표|非難|批判|求め|促し|懸念を表明|懸念を示|遺憾を表明|遺憾の意"
                    + "|表示遗憾|表示遺憾|表示关切|表示關切|表示担忧|表示擔憂");

    /**
     * A third party's censures, one country a clause (0.34.0; blind-s35): "They condemned Russia's strikes on Ukraine's
     * grid, called on China to refrain from coercion, urged Iran to return to talks and deplored North Korea's launches",
     * G7는 러시아의 공격을 규탄하고, … 북한의 미사일 발사를 개탄했다. Each side is the object of a censure or an appeal of its
     * own, beside a third country addressed in a clause of its own: the statement lists each country's own conduct, as
     * "China, Russia and North Korea" lists them, and tells no exchange between the two (it read relevant and critical
     * from Russia's strikes and North Korea's launches). Not when one clause names both ("condemned North Korea's arms
     * deliveries to Russia"), nor when a side has no verb of its own ("condemned Russia's strikes and North Korea's
     * launches"), nor when a word ties them (with, between), nor when the sentence tells a supply or a transfer.
     */
    static boolean censuredApart(String text, Sentence s) {
        if (s.groups().contains("supplying") || s.groups().contains("transfer")) {
            return false;
        }
        int from = text.indexOf(s.text());
        if (from < 0) {
            return false;
        }
        int to = from + s.text().length();
        List<int[]> verbs = new ArrayList<>();
        List<Integer> breakAt = new ArrayList<>();
        java.util.regex.Matcher v = CENSURE_OPENS.matcher(text).region(from, to);
        while (v.find()) {
            verbs.add(new int[] {v.start(), v.end()});
            breakAt.add(v.start());
        }
        v = CENSURE_CLOSES.matcher(text).region(from, to);
        while (v.find()) {
            verbs.add(new int[] {v.start(), v.end()});
            breakAt.add(v.end());
        }
        if (verbs.size() < 2) {
            return false;
        }
        java.util.regex.Matcher breaks = ASSESSMENT_ITEM_BREAK.matcher(text).region(from, to);
        while (breaks.find()) {
            breakAt.add(breaks.start());
        }
        java.util.Collections.sort(breakAt);
        Set<Integer> withVerb = new HashSet<>();
        for (int[] verb : verbs) {
            withVerb.add(itemAt(breakAt, verb[0]));
        }
        Map<Integer, Party> sideOfItem = new HashMap<>();
        Set<Integer> thirdItems = new HashSet<>();
        Mention previousSide = null;
        for (Mention m : byStart(s.mentions())) {
            PageBudget.check();
            if (m.start() < from || m.entity().isMedia()) {
                continue;
            }
            Party party = m.entity().party();
            if (party == Party.PAIR) {
                return false;
            }
            int item = itemAt(breakAt, m.start());
            if (party != Party.RUSSIA && party != Party.DPRK) {
                if (thirdCountry(m)) {
                    thirdItems.add(item);
                }
                continue;
            }
            if (!withVerb.contains(item) || sideOfItem.getOrDefault(item, party) != party) {
                return false;
            }
            sideOfItem.put(item, party);
            if (joinedToTheOther(text, previousSide, m)) {
                return false;
            }
            previousSide = m;
        }
        thirdItems.removeAll(sideOfItem.keySet());
        return sideOfItem.containsValue(Party.RUSSIA) && sideOfItem.containsValue(Party.DPRK) && !thirdItems.isEmpty();
    }

    /**
     * A third country's dealings with each of the two, told apart (0.45.1; blind-s46's b46-zh-02: 「海关总署：11月我国与俄罗斯
     * 贸易额同比下降 与朝鲜贸易额上升」 read relevant as the two's trade): "China's trade with Russia fell, trade with North Korea
     * rose", 중국의 대러시아 교역은 줄고 대북한 교역은 늘었다, товарооборот Китая с Россией снизился, а с КНДР вырос. Each side
     * is the object of a "with" of its own (with, с, з, mit, 与, 对, 대) or a list's item after one, a third country or "our
     * country" (我国) named before them: the figures are the third country's and each side an item of them, as in a list.
     * Not when a side's name stands without such a word (a side acting: "North Korea's trade with Russia"), nor when a word
     * ties the two (between, together), nor when the sentence tells a transfer.
     */
    static boolean dealtWithApart(String text, Sentence s) {
        // the third country's exports to each are its own (我国对俄罗斯出口…，对朝鲜出口…); a transfer told in parts is one
        if (s.groups().contains("transfer")) {
            return false;
        }
        int from = text.indexOf(s.text());
        if (from < 0) {
            return false;
        }
        boolean third = false;
        Mention first = null;
        Mention lastOfFirst = null;
        Mention other = null;
        Mention previousSide = null;
        for (Mention m : byStart(s.mentions())) {
            if (m.start() < from || m.entity().isMedia()) {
                continue;
            }
            Party party = m.entity().party();
            if (party == Party.PAIR) {
                return false;
            }
            if (party != Party.RUSSIA && party != Party.DPRK) {
                third |= first == null && thirdCountry(m);
                continue;
            }
            boolean listed = previousSide != null && listGap(text, previousSide.end(), m.start());
            if (!listed && !withBefore(text, Math.max(from, m.start() - WITH_REACH), m)) {
                return false;
            }
            if (first == null) {
                first = m;
            }
            if (other == null && party == first.entity().party()) {
                lastOfFirst = m;
            } else if (other == null) {
                other = m;
            } else if (party != other.entity().party()) {
                return false;
            }
            previousSide = m;
        }
        if (other == null) {
            return false;
        }
        third |= OUR_COUNTRY.matcher(text).region(from, first.start()).find();
        String gap = text.substring(lastOfFirst.end(), other.start());
        return third && !DEALINGS_TIE.matcher(gap).find();
    }

    /**
     * Each side's own conduct in a clause of its own, set against the other's (0.46; blind-s46L's class 5, b46L-en-05: a
     * security firm's year-end figures, "hackers linked to North Korea stole …, while ransomware gangs operating from
     * Russia collected …", read relevant as the two's banking): "X did A, while Y did B", "…, а северокорейские хакеры
     * похитили …", 而朝鲜黑客…, 一方、北朝鮮の…, 반면 북한 해커들은, während nordkoreanische Gruppen. The clauses are items of
     * a comparison, as "China, Russia and North Korea" are of a list: the sentence tells nothing the two do with each other.
     * Only one side before the contrast word and only the other after it; not when a word ties them (with right before
     * the second, between, together), nor when the sentence tells a supply, a transfer, goods moved or a deployment
     * ("North Korea sent shells, while Russia sent back fuel": one exchange told in halves).
     */
    static boolean contrastedApart(String text, Sentence s) {
        Set<String> g = s.groups();
        if (g.contains("supplying") || g.contains("transfer") || g.contains("deployed") || g.contains("handover") || g.contains("evasion_move")) {
            return false;
        }
        int from = text.indexOf(s.text());
        if (from < 0) {
            return false;
        }
        int to = from + s.text().length();
        java.util.regex.Matcher contrast = CONTRAST.matcher(text).region(from, to);
        if (!contrast.find()) {
            return false;
        }
        int at = contrast.start();
        Party before = null;
        Party after = null;
        Mention firstAfter = null;
        List<Mention> sides = sideNamesFrom(s, from);
        if (sides == null) {
            return false;
        }
        for (Mention m : sides) {
            Party party = m.entity().party();
            if (m.start() < at) {
                // "与俄军装备一致，而朝鲜…": a side compared with, not a subject of its own clause
                if (before != null && before != party || withBefore(text, Math.max(from, m.start() - WITH_REACH), m)) {
                    return false;
                }
                before = party;
            } else {
                if (after != null && after != party) {
                    return false;
                }
                firstAfter = firstAfter == null ? m : firstAfter;
                after = party;
            }
        }
        if (before == null || after == null || before == after) {
            return false;
        }
        // the second clause's subject: the side right after the contrast word or closing its short noun phrase ("while
        // gangs operating from Russia"), not a place further on ("…, а затем через переход Туманган проследует …"); not
        // "…, while trade with North Korea grew", the first's partner, nor two tied by "together" or "between"
        String subject = text.substring(contrast.end(), firstAfter.start()).strip().toLowerCase(java.util.Locale.ROOT);
        return (subject.isEmpty() || ARTICLES.contains(subject) || NOUN_OF_SIDE.matcher(subject).matches())
                && !withBefore(text, Math.max(from, firstAfter.start() - WITH_REACH), firstAfter)
                && !DEALINGS_TIE.matcher(text).region(from, to).find();
    }

    /** Cue group of blocking the UN's action against the other side: a veto, a panel's mandate blocked (cues.tsv un_shield). */
    static final String UN_SHIELD = "un_shield";
    /** Cue group of holding or blocking a decision (cues.tsv committee_hold: заблокировали, blockieren, 보류). */
    static final String COMMITTEE_HOLD = "committee_hold";
    /** Cue group of a list or register a body keeps (cues.tsv register_list). */
    static final String REGISTER_LIST = "register_list";
    /** Cue groups of something passing between the two or done by both: then the list tells their dealings. */
    private static final List<String> DEALINGS = List.of("supplying", "transfer", HANDOVER, "deployed", "sent_troops", "evasion_move",
            "meeting", "talks", "signing", "ratify", "treaty", "sanctions_word");
    /**
     * Where one entry of a list ends and the next begins: list punctuation, a conjunction, or the Korean, Chinese and
     * Japanese list particles after an entry's own words (북한의 김치 풍습과 러시아 민속춤, 朝鲜的…传统和俄罗斯…, 北朝鮮の…風習とロシアの…).
     */
    private static final java.util.regex.Pattern ENTRY_BREAK = java.util.regex.Pattern.compile(
            "(?iu)[,;、，；]|(?<!\\p{L})(?:and|or|as well as|и|или|а также|і|та|або|und|oder|sowie)(?!\\p{L})|[과와](?:\\s|$)|및|[和与與及]|[とや]$");

    /**
     * A third party's list naming one entry of each side (0.47; blind-s47L's class A: the EU air safety list "keeping
     * North Korea's state carrier Air Koryo under restrictions and adding two Russian cargo airlines"; UNESCO's list
     * taking in "Sojasoße in Nordkorea und den russischen Chorgesang"): each side is an entry in an item of its own, an
     * item of a list as in "China, Russia and North Korea", and nothing passes between them. One side's names, then the
     * other's, an entry break between; not when a word ties them (between, joint, together) or a "with" leads to the
     * second, nor when the sentence tells something moved, a meeting, a signing or sanctions (a sanctions list naming both
     * is most often about their dealings).
     */
    static boolean listedApart(String text, Sentence s) {
        Set<String> g = s.groups();
        if (!g.contains(REGISTER_LIST)) {
            return false;
        }
        for (String d : DEALINGS) {
            if (g.contains(d)) {
                return false;
            }
        }
        int from = text.indexOf(s.text());
        if (from < 0) {
            return false;
        }
        List<Mention> sides = sideNamesFrom(s, from);
        if (sides == null) {
            return false;
        }
        Mention lastOfFirst = null;
        Mention other = null;
        for (Mention m : sides) {
            Party party = m.entity().party();
            if (other == null && (lastOfFirst == null || party == lastOfFirst.entity().party())) {
                lastOfFirst = m;
            } else if (other == null) {
                other = m;
            } else if (party != other.entity().party()) {
                return false;
            }
        }
        if (other == null || other.start() < lastOfFirst.end()) {
            return false;
        }
        String gap = text.substring(lastOfFirst.end(), other.start());
        return ENTRY_BREAK.matcher(gap).find() && !withBefore(text, Math.max(from, other.start() - WITH_REACH), other)
                && !DEALINGS_TIE.matcher(text).region(from, from + s.text().length()).find();
    }

    /** The sentence's names of either side from {@code from} on, outlets left out; null when it names the two as one (PAIR). */
    private static List<Mention> sideNamesFrom(Sentence s, int from) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : byStart(s.mentions())) {
            Party party = m.entity().party();
            if (m.start() < from || m.entity().isMedia() || party == Party.OTHER) {
                continue;
            }
            if (party == Party.PAIR) {
                return null;
            }
            out.add(m);
        }
        return out;
    }

    /** A short noun phrase whose side follows it: "gangs operating from", "hackers linked to", "хакеры из", "Gruppen aus". */
    private static final java.util.regex.Pattern NOUN_OF_SIDE = java.util.regex.Pattern.compile(
            "(?u)(?:the\\s+)?(?:[\\p{L}-]+\\s+){1,3}(?:(?:operating|based|working|linked|tied|acting)\\s+)?"
                    + "(?:from|in|of|for|to|из|от|з|із|від|aus)(?:\\s+the)?");
    /**
     * The words that set one clause against another: while, whereas, а after a comma, тогда как, тоді як, 而 (not 而且,
     * 从而, 因而), 一方, のに対し, 반면, während, wohingegen. Compiled once; asked only of sentences that name both.
     */
    private static final java.util.regex.Pattern CONTRAST = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\p{L})(?:while|whilst|whereas|в то время как|тогда как|тоді як|в той час як|тим часом як|натомість|während"
                    + "|wohingegen)(?!\\p{L})|,\\s*а\\s|(?<![从因进继反])而(?![且是言已])|一方[、，,で]|のに対し|반면");

    /** A "with" (or 与, 对, 대) right before a side's name, or inside the name's own start (对俄, 대러, 대북). */
    private static boolean withBefore(String text, int from, Mention m) {
        String name = text.substring(m.start(), m.end());
        return WITH_BEFORE.matcher(text).region(from, m.start()).find() || WITH_IN_NAME.matcher(name).lookingAt();
    }

    /** How far before a side's name its "with" may stand ("with North Korea", "с КНДР", "与朝鲜"). */
    private static final int WITH_REACH = 8;
    private static final java.util.regex.Pattern WITH_BEFORE = java.util.regex.Pattern.compile(
            "(?:^|[\\s,(])(?:with|с|со|з|із|mit)\\s+$|[与與同对對対]\\s*$|대$");
    private static final java.util.regex.Pattern WITH_IN_NAME = java.util.regex.Pattern.compile("[与與同对對対대]");
    /** "Our country" in Chinese official prose: the speaking third country. */
    private static final java.util.regex.Pattern OUR_COUNTRY = java.util.regex.Pattern.compile("我国|我國");
    /** A word that makes the two one party of the dealings (between, together). */
    private static final java.util.regex.Pattern DEALINGS_TIE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:between|together|jointly|joint)\\b|между|вместе|між|разом|함께|같이|共同|一起|zwischen|gemeinsam");

    /**
     * Whether a side's name follows the other side's last name joined to it: by a list word only ("Russia and North
     * Korea's treaty": their treaty) or by a word that ties them (with, between, joint).
     */
    private static boolean joinedToTheOther(String text, Mention previousSide, Mention m) {
        if (previousSide == null || previousSide.entity().party() == m.entity().party()) {
            return false;
        }
        String gap = text.substring(previousSide.end(), Math.max(previousSide.end(), m.start()));
        return listGap(text, previousSide.end(), m.start()) || PARTNER_LINK.matcher(gap).find();
    }

    /** The item a position falls in: how many item breaks lie at or before it. */
    private static int itemAt(List<Integer> breakAt, int position) {
        int item = 0;
        while (item < breakAt.size() && breakAt.get(item) <= position) {
            item++;
        }
        return item;
    }

    /** Cue group of the words that make a headline a digest of several stories ("The week in Asia:", "Главное за день:"). */
    static final String ROUNDUP = "roundup";

    /** The first colon of {@code text[from, to)}, or -1: where a digest's headline starts stringing its stories. */
    private static int colonIn(String text, int from, int to) {
        // a bracketed label opening the headline ("[한 주 정리] 예산안 통과·北 미사일·러 공습", 【一周要闻】) is a digest's
        // name as the part before a colon is (0.38.0)
        int open = from;
        while (open < to && Character.isWhitespace(text.charAt(open))) {
            open++;
        }
        if (open < to && (text.charAt(open) == '[' || text.charAt(open) == '【' || text.charAt(open) == '［')) {
            for (int k = open + 1; k < to && k < open + MAX_SPEAKER_CHARS; k++) {
                char c = text.charAt(k);
                if (c == ']' || c == '】' || c == '］') {
                    return k;
                }
            }
        }
        for (int k = from; k < to; k++) {
            PageBudget.check();
            char c = text.charAt(k);
            if (c == ':' || c == '：') {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the character at {@code k} ends one item of a digest's headline and starts the next, the current item having
     * started at {@code itemStart}. A middle dot (·, ㆍ, ・) joins two short names in Korean and Japanese headlines
     * ("북·러 정상회담", "プーチン・金正恩会談"), so it ends an item only when that item is a phrase of several words or
     * longer than a name ("예산안 통과·北 미사일·러 공습", "予算案成立・北朝鮮ミサイル", 0.38.0).
     */
    private static boolean itemBreak(String text, int k, int itemStart) {
        char c = text.charAt(k);
        if (c == '·' || c == 'ㆍ' || c == '・' || c == '‧') {
            String item = text.substring(itemStart, k).strip();
            return item.indexOf(' ') > 0 || item.length() > MAX_DOTTED_NAME;
        }
        return c == ',' || c == ';' || c == '|' || c == '，' || c == '；' || c == '、';
    }

    /**
     * Whether a series' conjunction starts at {@code k} ("…: удар по Харькову, ракеты КНДР и снегопад в Москве"): after a
     * comma has cut the digest's first item, "and" before its last one is one more cut, as the comma would be (0.43.0,
     * blind-s43's b43-ru-05: the launch and Moscow's snow, one item joined by "и", read as North Korean missiles striking
     * Kharkiv). Only after an item of two words or more: "Путин и Ким провели переговоры" joins two names, the subject of
     * one story. Space-delimited languages only; Chinese and Japanese digests cut their items with 、.
     */
    private static boolean lastItemJoined(String text, int k, int itemStart) {
        if (k == 0 || text.charAt(k) != ' ' || itemStart >= k) {
            return false;
        }
        int end = k + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end >= text.length() || text.charAt(end) != ' ' || !SERIES_AND.contains(text.substring(k + 1, end))) {
            return false;
        }
        String item = text.substring(itemStart, k).strip();
        return item.indexOf(' ') > 0;
    }

    private static final Set<String> SERIES_AND = Set.of("and", "и", "і", "й", "та", "und", "및");

    /** Set on a digest's headline whose North Korean item tells no use in the war (see {@link #roundupUseApart}). */
    static final String ROUNDUP_APART = "roundup_apart";

    /**
     * A digest's headline whose North Korean item, read alone, tells no use in the war: a strike on Odesa in one item
     * and a North Korean launch in the next ("Головне за 14 листопада: удар по Одесі, пуск ракети КНДР, нові санкції
     * ЄС") are two stories, so the launch does not imply Russia as its user (0.36.0). Items are cut after the colon as
     * in {@link #roundupItemsApart}; one walk of the headline beside its hits and mentions, each in order.
     */
    static boolean roundupUseApart(String text, Sentences.Span span, List<Mention> mentions, List<PhraseMatcher.Hit<Set<String>>> hits) {
        int colon = colonIn(text, span.start(), span.end());
        if (colon < 0) {
            return false;
        }
        // the item of each offset after the colon: item breaks counted once, up to the headline's end
        int[] itemOf = new int[span.end() - colon];
        int item = 0;
        int itemStart = colon + 1;
        for (int k = colon + 1; k < span.end(); k++) {
            PageBudget.check();
            if (itemBreak(text, k, itemStart) || item > 0 && lastItemJoined(text, k, itemStart)) {
                item++;
                itemStart = k + 1;
            }
            itemOf[k - colon] = item;
        }
        if (item == 0) {
            return false;
        }
        Map<Integer, Set<String>> groupsByItem = new HashMap<>();
        for (PhraseMatcher.Hit<Set<String>> h : hits) {
            if (h.start() > colon && h.end() <= span.end()) {
                groupsByItem.computeIfAbsent(itemOf[h.start() - colon], k -> new HashSet<>()).addAll(h.value());
            }
        }
        boolean named = false;
        for (Mention m : mentions) {
            if (m.entity().isMedia() || !m.entity().party().dprk()) {
                continue;
            }
            if (m.start() <= colon || m.start() >= span.end()) {
                return false;
            }
            named = true;
            if (impliesRussia(groupsByItem.getOrDefault(itemOf[m.start() - colon], Set.of()))) {
                return false;
            }
        }
        return named;
    }

    /**
     * A digest's headline strings its stories after a colon, one an item ("Putin warns NATO, Kim tests missiles, Japan's
     * budget"): the two named in different items are in different stories, as in a list, and make no pair of it.
     */
    static boolean roundupItemsApart(String text, Sentence s) {
        if (!s.title() || !s.groups().contains(ROUNDUP)) {
            return false;
        }
        int colon = colonIn(s.text(), 0, s.text().length());
        if (colon < 0) {
            return false;
        }
        // the item each side is named in: items are cut at commas, semicolons and bars after the colon; one walk of the
        // headline beside its mentions in order of start, so a headline of any length costs its length
        List<Mention> named = byStart(s.mentions());
        Map<Integer, Integer> sidesByItem = new HashMap<>();
        int item = 0;
        int i = colon + 1;
        int itemStart = i;
        for (Mention m : named) {
            if (m.start() >= s.text().length()) {
                continue;
            }
            if (m.start() <= colon) {
                // 0.45 (session 44's left class B, b45-ru-05: "Приморье за неделю: тайфун, ракета КНДР и …"): a place in
                // the digest's label is the digest's scope, an item of its own, not a side of the items after the colon
                if (m.entity().kind().equals("place") && !m.entity().isMedia()) {
                    Party party = m.entity().party();
                    int bit = party == Party.RUSSIA ? 1 : party == Party.DPRK ? 2 : 0;
                    if (bit != 0) {
                        sidesByItem.merge(-1, bit, (a, b) -> a | b);
                    }
                }
                continue;
            }
            for (; i < m.start(); i++) {
                PageBudget.check();
                if (itemBreak(s.text(), i, itemStart) || item > 0 && lastItemJoined(s.text(), i, itemStart)) {
                    item++;
                    itemStart = i + 1;
                }
            }
            Party party = m.entity().party();
            int bit = m.entity().isMedia() ? 0 : party == Party.RUSSIA ? 1 : party == Party.DPRK ? 2 : party == Party.PAIR ? 3 : 0;
            if (bit != 0 && sidesByItem.merge(item, bit, (a, b) -> a | b) == 3) {
                return false;
            }
        }
        return sidesByItem.size() > 1;
    }

    /**
     * Coreference, lightly: in the headline and lead, a sentence that names neither side but speaks of the weapon or
     * the soldiers its neighbour attributes ("The launchers had been firing at Ukrainian positions" after "two North
     * Korean launchers operated by Russian forces") takes that neighbour's sides, so a use told across two
     * sentences reads as one report. A sentence naming one side takes the sides of the two-sided sentence before it
     * when it tells what that sentence's cargo carries ({@link #sharedCargo}, 0.28.2).
     */
    private static List<Sentence> resolveReferents(List<Sentence> sentences, String text) {
        List<Sentence> out = new ArrayList<>(sentences);
        for (int i = 1; i < out.size(); i++) {
            Sentence s = out.get(i);
            Sentence before = out.get(i - 1);
            // 0.43.0 (blind-s43's b43-ru-04): the equipment a lead sentence tells supplied ("техника поставлена из России",
            // 장비, 装备, the hardware) is the arms the sentence before it named ("40 бронеавтомобилей «Тигр»")
            if (s.mainEvent() && (before.mainEvent() || before.title()) && s.groups().contains("weapon_any")
                    && s.groups().contains("supplying") && !s.groups().contains("arms") && !s.groups().contains("weapon")
                    && before.groups().contains("arms")) {
                Set<String> groups = new HashSet<>(s.groups());
                groups.add("arms");
                out.set(i, new Sentence(s.text(), s.title(), s.index(), groups, s.pair(), s.listOnly(), s.mentions()));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Sentence s = out.get(i);
            boolean oneSided = named(s) && !s.pair() && !s.listOnly();
            if (!s.mainEvent() || named(s) && !oneSided) {
                continue;
            }
            for (int j : new int[] {i - 1, i + 1}) {
                if (j < 0 || j >= out.size() || !out.get(j).mainEvent() || !named(out.get(j)) || oneSided && (j > i || !out.get(j).pair())) {
                    continue;
                }
                Sentence other = out.get(j);
                String shared = oneSided ? sharedCargo(s.groups(), other.groups()) : sharedReferent(s.groups(), other.groups());
                if (shared == null && !oneSided && j < i) {
                    // 0.43.0: a sentence whose sides a background clause took ("국정원은 러시아 기술자들이 포탄 제공의 대가로
                    // 설계도를 넘겨준 것으로"): the technology it tells passing is still the earlier sentence's weapon's
                    shared = sharedCargo(s.groups(), other.groups());
                    shared = STRATEGIC_TECH.equals(shared) ? shared : null;
                }
                // a third country's cargo or technology in the later one-sided sentence is its own ("Iran also gave North
                // Korea rocket engine data"); one that names Russia, the side such goods come from, names the third country
                // as a source ("Russian engineers provided test data, South Korea's spy agency said")
                if (shared == null || oneSided && namesThirdCountry(s) && !s.groups().contains("side:russia")) {
                    continue;
                }
                Set<String> groups = new HashSet<>(s.groups());
                boolean russia = other.groups().contains("side:russia") && !other.groups().contains("implied:russia")
                        || oneSided && s.groups().contains("side:russia");
                boolean dprk = other.groups().contains("side:dprk") || oneSided && s.groups().contains("side:dprk");
                if (groups.contains("battle_use") || groups.contains("deployed") || groups.contains(TOOK_PART)) {
                    // what the referent did (fired, fought) is itself the exchange
                    groups.add("interaction");
                }
                out.set(i, sides(text, new Sentence(s.text(), s.title(), s.index(), groups, false, false, s.mentions()), russia, dprk, false));
                break;
            }
        }
        return out;
    }

    /**
     * "The two leaders", "두 정상", "лидеры двух стран": in a text that names a Russian and a North Korean leader
     * elsewhere (a headline lost in extraction, a lead that names them in separate sentences), the phrase names both
     * of them, so its sentence is two-sided and carries both leaders' roles, unless the sentence names a third
     * country, whose leader is then one of the two.
     */
    private static List<Sentence> bothLeaders(List<Sentence> sentences, String text) {
        boolean russian = false;
        boolean korean = false;
        for (Sentence s : sentences) {
            russian |= s.groups().contains("role:leader@russia");
            korean |= s.groups().contains("role:leader@dprk");
        }
        if (!russian || !korean) {
            return sentences;
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            // "Xi reassured Kim … as the two leaders met": a third country in the sentence has its own leader
            if (s.pair() || !s.groups().contains(BOTH_LEADERS) || namesThirdCountry(text, s)) {
                out.add(s);
                continue;
            }
            Set<String> groups = new HashSet<>(s.groups());
            groups.addAll(List.of("role:leader", "role:leader@russia", "role:leader@dprk"));
            out.add(sides(text, new Sentence(s.text(), s.title(), s.index(), groups, false, false, s.mentions()), true, true, false));
        }
        return out;
    }

    /**
     * The background clauses of the text: from a {@code background} marker ("amid", "following", "recalled",
     * "last year's", "на фоне", "напомнил") to the end of its clause, and from the start of a clause to a
     * {@code background_before} marker, for languages that put it after the clause (Korean 가운데, Japanese を受け,
     * Chinese 之际). Cues inside them neither raise nor lower the severity of the main event. With {@code occasions},
     * the clauses an {@link #OCCASION} marker opens count too.
     */
    static List<int[]> backgroundSpans(String text, int bodyStart, List<PhraseMatcher.Hit<Set<String>>> cueHits, boolean occasions,
                                       List<Mention> mentions) {
        mentions = byStart(mentions);
        // a one-sided headline that no time adverb dates (a launch) makes no dated body clause its news: the clause recalls
        Set<String> headlineEvents = headlineDatedOrPaired(cueHits, mentions, bodyStart) ? headlineEvents(cueHits, bodyStart) : Set.of();
        Reactions reactions = null;
        List<int[]> spans = new ArrayList<>();
        List<int[]> occasionMarkers = new ArrayList<>();
        List<int[]> anniversaries = new ArrayList<>();
        for (PhraseMatcher.Hit<Set<String>> h : cueHits) {
            if (h.value().contains(OCCASION) || h.value().contains(OCCASION_BEFORE)) {
                occasionMarkers.add(new int[] {h.start(), h.end()});
            }
            if (h.value().contains(ANNIVERSARY_OCCASION)) {
                anniversaries.add(new int[] {h.start(), h.end()});
            }
        }
        // asked for every cue hit: a page of occasion markers would otherwise be read once per hit
        SpanIndex occasionIndex = new SpanIndex(occasionMarkers);
        SpanIndex anniversaryIndex = anniversaries.isEmpty() ? null : new SpanIndex(anniversaries);
        for (PhraseMatcher.Hit<Set<String>> h : cueHits) {
            // "following talks with Putin", "회담 이후": the longer occasion phrase says what the clause is, so the bare
            // background marker inside it neither opens nor closes a recalled clause (a hit of another phrase that an
            // occasion marker covers is shorter than it: one phrase's text is one hit)
            if (!h.value().contains(OCCASION) && !h.value().contains(OCCASION_BEFORE) && occasionIndex.covers(h.start(), h.end())) {
                continue;
            }
            if (reactions == null && h.value().contains(AFTER_CLAUSE) | h.value().contains(AFTER_SIDE) | h.value().contains(WITH_SIDE)
                    | h.value().contains(RELATIVE)) {
                reactions = Reactions.of(cueHits);
            }
            boolean afterClause = (afterClause(text, h, mentions) || relativeClause(text, h))
                    && !reactionAround(text, reactions, h.start());
            if (h.value().contains(SINCE_DATE)) {
                int dateEnd = sinceDateEnd(text, h.end());
                if (dateEnd > 0) {
                    spans.add(new int[] {h.start(), dateEnd});
                    continue;
                }
            }
            if (occasions && h.value().contains(OCCASION_CLAUSE) && whereQuestion(text, h.start())) {
                // "Where did Putin and Kim hold their talks?": a question asks about the event, it sets no scene
                continue;
            }
            boolean whileSide = h.value().contains(WHILE_SIDE) && sideRightAfter(text, h.end(), mentions);
            boolean time = h.value().contains(BACKGROUND_TIME) && !h.value().contains(BACKGROUND);
            boolean when = occasions && h.value().contains(WHEN_CLAUSE) && sentenceInitial(text, h.start());
            if (h.value().contains(BACKGROUND) || time || when || afterClause || whileSide || (occasions && h.value().contains(OCCASION))) {
                // "recalled, that …", "напомнил, что …": the comma right after the marker does not end its clause
                int end = Math.min(text.length(), h.end() + 2);
                int limit = Math.min(text.length(), h.end() + MAX_BACKGROUND_CHARS);
                if ((h.value().contains(OCCASION_VISIT) || h.value().contains(OCCASION_COMPLEMENT)) && !h.value().contains(BACKGROUND)) {
                    limit = Math.min(limit, destinationEnd(h.end(), limit, mentions));
                } else if (h.value().contains(BACKGROUND_PHRASE) && subjectRightBefore(text, h.start(), mentions)) {
                    limit = Math.min(limit, backgroundPhraseEnd(text, h.end(), limit));
                } else if (occasions && h.value().contains(OCCASION) && !h.value().contains(OCCASION_CLAUSE)
                        && !h.value().contains(BACKGROUND) && !afterClause && !when) {
                    limit = Math.min(limit, occasionPhraseEnd(cueHits, h.end(), limit));
                    limit = Math.min(limit, occasionSubjectStart(text, h.end(), limit, mentions));
                }
                while (end < limit && !clauseEnd(text, end)) {
                    end++;
                }
                if (when && !h.value().contains(BACKGROUND) && !h.value().contains(OCCASION)
                        && (namesNewsDay(cueHits, h.start(), end) || namesCalendarDay(text, h.start(), end))) {
                    // "When Russian and North Korean warships began drills on Monday, Japan scrambled jets": the news itself
                    continue;
                }
                if (time) {
                    // "去年向俄罗斯派兵的朝鲜…", "지난해 러시아에 파병한 북한이 …": the dated clause describes the side it ends at
                    end = adnominalSideStart(text, h.end(), end, mentions);
                    boolean dates = h.start() < bodyStart ? !headlineEventOutside(cueHits, h.start(), end, bodyStart)
                            : datesHeadlineEvent(cueHits, h.start(), end, headlineEvents);
                    if (dates) {
                        continue;
                    }
                }
                spans.add(new int[] {h.start(), end});
            }
            if (h.value().contains(BACKGROUND_BEFORE) && (anniversaryIndex == null || !anniversaryIndex.covers(h.start(), h.end()))
                    && !ownExchange(text, h)) {
                int start = h.start();
                int limit = Math.max(0, h.start() - MAX_BACKGROUND_CHARS);
                // "值此…之际": the clause opens at its opener, not at the start of the sentence's subject
                // cue hits are ordered by end offset: only those ending in the clause's reach are read
                for (int o = firstEndingAt(cueHits, limit); o < cueHits.size() && cueHits.get(o).end() <= h.start(); o++) {
                    PhraseMatcher.Hit<Set<String>> open = cueHits.get(o);
                    if (open.value().contains(CLAUSE_OPEN) && open.start() >= limit) {
                        limit = open.start();
                    }
                }
                while (start > limit && !clauseEnd(text, start - 1)) {
                    start--;
                }
                if (text.startsWith(KOREAN_RETURN, h.end() - KOREAN_RETURN.length())) {
                    start = afterKoreanSubject(text, start, h.start());
                }
                spans.add(new int[] {start, h.end()});
            }
        }
        return spans;
    }

    /** Korean "in return for" (대가로), closing the clause of what was given. */
    private static final String KOREAN_RETURN = "대가로";
    /** Final syllables of a Korean verb's adnominal form (넘긴, 보낸, 제공한, 준, 받은, 하는, 건넨), as they stand before 대가로. */
    private static final String ADNOMINAL_ENDINGS = "한준긴낸넨운은는던된친킨";

    /**
     * 0.43.2: "러시아가 북한에 정찰위성 기술을 넘긴 대가로 포탄을 받았다": 대가로 right after a verb (넘긴, 보낸, 제공한) tells the
     * sentence's own subject's act, one half of the exchange the sentence reports, not a payment recalled as 포탄 제공의
     * 대가로 (a noun) recalls one; so it opens no background clause.
     */
    private static boolean ownExchange(String text, PhraseMatcher.Hit<Set<String>> h) {
        if (!text.startsWith(KOREAN_RETURN, h.start()) || h.start() < 2 || text.charAt(h.start() - 1) != ' ') {
            return false;
        }
        char before = text.charAt(h.start() - 2);
        return TextFold.isHangul(before) && ADNOMINAL_ENDINGS.indexOf(before) >= 0;
    }

    /**
     * 0.43.2: the background clause of a Korean 대가로 starts after the clause's subject ("국정원은 러시아 기술자들이 포탄 제공의
     * 대가로 설계도를 넘겨준"): the word marked by 이, 가, 은 or 는 is who acts in the sentence, not part of the payment recalled.
     */
    private static int afterKoreanSubject(String text, int start, int marker) {
        int subjectEnd = start;
        for (int i = start + 1; i < marker - 1; i++) {
            char c = text.charAt(i);
            if ((c == '이' || c == '가' || c == '은' || c == '는') && text.charAt(i + 1) == ' ' && TextFold.isHangul(text.charAt(i - 1))) {
                subjectEnd = i + 2;
            }
        }
        return subjectEnd;
    }

    /**
     * Comparisons (0.28.0): a "comparison" word opens a clause that runs to the clause's end ("resembles Russia's T-14",
     * похожий на российскую "Армату"); a "comparison_before" word closes the noun phrase it follows, from the last name
     * before it in its clause ("러 T-14 아르마타 닮아", "北朝鮮のKN23に似た"). A side named only there, in a sentence that names
     * the other side outside it, is the other's measure, not its partner (Labeller.sentences); a sentence that names one
     * side only there keeps it ("외형이 북한제 KN-23과 유사하다": debris identified by its look).
     */
    static List<int[]> comparisonSpans(String text, List<PhraseMatcher.Hit<Set<String>>> cueHits, List<Mention> mentions) {
        List<int[]> spans = new ArrayList<>();
        List<Mention> byStart = null;
        for (PhraseMatcher.Hit<Set<String>> h : cueHits) {
            // 0.49.5: a comparison that names its measure itself ("comparison with North Korea", станет Северной Кореей)
            // holds that name only, so the economy it is drawn about stays the sentence's own subject
            if (h.value().contains(COMPARISON_NAMED)) {
                spans.add(new int[] {h.start(), h.end()});
                continue;
            }
            if (h.value().contains(COMPARISON)) {
                int end = h.end();
                int limit = Math.min(text.length(), h.end() + MAX_BACKGROUND_CHARS);
                while (end < limit && !clauseEnd(text, end)) {
                    end++;
                }
                spans.add(new int[] {h.start(), end});
            }
            if (h.value().contains(COMPARISON_BEFORE)) {
                if (byStart == null) {
                    byStart = byStart(mentions);
                }
                int clause = h.start();
                int limit = Math.max(0, h.start() - MAX_BACKGROUND_CHARS);
                while (clause > limit && !clauseEnd(text, clause - 1)) {
                    clause--;
                }
                int k = firstStartingAt(byStart, h.start()) - 1;
                while (k >= 0 && byStart.get(k).start() >= clause && byStart.get(k).entity().party() == Party.OTHER) {
                    k--;
                }
                if (k >= 0 && byStart.get(k).start() >= clause) {
                    spans.add(new int[] {byStart.get(k).start(), h.end()});
                }
            }
        }
        return spans;
    }

    /**
     * A calendar day ("on June 19", "19 июня", "19. Juni"): like a weekday, it dates a "when" clause as news is dated
     * (0.25.0; a year or a month alone does not).
     */
    private static final java.util.regex.Pattern CALENDAR_DAY = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June|Jun|July|Jul|August|Aug|Sept(?:ember)?|Sep"
            + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.? \\d{1,2}\\b"
            + "|\\b\\d{1,2}\\.? (?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember"
            + "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
            + "|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)(?!\\p{L})");

    /**
     * Whether a calendar day (see {@link #CALENDAR_DAY}) starts in [from, to): German writes the day with a full stop
     * ("am 3. Juni"), which ends the clause before its month, so the month is looked for a little past the end.
     */
    private static boolean namesCalendarDay(String text, int from, int to) {
        java.util.regex.Matcher m = CALENDAR_DAY.matcher(text).region(Math.max(0, from), Math.min(text.length(), to + 16));
        return m.find() && m.start() < to;
    }

    /** Whether a cue of the {@code news_day} group (a weekday, today, yesterday) lies in [from, to). */
    private static boolean namesNewsDay(List<PhraseMatcher.Hit<Set<String>>> cueHits, int from, int to) {
        for (int k = firstEndingAt(cueHits, from + 1); k < cueHits.size() && cueHits.get(k).end() <= to; k++) {
            if (cueHits.get(k).start() >= from && cueHits.get(k).value().contains(NEWS_DAY)) {
                return true;
            }
        }
        return false;
    }

    /** Whether only spaces, an opening quote or nothing stand between {@code at} and the end of the previous sentence. */
    private static boolean sentenceInitial(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '«' || text.charAt(i) == '„')) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return c == '\n' || c == '.' || c == '!' || c == '?' || c == '。';
    }

    /**
     * Where a clause ending in an adnominal form meets the side it describes: Chinese 的, Japanese た/る and a Korean
     * syllable ending in ㄴ or ㄹ and a space right before a side ("派兵的朝鲜", "派兵した北朝鮮", "파병한 북한"); {@code to}
     * when no side follows such a form in the clause.
     */
    private static int adnominalSideStart(String text, int from, int to, List<Mention> byStart) {
        for (int k = firstStartingAt(byStart, from); k < byStart.size() && byStart.get(k).start() < to; k++) {
            Mention m = byStart.get(k);
            int at = m.start();
            if (at <= from || m.entity().isMedia() || !side(m.entity().party())) {
                continue;
            }
            char before = text.charAt(at - 1);
            if (before == '的' || before == 'た' || before == 'る') {
                return at;
            }
            if (before == ' ' && at - 2 > from) {
                char c = text.charAt(at - 2);
                int jong = c >= 0xAC00 && c <= 0xD7A3 ? (c - 0xAC00) % 28 : -1;
                if (jong == 4 || jong == 8) {
                    return at;
                }
            }
        }
        return to;
    }

    /**
     * Whether the headline names a kind of event outside a dated clause ("지난해 러시아에 파병한 북한, 동해상으로 탄도미사일
     * 발사"): the clause then only describes a side, and the other event is the headline's.
     */
    private static boolean headlineEventOutside(List<PhraseMatcher.Hit<Set<String>>> cueHits, int from, int to, int bodyStart) {
        for (PhraseMatcher.Hit<Set<String>> c : cueHits) {
            if (c.end() > bodyStart) {
                break;
            }
            if (c.start() >= from && c.end() <= to) {
                continue;
            }
            for (String g : c.value()) {
                if (!g.equals("interaction") && (EXCHANGE_GROUPS.contains(g) || HEAD_EVENTS.contains(g) && !PLACES.contains(g))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the headline is dated by a time adverb or names both sides: only then is a dated body clause that tells
     * its kind of event the same news ("КНДР в прошлом месяце отправила в Россию ещё 3 тысячи военных" over its lead),
     * not a recalled one ("북한, 동해상으로 탄도미사일 발사" over "북한은 지난해 러시아에 탄도미사일을 제공했다").
     */
    private static boolean headlineDatedOrPaired(List<PhraseMatcher.Hit<Set<String>>> cueHits, List<Mention> byStart, int bodyStart) {
        for (PhraseMatcher.Hit<Set<String>> h : cueHits) {
            if (h.end() > bodyStart) {
                break;
            }
            if (h.value().contains(BACKGROUND_TIME)) {
                return true;
            }
        }
        boolean russia = false;
        boolean dprk = false;
        for (Mention m : byStart) {
            if (m.start() >= bodyStart) {
                break;
            }
            if (m.end() <= bodyStart && !m.entity().isMedia()) {
                Party p = m.entity().party();
                russia |= p == Party.RUSSIA || p == Party.PAIR;
                dprk |= p == Party.DPRK || p == Party.PAIR;
            }
        }
        return russia && dprk;
    }

    /** Places among {@link #HEAD_EVENTS}: a source named by its country ("乌克兰情报部门：") tells no event. */
    private static final Set<String> PLACES = Set.of("war_theatre", "role:kursk");

    /** The military events the headline names ({@link #HEAD_EVENTS} but places: soldiers, weapons, supply). */
    private static Set<String> headlineEvents(List<PhraseMatcher.Hit<Set<String>>> cueHits, int bodyStart) {
        Set<String> events = new HashSet<>();
        for (PhraseMatcher.Hit<Set<String>> h : cueHits) {
            if (h.end() > bodyStart) {
                break;
            }
            for (String g : HEAD_EVENTS) {
                if (h.value().contains(g) && !PLACES.contains(g)) {
                    events.add(g);
                }
            }
        }
        return events;
    }

    /**
     * Whether a body clause a time adverb opens tells the headline's kind of military event ("Разведка: КНДР в прошлом
     * месяце отправила ещё 3 тысячи военных" over "Северная Корея в прошлом месяце направила в Россию около 3 тысяч
     * военнослужащих, сообщила разведка"): the lead dating the headline's news, not a recalled one. A clause of
     * another kind under it ("上个月，俄朝两国签署了军事合作协议" under a troupe's concert) stays background.
     */
    private static boolean datesHeadlineEvent(List<PhraseMatcher.Hit<Set<String>>> cueHits, int from, int to, Set<String> headlineEvents) {
        if (headlineEvents.isEmpty()) {
            return false;
        }
        // cue hits are ordered by end: only those ending inside the clause are read
        for (int k = firstEndingAt(cueHits, from + 1); k < cueHits.size() && cueHits.get(k).end() <= to; k++) {
            PhraseMatcher.Hit<Set<String>> c = cueHits.get(k);
            if (c.start() < from) {
                continue;
            }
            for (String g : headlineEvents) {
                if (c.value().contains(g)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where an occasion phrase ends: before the first cue after it that is no background or occasion marker. Russian,
     * Ukrainian and German put the phrase inside the clause, before its verb and object ("Путин и Ким после переговоров
     * в Пхеньяне подписали договор", "Nordkorea hat nach dem Gipfel mit Putin weitere Soldaten geschickt"): read to the
     * clause's end, the phrase took the sentence's event with it. The talks' place and partner ("in Pyongyang", "mit
     * Putin") are names, not cues, and stay in it.
     */
    private static int occasionPhraseEnd(List<PhraseMatcher.Hit<Set<String>>> cueHits, int from, int limit) {
        // cue hits are ordered by end, and no cue phrase is longer than MAX_NAME_CHARS: only those near the phrase are read
        for (int k = firstEndingAt(cueHits, from + 1); k < cueHits.size() && cueHits.get(k).end() <= limit + MAX_NAME_CHARS; k++) {
            PhraseMatcher.Hit<Set<String>> c = cueHits.get(k);
            Set<String> g = c.value();
            if (c.start() >= from && c.start() < limit && !g.contains(OCCASION) && !g.contains(OCCASION_BEFORE) && !g.contains(BACKGROUND)
                    && !g.contains(BACKGROUND_BEFORE)) {
                return c.start();
            }
        }
        return limit;
    }

    /**
     * Whether a side ends just before {@code at} in the same clause, a word or two between at most ("КНДР несмотря на",
     * "Nordkorea hat trotz", "Северокорейские военные на фоне"): the side is the subject of the clause the marker
     * interrupts.
     */
    private static boolean subjectRightBefore(String text, int at, List<Mention> byStart) {
        for (int k = firstStartingAt(byStart, at) - 1; k >= 0; k--) {
            Mention m = byStart.get(k);
            if (m.end() > at) {
                continue;
            }
            if (m.entity().isMedia() || !side(m.entity().party()) || at - m.end() > SUBJECT_GAP_CHARS || afterPreposition(text, m.start())) {
                return false;
            }
            for (int i = m.end(); i < at; i++) {
                if (clauseEnd(text, i)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    static final int SUBJECT_GAP_CHARS = 24;

    /** Words a date after "since" or "seit" is made of, besides digits: months, time nouns and their modifiers. */
    private static final Set<String> DATE_ANCHORS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
            "year", "years", "months", "weeks", "days", "spring", "summer", "autumn", "fall", "winter",
            "jahr", "jahres", "jahren", "monat", "monaten", "wochen", "tagen", "frühjahr", "sommer", "herbst",
            "kriegsbeginn", "jahresbeginn");
    private static final Set<String> DATE_WORDS = Set.of("the", "last", "this", "early", "late", "mid", "of", "end", "start",
            "beginning", "anfang", "beginn", "mitte", "ende", "dem", "den", "der", "des", "vergangenen", "letzten", "diesem", "vorigen", "vielen", "einigen", "mehreren");
    /** How many words a date after "since" runs to at most ("seit Anfang des vergangenen Jahres"). */
    private static final int MAX_DATE_WORDS = 5;

    /**
     * Where the date right after a "since" or "seit" ends ("since October", "seit dem vergangenen Jahr", "seit 2023"), or
     * -1 when no date follows ("since North Korea sent troops": a recalled clause). Reads at most a few words.
     */
    static int sinceDateEnd(String text, int from) {
        int i = from;
        int anchorEnd = -1;
        for (int words = 0; words < MAX_DATE_WORDS; words++) {
            PageBudget.check();
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.' && i > start
                    && Character.isDigit(text.charAt(i - 1)))) {
                i++;
            }
            if (i == start) {
                break;
            }
            String word = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
            if (Character.isDigit(word.charAt(0)) || DATE_ANCHORS.contains(word)) {
                anchorEnd = i;
            } else if (!DATE_WORDS.contains(word)) {
                break;
            }
        }
        return anchorEnd;
    }

    private static final Set<String> ARTICLES = Set.of("the", "die", "der", "den", "das");

    /** A side named right after {@code at}, with at most an article between ("while the North Korean soldiers"). */
    private static boolean sideRightAfter(String text, int at, List<Mention> byStart) {
        int k = firstStartingAt(byStart, at);
        if (k >= byStart.size()) {
            return false;
        }
        Mention m = byStart.get(k);
        if (m.entity().isMedia() || !side(m.entity().party()) || m.start() - at > SUBJECT_GAP_CHARS) {
            return false;
        }
        String gap = text.substring(at, m.start()).strip().toLowerCase(java.util.Locale.ROOT);
        return gap.isEmpty() || ARTICLES.contains(gap);
    }

    /** Whether the word before {@code at} is a preposition ("сообщили в Москве", "aus Seoul"): what follows is no subject. */
    private static boolean afterPreposition(String text, int at) {
        return afterWordOf(text, at, PREPOSITIONS);
    }

    /**
     * Where the subject named after an occasion phrase without a comma begins ("После переговоров в Пхеньяне Путин и Ким
     * подписали", "After talks in Pyongyang Putin and Kim signed"): at the first person of either side named after it
     * neither as a preposition's complement, the talks' partner ("после переговоров с Путиным", "after talks with Putin"),
     * nor joined to such a name by a conjunction ("с Путиным и Ким Чен Ыном"). Read to the next cue, the phrase took
     * the leaders' names, and the event they signed lost its sides.
     */
    private static int occasionSubjectStart(String text, int from, int limit, List<Mention> byStart) {
        Mention previous = null;
        for (int k = firstStartingAt(byStart, from); k < byStart.size() && byStart.get(k).start() < limit; k++) {
            Mention m = byStart.get(k);
            // a bare space is no conjunction here: "в Пхеньяне Путин" is the place, then the subject
            String gap = previous == null ? "" : gapWords(text, previous.end(), m.start());
            boolean joined = !gap.isEmpty() && LIST_WORDS.contains(gap) || previous != null && text.substring(previous.end(),
                    Math.max(previous.end(), m.start())).contains(",");
            if (!joined && m.entity().kind().equals("person") && side(m.entity().party()) && !afterPreposition(text, m.start())
                    && !afterWordOf(text, m.start(), PARTNER_WORDS)) {
                return m.start();
            }
            previous = m;
        }
        return limit;
    }

    /** English words that make a name the talks' partner or owner inside an occasion phrase ("after talks with Putin"). */
    private static final Set<String> PARTNER_WORDS = Set.of("with", "of", "between", "by");

    private static boolean afterWordOf(String text, int at, Set<String> words) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && words.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> PREPOSITIONS = Set.of("в", "во", "на", "из", "с", "со", "у", "к", "ко", "по", "от", "до", "о", "об",
            "при", "за", "для", "про", "з", "із", "зі", "від", "in", "im", "aus", "mit", "nach", "von", "vom", "bei", "zu",
            "zum", "zur", "an", "am", "auf", "für", "gegen", "über");

    /**
     * Where the noun phrase after a prepositional background marker ends, when the marker stands between a side and its
     * verb: before the first finite verb in Russian and Ukrainian ("КНДР на фоне западных санкций подписала", "попри
     * санкції ООН домовилися"), in German where a lower-case word follows a noun without linking it ("Nordkorea hat
     * trotz Warnungen aus Seoul weitere Soldaten … geschickt"). Read to the clause's end, the phrase took the clause's
     * event, and its sides, with it. At least one word is the phrase's.
     */
    static int backgroundPhraseEnd(String text, int from, int limit) {
        boolean german = false;
        boolean afterNoun = false;
        int words = 0;
        int i = from;
        while (i < limit) {
            while (i < limit && !Character.isLetter(text.charAt(i))) {
                if (clauseEnd(text, i)) {
                    return limit;
                }
                i++;
            }
            int start = i;
            while (i < limit && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
                i++;
            }
            if (start >= i) {
                break;
            }
            String word = text.substring(start, i);
            if (words == 0) {
                german = Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.LATIN;
            } else if (german ? afterNoun && Character.isLowerCase(word.charAt(0)) && !GERMAN_LINKS.contains(word)
                    : SLAVIC_FINITE.matcher(word).matches()) {
                return start;
            }
            afterNoun = Character.isUpperCase(word.charAt(0));
            words++;
        }
        return limit;
    }

    /**
     * Russian and Ukrainian finite verbs as wire copy writes them: a feminine, neuter or plural past (направила,
     * подписали, домовилися) or a present of the -ает/-ают families (продолжают, поддерживает). Endings nouns share are
     * left out: -ат and -ит (солдат, визит), -ут (маршрут), a masculine -л (генерал, посол).
     */
    private static final java.util.regex.Pattern SLAVIC_FINITE = java.util.regex.Pattern.compile(
            "(?iu)\\p{L}{4,}(ла|ло|ли|лся|лась|лось|лись|лася|лося|лися|ает|яет|ует|еет|ают|яют|уют|еют|ется|ится|ются|ятся|ються|яться)");
    /**
     * German words that link a noun to what follows it inside one noun phrase ("Warnungen aus Seoul", "des Krieges in der
     * Ukraine"); "mit" and "nach" are not among them: "mit Russland", "nach Russland" are the clause's partner and goal.
     */
    private static final Set<String> GERMAN_LINKS = Set.of("aus", "von", "vom", "in", "im", "zu", "zum", "zur", "über", "des", "der",
            "eines", "einer", "und", "oder", "sowie");

    /** The end of the first side named after a visit's occasion marker, before {@code limit}; else {@code limit}. */
    private static int destinationEnd(int from, int limit, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() >= from && m.start() < limit && !m.entity().isMedia() && m.entity().party() != Party.OTHER) {
                return m.end();
            }
        }
        return limit;
    }

    /**
     * The clauses an {@link #OCCASION_BEFORE} or {@link #AFTER_BEFORE} marker closes, each starting after the last side
     * named before it.
     */
    static List<int[]> occasionsBefore(String text, List<PhraseMatcher.Hit<Set<String>>> cueHits, List<Mention> mentions) {
        mentions = byStart(mentions);
        Reactions reactions = null;
        List<int[]> spans = new ArrayList<>();
        List<int[]> anniversaries = new ArrayList<>();
        for (PhraseMatcher.Hit<Set<String>> h : cueHits) {
            if (h.value().contains(ANNIVERSARY_OCCASION)) {
                anniversaries.add(new int[] {h.start(), h.end()});
            }
        }
        SpanIndex anniversaryIndex = anniversaries.isEmpty() ? null : new SpanIndex(anniversaries);
        for (PhraseMatcher.Hit<Set<String>> h : cueHits) {
            // an "after" clause closed by its marker (した後、, 参战后，, 파병한 뒤) runs back the same way; it tells what came
            // before the main event, unless the sentence reacts to it (see afterClause)
            if (reactions == null && h.value().contains(AFTER_BEFORE)) {
                reactions = Reactions.of(cueHits);
            }
            boolean after = h.value().contains(AFTER_BEFORE) && !reactionAround(text, reactions, h.start());
            boolean when = h.value().contains(WHEN_BEFORE);
            if (!h.value().contains(OCCASION_BEFORE) && !after && !when
                    || anniversaryIndex != null && anniversaryIndex.covers(h.start(), h.end())) {
                continue;
            }
            int floor = Math.max(0, h.start() - MAX_BACKGROUND_CHARS);
            // a Japanese or Chinese "after" closed by its comma (した後、, 参战后，) is a clause of its own from the sentence's
            // start: the main clause's subject follows the comma, and the sides named before it are the clause's own; so
            // is a "when" clause, with or without the comma
            boolean commaClosed = when || after && (text.charAt(h.end() - 1) == '、' || text.charAt(h.end() - 1) == '，');
            for (int k = commaClosed ? mentions.size() : firstStartingAt(mentions, floor - MAX_NAME_CHARS); k < mentions.size()
                    && mentions.get(k).start() < h.start(); k++) {
                Mention m = mentions.get(k);
                if (m.end() <= h.start() && m.end() > floor && !m.entity().isMedia() && m.entity().party() != Party.OTHER) {
                    floor = m.end();
                }
            }
            int start = h.start();
            while (start > floor && !clauseEnd(text, start - 1)) {
                start--;
            }
            if (when && namesNewsDay(cueHits, start, h.end())) {
                // "러시아와 북한 군함이 월요일 훈련을 시작했을 때": the news itself
                continue;
            }
            spans.add(new int[] {start, h.end()});
        }
        return spans;
    }

    /**
     * A clause that tells what came before the main event or goes on beside it, inside the lead sentence: after a
     * conjunction of time (после того как, після того як, nachdem; English "after" when a side follows it: "after North
     * Korea sent troops"), or an English absolute construction after a comma (", with North Korea continuing to send
     * shells"). Like "amid" it is background: the main clause is the event. See {@link #reactionAround} for when it is not.
     */
    static boolean afterClause(String text, PhraseMatcher.Hit<Set<String>> h, List<Mention> mentions) {
        if (h.value().contains(AFTER_CLAUSE)) {
            return true;
        }
        boolean after = h.value().contains(AFTER_SIDE);
        boolean with = h.value().contains(WITH_SIDE);
        if (!after && !with) {
            return false;
        }
        // the side opens the clause as its subject: "after North Korea sent", not "after the Russia-North Korea summit"
        Mention next = null;
        for (int k = firstStartingAt(mentions, h.end()); k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.start() >= h.end() && !m.entity().isMedia()) {
                boolean pairName = k + 1 < mentions.size() && mentions.get(k + 1).start() - m.end() <= 3;
                if (side(m.entity().party()) && !pairName && m.start() - h.end() <= NEAR_CHARS
                        && text.substring(h.end(), m.start()).isBlank()) {
                    next = m;
                }
                break;
            }
        }
        if (next == null) {
            return false;
        }
        int end = next.end();
        int limit = Math.min(text.length(), next.end() + MAX_BACKGROUND_CHARS);
        while (end < limit && !clauseEnd(text, end)) {
            end++;
        }
        String clause = text.substring(next.end(), end);
        if (after) {
            // a clause, with its verb ("sent", "had deployed"), not a noun phrase ("after Russia's war")
            return FINITE.matcher(clause).find();
        }
        // ", with North Korea continuing to …": a comma before, a verb in -ing after the side, before the clause ends
        int before = h.start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before >= 0 && text.charAt(before) == ',' && ING.matcher(clause).find();
    }

    /**
     * ", who signed a treaty earlier in the day": an English relative clause set off by a comma tells more about whom the
     * sentence names, not its event (the two leaders at a reception, who had signed a treaty before it), as "whose" and
     * "which has" already do. Only English: a Russian, Ukrainian or German relative clause takes its comma whether it
     * adds or restricts ("солдаты, которые воевали в Курской области" are the soldiers the sentence is about).
     */
    static boolean relativeClause(String text, PhraseMatcher.Hit<Set<String>> h) {
        if (!h.value().contains(RELATIVE)) {
            return false;
        }
        int before = h.start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (before < 0 || text.charAt(before) != ',') {
            return false;
        }
        // the relative pronoun is the clause's subject: its verb follows within a word or two ("who had", "who also signed")
        int end = Math.min(text.length(), h.end() + 24);
        return FINITE.matcher(text.substring(h.end(), end)).find();
    }

    private static final java.util.regex.Pattern ING = java.util.regex.Pattern.compile("\\b\\p{L}{2,}ing\\b");
    /** An English finite verb: a regular past, an auxiliary, or a common irregular past of the subject's news. */
    private static final java.util.regex.Pattern FINITE = java.util.regex.Pattern.compile(
            "(?i)\\b(\\p{L}{2,}ed|sent|sends|fought|began|took|gave|made|sold|built|had|has|have|was|were|is|are|did|won|held|struck|hit)\\b");

    /**
     * A reaction to the cooperation (condemned, protested, sanctions, thanks) takes the row of the cooperation it is
     * about (spec), so a clause telling that cooperation after it ("Kyiv summoned the ambassador after North Korea sent
     * troops") is what the reaction is about, not background.
     */
    static boolean reactionAround(String text, List<PhraseMatcher.Hit<Set<String>>> cueHits, int at) {
        return reactionAround(text, Reactions.of(cueHits), at);
    }

    static boolean reactionAround(String text, Reactions reactions, int at) {
        // a sentence longer than this is no news sentence: a page without full stops is read in windows of this size
        int start = at;
        while (start > 0 && at - start < MAX_SENTENCE_CHARS && !sentenceEnd(text, start - 1)) {
            start--;
        }
        int end = at;
        while (end < text.length() && end - at < MAX_SENTENCE_CHARS && !sentenceEnd(text, end)) {
            end++;
        }
        return reactions.within(start, end);
    }

    static final int MAX_SENTENCE_CHARS = 1_000;
    /** Longer than any name in the gazetteer: how far before a point a name that ends after it can start. */
    static final int MAX_NAME_CHARS = 200;

    /** The reaction cues of a text (condemned, thanks, sanctions), by start, for {@link #reactionAround}. */
    record Reactions(int[] starts, int[] ends) {
        static Reactions of(List<PhraseMatcher.Hit<Set<String>>> cueHits) {
            List<PhraseMatcher.Hit<Set<String>>> found = new ArrayList<>();
            for (PhraseMatcher.Hit<Set<String>> c : cueHits) {
                if (c.value().contains("reaction") || c.value().contains("thanks") || c.value().contains("sanctions_word")) {
                    found.add(c);
                }
            }
            found.sort(java.util.Comparator.comparingInt(PhraseMatcher.Hit::start));
            int[] starts = new int[found.size()];
            int[] ends = new int[found.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = found.get(i).start();
                ends[i] = found.get(i).end();
            }
            return new Reactions(starts, ends);
        }

        /** Whether a reaction cue lies wholly in [start, end). */
        boolean within(int start, int end) {
            for (int i = firstAtLeast(starts.length, k -> starts[k], start); i < starts.length && starts[i] < end; i++) {
                if (ends[i] <= end) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The index of the first of {@code hits} (ordered by end) that ends at or after {@code pos}. */
    static int firstEndingAt(List<PhraseMatcher.Hit<Set<String>>> hits, int pos) {
        return firstAtLeast(hits.size(), k -> hits.get(k).end(), pos);
    }

    /** The first index below {@code size} whose key (ascending with the index) is at least {@code pos}; {@code size} if none. */
    static int firstAtLeast(int size, java.util.function.IntUnaryOperator keyAt, int pos) {
        PageBudget.check();
        return dev.tumen.classifier.gazetteer.Positions.firstAtLeast(size, keyAt, pos);
    }

    /** {@code mentions} itself when it is in text order (as the gazetteer gives them), else a sorted copy. */
    static List<Mention> byStart(List<Mention> mentions) {
        for (int i = 1; i < mentions.size(); i++) {
            if (mentions.get(i).start() < mentions.get(i - 1).start()) {
                List<Mention> sorted = new ArrayList<>(mentions);
                sorted.sort(java.util.Comparator.comparingInt(Mention::start));
                return sorted;
            }
        }
        return mentions;
    }

    /**
     * The index of the first of {@code mentions} (in text order: byStart's list, or a sentence's) that starts at or after
     * {@code pos}; {@code mentions.size()} when none does.
     */
    static int firstStartingAt(List<Mention> mentions, int pos) {
        return firstAtLeast(mentions.size(), k -> mentions.get(k).start(), pos);
    }

    private static boolean sentenceEnd(String text, int i) {
        PageBudget.check();
        char c = text.charAt(i);
        return c == '\n' || c == '。' || c == '!' || c == '?'
                || c == '.' && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static boolean clauseEnd(String text, int i) {
        PageBudget.check();
        char c = text.charAt(i);
        if (c == ',' || c == ';' || c == '\n' || c == '，' || c == '；' || c == '。' || c == '、' || c == '!' || c == '?' || c == '—') {
            return true;
        }
        return c == '.' && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    /**
     * Spans ([start, end] pairs) asked whether one of them covers a range: a page can have a span for every marker it
     * repeats, and every cue and name is asked, so a scan of the list per question grew with the square of the page.
     */
    static final class SpanIndex {
        private final int[] starts;
        /** The largest end among the spans up to each index, by start. */
        private final int[] maxEnds;

        SpanIndex(List<int[]> spans) {
            List<int[]> sorted = new ArrayList<>(spans);
            sorted.sort(java.util.Comparator.comparingInt(span -> span[0]));
            starts = new int[sorted.size()];
            maxEnds = new int[sorted.size()];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < starts.length; i++) {
                starts[i] = sorted.get(i)[0];
                max = Math.max(max, sorted.get(i)[1]);
                maxEnds[i] = max;
            }
        }

        /** Whether some span has {@code span[0] <= start} and {@code end <= span[1]}. */
        boolean covers(int start, int end) {
            int lo = firstAtLeast(starts.length, k -> starts[k], start + 1);
            return lo > 0 && maxEnds[lo - 1] >= end;
        }
    }

    /**
     * A photo credit on its own line ("북한 조선중앙통신=연합뉴스", "/ AFP Yonhap News", "Photo: Reuters", "Фото: ТАСС"):
     * the line before it is the photo's caption, neither headline nor lead. A dateline in parentheses ("(서울=연합뉴스)")
     * is no credit.
     */
    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
            "^(\\[?[^=()\\[\\]\\n]{1,30}=\\s?(연합뉴스|뉴스1|뉴시스|News1|Newsis)\\]?|[/|]\\s?\\p{L}[^.!?\\n]{0,40}|(Photo|Photos|Фото|사진|写真|图片|圖片)\\s?[:=：][^\\n]{0,60}|©[^\\n]{0,60})$");
    static final int MAX_CREDIT_CHARS = 70;
    /** Index given to a caption: past the lead and the outcome reach, so it neither carries nor rates the main event. */
    static final int CAPTION_INDEX = 1000;

    static boolean credit(String text, Sentences.Span span) {
        return span.end() - span.start() <= MAX_CREDIT_CHARS && CREDIT.matcher(text.substring(span.start(), span.end())).matches();
    }

    /** A credit glued to the head of the next sentence ("… 연설하고 있다. 연합뉴스 북한이 …"): the sentence before it is a caption. */
    private static final java.util.regex.Pattern CREDIT_OPENING = java.util.regex.Pattern.compile(
            dev.tumen.classifier.extract.TextExtractor.GLUED_CREDIT_OPENING);

    static boolean creditOpens(String text, Sentences.Span span) {
        return CREDIT_OPENING.matcher(text).region(span.start(), span.end()).lookingAt();
    }

    /** A dateline or agency tag long enough to pass {@link #MIN_SENTENCE_CHARS}: it must not use up the lead either. */
    static boolean dateline(String text, Sentences.Span span) {
        return span.end() - span.start() <= MAX_DATELINE_CHARS && DATELINE.matcher(text.substring(span.start(), span.end())).matches();
    }

    private static boolean named(Sentence s) {
        return s.groups().contains("side:russia") || s.groups().contains("side:dprk");
    }

    /**
     * What a later sentence shares with the deciding one, so that it tells what became of it: its weapons or soldiers, or
     * its workers when the later sentence has them serving with Russia's forces (settled case: North Koreans recruited
     * into Russia's forces are personnel deployed, also when they first came as workers). Workers alone are no referent:
     * a labour story's later sentences about the workers' wages or the ban are its background.
     */
    private static String toldReferent(Set<String> later, Set<String> deciding) {
        String shared = sharedReferent(later, deciding);
        if ("weapon".equals(shared) && otherWeaponKind(later, deciding)) {
            return null;
        }
        if ("personnel".equals(shared) && visitorsOrAddressee(deciding)) {
            return null;
        }
        return shared != null ? shared : later.contains(RECRUIT) && later.contains(WORKER) && deciding.contains(WORKER) ? WORKER : null;
    }

    /** Cue groups of people sent or serving, whom the personnel rows rate (severity.tsv). */
    private static final List<String> PEOPLE_SENT = List.of("personnel", "sent_troops", "recruit", "worker", MILITARY_MEDIC);

    /** Cue group of a later sentence pointing back at the lead's cargo, equipment or work (cues.tsv told_back). */
    static final String TOLD_BACK = "told_back";
    /** Cue groups of goods or money moved between the two: what a later sentence can point back at. */
    private static final List<String> MOVED = List.of("supplying", "transfer", HANDOVER, "finance", ECONOMIC);

    /**
     * A later sentence telling the lead's cargo (cargo_goods or told_back) passed off or smuggled (smuggle, a false
     * declaration), under a deciding sentence of goods or money moved between the two (0.49.3): two-sided, or pointing back
     * at the cargo ("this cargo", 이 화물, 这批货物), whose sides are the lead's.
     */
    private static boolean cargoPassedOff(Sentence later, Sentence deciding) {
        Set<String> g = later.groups();
        if (!deciding.pair() || !(later.pair() || g.contains(TOLD_BACK)) || later.title() || later.index() <= deciding.index() && !deciding.title()
                || !(g.contains("cargo_goods") || g.contains(TOLD_BACK)) || !(g.contains("smuggle") || g.contains("false_declaration"))) {
            return false;
        }
        for (String m : MOVED) {
            if (deciding.groups().contains(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 0.45 (session 44's left class A: b44-ru-02's vacuum mixers unloaded at Nampo, "Такое оборудование … используется для
     * производства твёрдого ракетного топлива"): a later sentence that points back at the lead's cargo, equipment or work
     * (told_back: "such equipment", "the shipment", 이런 장비, 这类设备, こうした装置, solche Anlagen) and names what it makes
     * as missile or other strategic technology (a strategic technology, a missile's fuel, or a plant making missiles)
     * tells what the lead's exchange was for: the transfer of that technology, the rubric's critical row. The lead
     * must tell goods, money or work moved between the two.
     */
    private static boolean cargoToldBack(Set<String> later, Set<String> deciding) {
        if (!later.contains(TOLD_BACK)) {
            return false;
        }
        boolean technology = later.contains(STRATEGIC_TECH) || later.contains("missile_making")
                || later.contains("arms_plant") && later.contains("weapon_missile");
        if (!technology) {
            return false;
        }
        for (String g : MOVED) {
            if (deciding.contains(g)) {
                return true;
            }
        }
        // 0.50.5: cargo unloaded or carried (разгрузилось, entladen) is goods moved too
        return deciding.contains("cargo_goods") && (deciding.contains("evasion_move") || deciding.contains("petroleum_carried"));
    }

    /**
     * A sentence telling what the lead's cargo was ({@link #cargoToldBack}) read as that row alone: strategic technology
     * transferred between the two, not the battlefield's "used" of "such equipment is used to make rocket fuel".
     */
    private static Sentence cargoToldAsTechnology(Sentence s) {
        return new Sentence(s.text(), s.title(), s.index(), Set.of(TOLD_BACK, STRATEGIC_TECH, "transfer", "side:russia", "side:dprk",
                "pair"), true, false, s.mentions());
    }

    /** Cue groups of a delegation, a defence chief and a message: the soldiers they name are visitors or an addressee. */
    private static final List<String> VISITORS_OR_MESSAGE = List.of("delegation_word", "defence_chief", "greeting", "letter");

    /**
     * 0.44.1 (blind-s45's b45-zh-01, b45-ko-04): the army words of a sentence that tells a delegation, a defence chief or a
     * message name the visitors (朝鲜人民军空军司令率领的军事代表团, an air force commander's delegation at an aircraft
     * plant) or the addressee and subject of the message ("러시아 군대가 … 승리할 것" in a greeting to Russia's defence
     * minister), not soldiers sent whose fate the body tells: a later sentence on troops deployed (the background's
     * "North Korea has sent more than 10,000 soldiers to Russia") tells another story, not what became of them.
     */
    private static boolean visitorsOrAddressee(Set<String> deciding) {
        for (String g : VISITORS_OR_MESSAGE) {
            if (deciding.contains(g)) {
                return true;
            }
        }
        return false;
    }

    /** Weapon kinds (cues.tsv): missiles, shells and ammunition, guns and launchers. */
    private static final List<String> WEAPON_KINDS = List.of("weapon_missile", "weapon_shell", "weapon_gun");

    /**
     * Both sentences name weapons of a kind and share none (0.28.0): "120 howitzers handed over" and "half the ammunition
     * the enemy uses" are two stories, so the later one tells nothing of what became of the deciding one's weapons.
     */
    private static boolean otherWeaponKind(Set<String> later, Set<String> deciding) {
        boolean laterKind = false;
        boolean decidingKind = false;
        for (String k : WEAPON_KINDS) {
            if (later.contains(k) && deciding.contains(k)) {
                return false;
            }
            laterKind |= later.contains(k);
            decidingKind |= deciding.contains(k);
        }
        return laterKind && decidingKind;
    }

    private static final String RECRUIT = "recruit";
    private static final String WORKER = "worker";

    /**
     * What a one-sided lead sentence and the two-sided sentence before it share when it tells what that sentence's cargo
     * carries or where it goes ("200 rail cars with containers at North Korea's Tumangan station on the Russian
     * border. … the containers may be carrying ammunition for the Russian army"): goods of war in both, carried in the
     * later one. 0.43.0 (blind-s43): so does a later sentence that tells the technology of the weapon the sentence before
     * it names passing from one side ("a guidance package that matches Russian designs" on North Korea's missile, then
     * "Russian engineers handed over design data and flight software"): the data are that weapon's, and its technology
     * is what passed between the two.
     */
    private static String sharedCargo(Set<String> later, Set<String> before) {
        boolean goods = later.contains("arms") || later.contains("weapon");
        boolean weaponBefore = before.contains("arms") || before.contains("weapon");
        if (goods && later.contains("supplying") && weaponBefore) {
            return "arms";
        }
        boolean passed = later.contains("transfer") || later.contains("supplying") || later.contains(HANDOVER);
        return later.contains(STRATEGIC_TECH) && passed && (weaponBefore || before.contains(STRATEGIC_TECH)) ? STRATEGIC_TECH : null;
    }

    private static String sharedReferent(Set<String> a, Set<String> b) {
        for (String g : REFERENTS) {
            if (a.contains(g) && b.contains(g)) {
                return g;
            }
        }
        return null;
    }

    /** Drops the battle-use cues inside a purpose clause ({@link #PURPOSE}): weapons sent for a war are supplied, not used. */
    static List<PhraseMatcher.Hit<Set<String>>> withoutPurposeUse(String text, List<PhraseMatcher.Hit<Set<String>>> hits) {
        List<int[]> spans = new ArrayList<>();
        for (PhraseMatcher.Hit<Set<String>> h : hits) {
            if (h.value().contains(PURPOSE)) {
                int end = h.end();
                while (end < text.length() && !purposeBreak(text.charAt(end))) {
                    end++;
                }
                spans.add(new int[] {h.start(), end});
            } else if (h.value().contains(PURPOSE_BEFORE)) {
                int start = h.start();
                while (start > 0 && !purposeBreak(text.charAt(start - 1))) {
                    start--;
                }
                spans.add(new int[] {start, h.end()});
            }
        }
        if (spans.isEmpty()) {
            return hits;
        }
        List<PhraseMatcher.Hit<Set<String>>> out = new ArrayList<>(hits.size());
        for (PhraseMatcher.Hit<Set<String>> h : hits) {
            boolean inside = false;
            if (h.value().contains(BATTLE_USE)) {
                for (int[] span : spans) {
                    if (h.start() >= span[0] && h.end() <= span[1]) {
                        inside = true;
                        break;
                    }
                }
            }
            if (!inside) {
                out.add(h);
            } else if (h.value().size() > 1) {
                // the same words may carry other groups (a place of the war), which still count
                Set<String> rest = new HashSet<>(h.value());
                rest.remove(BATTLE_USE);
                out.add(new PhraseMatcher.Hit<>(h.start(), h.end(), Set.copyOf(rest), h.weak()));
            }
        }
        return out;
    }

    private static boolean purposeBreak(char c) {
        return c == ',' || c == '.' || c == ';' || c == '!' || c == '?' || c == '\n' || c == '，' || c == '。' || c == '、' || c == '；';
    }

    /** Drops cue hits that lie inside a {@link #MASK} phrase and are not that phrase themselves. */
    private static List<PhraseMatcher.Hit<Set<String>>> unmasked(List<PhraseMatcher.Hit<Set<String>>> hits) {
        List<int[]> masks = new ArrayList<>();
        for (PhraseMatcher.Hit<Set<String>> h : hits) {
            if (h.value().contains(MASK)) {
                masks.add(new int[] {h.start(), h.end()});
            }
        }
        return withoutHitsInside(hits, masks);
    }

    /**
     * North Korean soldiers fighting or firing, or North Korean weapons striking, in the war against Ukraine are Russia's
     * use of them even when the sentence does not name Russia ("a North Korean KN-23 hit Kyiv overnight").
     */
    static boolean impliesRussia(Set<String> groups) {
        if (!groups.contains("war_theatre")) {
            return false;
        }
        // North Korean soldiers or gunners firing in the war ("North Korean gunners shelled Kharkiv") are deployed there;
        // so are North Korean soldiers named with the war's theatre whatever verb tells it ("crews spotted near
        // Pokrovsk"), as the severity row reads them, unless only hedged or their own leader addresses them
        boolean inTheatre = !groups.contains("hedge") && !groups.contains("korean_front") && !groups.contains("role:leader@dprk");
        // 0.44.0: so are North Korean army doctors or field hospitals there ("North Korean army surgeons work at field
        // hospitals behind the front"), personnel told by their trade (severity.tsv: military_medic)
        return (groups.contains("personnel") && (inTheatre || groups.contains("deployed") || groups.contains(TOOK_PART) || groups.contains("battle_use")))
                || (groups.contains(MILITARY_MEDIC) && inTheatre)
                || (groups.contains("weapon") && groups.contains("battle_use"));
    }

    /** Words that are part of a name ("Workers' Party", "State Affairs Commission") are not cues. */
    private static List<PhraseMatcher.Hit<Set<String>>> outsideNames(List<PhraseMatcher.Hit<Set<String>>> hits, List<Mention> mentions) {
        List<int[]> names = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.entity().roles().contains(NAME_ONLY)) {
                names.add(new int[] {m.start(), m.end()});
            }
        }
        return withoutHitsInside(hits, names);
    }

    /**
     * Romanised Korean surnames, as the DPRK and the South spell them. Those that are also common English words standing
     * before a capitalised word in a title-case headline ("An Art Troupe", "O", "Son", "Ma") are left out.
     */
    private static final String KOREAN_SURNAMES = "Kim|Ri|Rhee|Lee|Yi|Pak|Park|Choe|Choi|Jo|Cho|Jong|Jang|Chang|Han|Kang|Ryu|Yun|Yoon"
            + "|Hyon|Hyun|Hwang|Ju|Kwon|Pyon|Sin|Shin|Ro|Roh|Rim|Nam|Jon|Jeon|Thae|Mun|Moon|Ko|Hong|Paek|Baek|Cha|Chon|Kye|Ryom|Yang"
            + "|Sim|Jin|Kil|Phyo|Chae|Oh|Song|Ahn|Jung|Chung|Kong|Pae|Bae|Yu|Yoo|Yom|Tak|Pang|Bang";
    /** A surname right before a cue word that is the name's middle syllable (Kim Song Gwang, Kim Song-gwang). */
    private static final java.util.regex.Pattern KOREAN_NAME_MIDDLE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + KOREAN_SURNAMES + ") $");
    /** A surname and a given syllable before a cue word that is the name's last syllable (Ri Chol Song, Kim Chol-song). */
    private static final java.util.regex.Pattern KOREAN_NAME_LAST = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + KOREAN_SURNAMES + ") [A-Z][a-z]{1,5}[ -]$");
    /** The syllable after a name's middle one. */
    private static final java.util.regex.Pattern KOREAN_NAME_AFTER = java.util.regex.Pattern.compile(
            "^(?: [A-Z][a-z]{1,5}|-[a-z]{1,5})(?![\\p{L}\\p{N}])");
    private static final java.util.regex.Pattern SYLLABLE = java.util.regex.Pattern.compile("[A-Za-z][a-z]{1,4}");

    /**
     * 0.50.12: a cue word that is a syllable of a romanised Korean personal name is no cue ("Kim Song Gwang" held
     * culture's "song", "Pak Song Il" and "Kim Sang Hyok" a singer's "sang"): a word of two to five letters after a
     * surname, as the middle syllable of three or the last after a given syllable. Only hits of that shape are looked at,
     * in the 16 characters before and 7 after them.
     */
    private static List<PhraseMatcher.Hit<Set<String>>> outsidePersonalNames(String text, List<PhraseMatcher.Hit<Set<String>>> hits) {
        List<PhraseMatcher.Hit<Set<String>>> out = null;
        for (int i = 0; i < hits.size(); i++) {
            PhraseMatcher.Hit<Set<String>> h = hits.get(i);
            if (h.start() > 0 && SYLLABLE.matcher(text).region(h.start(), h.end()).matches() && inKoreanName(text, h.start(), h.end())) {
                if (out == null) {
                    out = new ArrayList<>(hits.subList(0, i));
                }
            } else if (out != null) {
                out.add(h);
            }
        }
        return out == null ? hits : out;
    }

    private static boolean inKoreanName(String text, int start, int end) {
        boolean capital = Character.isUpperCase(text.charAt(start));
        if (!capital && text.charAt(start - 1) != '-') {
            return false;
        }
        String before = text.substring(Math.max(0, start - 16), start);
        if (KOREAN_NAME_LAST.matcher(before).find()) {
            return true;
        }
        return capital && KOREAN_NAME_MIDDLE.matcher(before).find()
                && KOREAN_NAME_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 7))).find();
    }

    /** The hits not inside any of the spans ({start, end}); a mask hit is never inside itself or another mask. */
    private static List<PhraseMatcher.Hit<Set<String>>> withoutHitsInside(List<PhraseMatcher.Hit<Set<String>>> hits, List<int[]> spans) {
        return withoutHitsInside(hits, spans, groups -> !groups.contains(MASK));
    }

    /** The hits of the groups {@code dropped} accepts that lie inside one of the spans, left out. */
    private static List<PhraseMatcher.Hit<Set<String>>> withoutHitsInside(List<PhraseMatcher.Hit<Set<String>>> hits, List<int[]> spans,
                                                                         Predicate<Set<String>> dropped) {
        if (spans.isEmpty()) {
            return hits;
        }
        List<PhraseMatcher.Hit<Set<String>>> out = new ArrayList<>(hits.size());
        for (PhraseMatcher.Hit<Set<String>> h : hits) {
            boolean inside = false;
            for (int[] span : spans) {
                if (dropped.test(h.value()) && h.start() >= span[0] && h.end() <= span[1]) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * True when every Russia–DPRK adjacency in the sentence is inside an enumeration that also holds a third
     * country ("Iran, Russia and North Korea"), or one side is named only in such enumerations ("under the sanctions
     * law on Russia, Iran and North Korea, the US punished China for buying Russian arms"): the pair is listed, not
     * reported as interacting.
     */
    static boolean onlyListed(String text, List<Mention> mentions) {
        List<Mention> sides = new ArrayList<>();
        for (Mention m : mentions) {
            if (!m.entity().isMedia()) {
                sides.add(m);
            }
        }
        if ((onlyInLists(text, sides, Party.RUSSIA) || onlyInLists(text, sides, Party.DPRK))) {
            return true;
        }
        int previous = -1;
        for (int k = 0; k < sides.size(); k++) {
            Party party = sides.get(k).entity().party();
            if (party == Party.PAIR) {
                if (pairCompoundListed(text, sides, k)) {
                    continue;
                }
                return false;
            }
            if (party == Party.OTHER) {
                continue;
            }
            if (previous >= 0 && party != sides.get(previous).entity().party()) {
                for (int g = previous; g < k; g++) {
                    if (!listGap(text, sides.get(g).end(), sides.get(g + 1).start())) {
                        return false;
                    }
                }
                boolean thirdBetween = k - previous > 1;
                if (!thirdBetween && !hasThirdCountryInList(text, sides, previous, k)) {
                    return false;
                }
            }
            previous = k;
        }
        return true;
    }

    /**
     * The two's compound name (북러 밀착, 朝露の接近) as one item of a list of threats or issues that an "etc." closes
     * ("북한의 핵 위협과 북러 밀착, 미중 갈등 등 안보 환경", 北朝鮮の核の脅威や朝露の接近、米中対立など): an editorial
     * on something else counting its worries, not a report of what the two did (0.28.2). Another item must be owned by
     * a country (중국의, 北朝鮮の) or be a third country, so "북러, 군사협력 등 논의" (the two discussed cooperation and
     * more) stays their exchange.
     */
    private static boolean pairCompoundListed(String text, List<Mention> sides, int k) {
        Mention pair = sides.get(k);
        int end = Math.min(text.length(), pair.end() + MAX_THREAT_LIST_CHARS);
        int stop = pair.end();
        while (stop < end && !sentenceEnd(text, stop)) {
            stop++;
        }
        String after = text.substring(pair.end(), stop);
        if (after.isEmpty() || ITEM_OPENING_BREAK.matcher(after).lookingAt()) {
            return false;
        }
        java.util.regex.Matcher etc = ETC_MARKER.matcher(after);
        if (!etc.find() || !LIST_SEPARATOR.matcher(after.substring(0, etc.start())).find()) {
            return false;
        }
        int listEnd = pair.end() + etc.start();
        int listStart = Math.max(0, pair.start() - MAX_THREAT_LIST_CHARS);
        for (int j = 0; j < sides.size(); j++) {
            Mention m = sides.get(j);
            if (j == k || m.start() < listStart || m.end() > listEnd) {
                continue;
            }
            String between = m.start() < pair.start() ? text.substring(m.end(), pair.start()) : text.substring(pair.end(), m.start());
            if (CLAUSE_END.matcher(between).find() || !LIST_SEPARATOR.matcher(between).find() && m.start() > pair.start()) {
                continue;
            }
            boolean owner = m.entity().party() != Party.PAIR && OWNER_PARTICLE.matcher(text.substring(m.end())).lookingAt();
            if (thirdCountry(m) || owner) {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_THREAT_LIST_CHARS = 60;
    /** "etc." closing a list: 등 as its own word (갈등 is no 등), など, 等 (not 等待), и т. д., etc. */
    private static final java.util.regex.Pattern ETC_MARKER = java.util.regex.Pattern.compile(
            "\\s등(?=[\\s을를이의에과도만])|など|等(?![待候级級於于同])|и\\s+т\\.\\s*[дп]\\.|etc\\.|and so on|тощо");
    private static final java.util.regex.Pattern LIST_SEPARATOR = java.util.regex.Pattern.compile("[,，、·・]|[와과](?:\\s|$)|[や及和]");
    private static final java.util.regex.Pattern ITEM_OPENING_BREAK = java.util.regex.Pattern.compile("\\s*[,，、]|[은는이가はが]\\s");
    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile("[.!?。！？;；]|다\\s");
    private static final java.util.regex.Pattern OWNER_PARTICLE = java.util.regex.Pattern.compile("(?:의|の|的)");

    /**
     * Every mention of the side stands in an enumeration with a third country ("the sanctions law on Russia, Iran and
     * North Korea"): that side is an item of a list, and the sentence reports nothing it does with the other.
     */
    private static boolean onlyInLists(String text, List<Mention> sides, Party side) {
        boolean any = false;
        for (int k = 0; k < sides.size(); k++) {
            Party party = sides.get(k).entity().party();
            if (party == Party.PAIR) {
                return false;
            }
            if (party != side) {
                continue;
            }
            any = true;
            if (!inEnumeration(text, sides, k)) {
                return false;
            }
        }
        return any;
    }

    /**
     * Mention k is an item of an enumeration holding a third country: three items or more, or two joined by a
     * conjunction ("Iran and Russia"), so that "shells sent to Russia, South Korea says" is no list.
     */
    private static boolean inEnumeration(String text, List<Mention> sides, int k) {
        // a list is read at most MAX_LIST names each side: a page that is one endless list of countries was walked whole
        // for each of its names (the square of the page)
        int first = k;
        while (first > 0 && k - first < MAX_LIST && itemGap(text, sides.get(first - 1).end(), sides.get(first).start())) {
            first--;
        }
        int last = k;
        while (last + 1 < sides.size() && last - k < MAX_LIST && itemGap(text, sides.get(last).end(), sides.get(last + 1).start())
                && !attribution(text, sides.get(last + 1))) {
            last++;
        }
        boolean third = false;
        boolean conjunction = false;
        for (int i = first; i <= last; i++) {
            Entity e = sides.get(i).entity();
            third |= e.party() == Party.OTHER && e.kind().equals("country");
            String gap = i < last ? gapWords(text, sides.get(i).end(), sides.get(i + 1).start()) : "";
            conjunction |= LIST_WORDS.contains(gap) && !gap.equals("the");
            // a middle dot between two names is "and" (중국·러시아, 中国・ロシア), not a comma of syntax; Japanese 、 is the
            // comma of syntax too (韓国、ロシアから…: Seoul, about Russia), so it stays out
            conjunction |= i < last && LIST_DOTS.contains(text.substring(sides.get(i).end(), sides.get(i + 1).start()).strip());
        }
        return third && (last - first >= 2 || conjunction);
    }

    // a third country, not a place named after one: "Russia and North Korea, in the Sea of Japan" lists nothing
    private static boolean hasThirdCountryInList(String text, List<Mention> sides, int i, int j) {
        for (int k = i - 1; k >= 0 && i - k <= MAX_LIST && listGap(text, sides.get(k).end(), sides.get(k + 1).start()); k--) {
            if (thirdCountry(sides.get(k))) {
                return true;
            }
        }
        for (int k = j + 1; k < sides.size() && k - j <= MAX_LIST && listGap(text, sides.get(k - 1).end(), sides.get(k).start())
                && !attribution(text, sides.get(k)); k++) {
            if (thirdCountry(sides.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name that opens the wire's closing attribution ("… held a joint naval exercise by Russia and North Korea, South
     * Korea's defence ministry said."): the country that says so, after the sentence's last comma, is no item of the
     * names before it (0.28.0; probes-s28: a drill reported by Seoul read as a list of three countries, so not relevant).
     * English puts the speaker there; Russian, Ukrainian and German put the verb first (", заявили в Сеуле"), and Korean,
     * Japanese and Chinese the speaker before the verb at the end, so no list gap reaches their speaker.
     */
    private static boolean attribution(String text, Mention m) {
        int end = Math.min(text.length(), m.end() + MAX_ATTRIBUTION_CHARS);
        int stop = m.end();
        while (stop < end && !sentenceEnd(text, stop)) {
            stop++;
        }
        return (stop < end || end == text.length()) && ATTRIBUTION_TAIL.matcher(text.substring(m.end(), stop)).matches();
    }

    private static final int MAX_ATTRIBUTION_CHARS = 80;
    /** The rest of the sentence after the speaker's name: its noun phrase ('s defence ministry, officials), a verb of saying. */
    private static final java.util.regex.Pattern ATTRIBUTION_TAIL = java.util.regex.Pattern.compile(
            "(?:'s|’s|n)?(?:\\s+[\\p{L}'’-]+){0,5}?\\s+(?:said|says|reported|reports|told reporters|announced|added|stated|confirmed|claimed)"
                    + "(?:\\s+(?:on|in|last|this|late|early)\\s+[\\p{L}\\d]+(?:\\s+[\\p{L}\\d]+)?)?\\s*[.!?]?");

    private static boolean thirdCountry(Mention m) {
        return m.entity().party() == Party.OTHER && m.entity().kind().equals("country");
    }

    /** Names read each side of a name in a list; longer lists than any news sentence holds are read in windows. */
    static final int MAX_LIST = 32;
    private static final Set<String> LIST_WORDS = Set.of("and", "or", "as well as", "и", "или", "а также", "і", "та", "або",
            "а також", "및", "와", "과", "그리고", "und", "oder", "sowie", "the", "和", "与", "與", "及", "以及", "或", "や", "と", "および",
            "及び");
    /** Korean genitive particle, a list gap like "'s" ("북한의 러시아 파병" is no exchange verb between them). */
    private static final String KOREAN_GENITIVE = "의";

    /**
     * The gap between two items of an enumeration: list punctuation and conjunctions, or a possessive's own noun phrase
     * before them ("China's military build-up, North Korea's missile programme and Russia's war": a white paper's list
     * of threats, each country owning one item, read as North Korean missiles in Russia's war). Only for enumerations
     * with a third country (inEnumeration), where three items are needed, since the phrase's words are not read.
     */
    private static boolean itemGap(String text, int from, int to) {
        if (listGap(text, from, to)) {
            return true;
        }
        if (to < from || to - from > 48) {
            return false;
        }
        // a stem name ("North Korea*") takes its possessive into the mention
        boolean possessed = from >= 2 && (text.startsWith("'s", from - 2) || text.startsWith("’s", from - 2));
        String gap = text.substring(from, to);
        // Russian and Ukrainian put the owner after the item, in the genitive ("наращивание мощи Китая, ракетную
        // программу КНДР и действия России"): a separator, then the next item's few words before its owner
        if (GENITIVE_ITEM.matcher(gap).matches() && genitiveOwner(text, to)) {
            return true;
        }
        java.util.regex.Matcher m = POSSESSIVE_ITEM.matcher((possessed ? "'s" : "") + gap);
        if (!m.matches()) {
            // 0.37.0: an English item headed by a country's adjective ("Iranian drone network, North Korean IT workers and
            // Russian oil traders"), its noun phrase, then a comma or a conjunction and an article or a count
            return !possessed && demonymItem(text, from, to);
        }
        String phrase = m.group(1).strip();
        // unspaced scripts have no words to count: a short phrase without a particle of a clause (ロシアと北朝鮮の艦艇が
        // 演習を始めた際、日本は… is a clause, not an item)
        return unspaced(phrase.charAt(0)) ? phrase.length() <= 10 && !CLAUSE_PARTICLES.matcher(phrase).find()
                : phrase.split("\\s+").length <= 5;
    }

    private static final java.util.regex.Pattern CLAUSE_PARTICLES = java.util.regex.Pattern.compile(
            "[がはをにでへもて際時时了在是将將被把]|[이가은는을를에로도](?:\\s|$)");

    /**
     * A comma or conjunction, then one to four Cyrillic words, the first no preposition: the head of an item whose owner
     * follows in the genitive (", по данным разведки Южной Кореи" is a source, not an item).
     */
    private static final java.util.regex.Pattern GENITIVE_ITEM = java.util.regex.Pattern.compile(
            "\\s*(?:[,;]\\s*(?:(?:и|или|а также|і|та|або|а також)\\s+)?|(?:и|или|а также|і|та|або|а також)\\s+)"
                    + "(?!(?:по|в|во|на|с|со|для|от|к|ко|о|об|из|за|при|у|через|между|после|до|против|под|над|без|согласно"
                    + "|від|з|із|зі|про|після|між|проти|без)\\s)(?:[\\p{IsCyrillic}-]+\\s+){1,4}");

    /**
     * Does the name at {@code at} read as a genitive owner: a Cyrillic word ending as the genitive of a country's name
     * or its adjective does (Китая, России, Кореи, Китаю, Северной), or an acronym (КНДР, США), not an adjective of
     * the nominative ("российские технологии")?
     */
    private static boolean genitiveOwner(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end - at < 2) {
            return false;
        }
        String word = text.substring(at, end);
        if (word.chars().allMatch(Character::isUpperCase)) {
            return true;
        }
        char last = Character.toLowerCase(word.charAt(end - at - 1));
        return "аяиыюї".indexOf(last) >= 0 || word.endsWith("ой") || word.endsWith("ої");
    }

    /**
     * Whether {@code text[from, to)} is the rest of an item headed by a country's adjective: a stem name ends where its
     * stem does ("North Korea|n"), so the adjective's ending is read on first.
     */
    private static boolean demonymItem(String text, int from, int to) {
        int end = from;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return DEMONYM_BEFORE.matcher(text.substring(Math.max(0, end - MAX_DEMONYM_CHARS), end)).find()
                && DEMONYM_ITEM.matcher(text.substring(end, to)).matches();
    }

    private static final int MAX_DEMONYM_CHARS = 16;
    /** A capitalised English word ending as a country's adjective does (Russian, North Korean, Iranian, Chinese). */
    private static final java.util.regex.Pattern DEMONYM_BEFORE = java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{L}*(?:an|ese)$");
    /**
     * The rest of an item after its country's adjective: one to four words (no clause break, no quote), a comma or a
     * conjunction, then at most an article, a count or "a group of" before the next item's adjective.
     */
    private static final java.util.regex.Pattern DEMONYM_ITEM = java.util.regex.Pattern.compile(
            "\\s+(?:[\\p{L}\\d'’-]+\\s+){0,3}[\\p{L}\\d'’-]+\\s*(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or|as well as)\\s+)"
                    + "(?:(?:a|an|the|some|several|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:(?:group|network|number|team|pair) of\\s+)?)?");

    /** A possessive ('s, 의, の, 的), its noun phrase (no clause break, no quote), then a comma or a conjunction. */
    private static final java.util.regex.Pattern POSSESSIVE_ITEM = java.util.regex.Pattern.compile(
            "(?:'s|’s|의|の|的)\\s*([^,;:.!?()，、。；：\"“”«»]{1,40}?)\\s*"
                    + "(?:[,，、]\\s*(?:(?:and|or)\\s+)?|(?:and|or|as well as)\\s+|및\\s*|[와과和与及やと]\\s*)");

    /** Is the text between two mentions nothing but list punctuation and conjunctions? */
    private static boolean listGap(String text, int from, int to) {
        if (to < from || to - from > 14) {
            return false;
        }
        String gap = gapWords(text, from, to);
        return gap.isEmpty() || LIST_WORDS.contains(gap) || gap.equals("'s") || gap.equals("’s") || gap.equals(KOREAN_GENITIVE);
    }

    /**
     * The words between two mentions, list punctuation dropped; a stem mention's ending is not part of it. Only
     * alphabets inflect a stem ("Росси|и"): Han, kana and Hangul names match whole, so what follows them (向, が, 에) is
     * a word of the gap, not an ending, and "俄罗斯向朝鲜" is no list.
     */
    private static String gapWords(String text, int from, int to) {
        while (from < to && Character.isLetter(text.charAt(from)) && !unspaced(text.charAt(from))) {
            from++;
        }
        return ListPunctuation.collapse(text, from, Math.max(from, to)).strip().toLowerCase();
    }

    /** Scripts written without spaces between words, whose gazetteer names match without word boundaries. */
    private static boolean unspaced(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /**
     * "Russian news agency TASS", "러시아 타스 통신": the country word belongs to the outlet, not to a Russian actor. A
     * country that ends its clause before the outlet's credit ("a course in Russia, TASS reported") is the clause's own.
     */
    private static List<Mention> dropOutletCountries(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.entity().kind().equals("country") && i + 1 < mentions.size()) {
                Mention next = mentions.get(i + 1);
                if (next.entity().isMedia() && next.entity().party() == m.entity().party() && next.start() - m.end() <= 24
                        && !CLAUSE_BREAK.matcher(text.substring(m.end(), Math.max(m.end(), next.start()))).find()
                        && !REPORTED_CLAUSE.matcher(text.substring(m.end(), Math.max(m.end(), next.start()))).find()) {
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[,;:.!?()，、。；：]");
    /**
     * Korean and Japanese end the reported clause without a comma: a quotative (방문했다고, 訪問したと) or an object
     * particle (공장을, 工場を) between a country and the outlet's credit puts the country in the clause, not in the
     * outlet's name ("북한의 … 공장을 방문했다고 조선중앙통신이").
     */
    private static final java.util.regex.Pattern REPORTED_CLAUSE = java.util.regex.Pattern.compile(
            "(?:다고|라고|냐고|자고|[을를])(?:\\s|$)|を|[たいだ]と");

    private static List<Actor> actors(List<Mention> mentions) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Entity e = m.entity();
            if (e.party() == Party.RUSSIA || e.party() == Party.DPRK) {
                actors.putIfAbsent(e.name(), new Actor(e.name(), e.party().side(), e.kind()));
            }
        }
        return List.copyOf(actors.values());
    }

    private static String clip(String s) {
        String t = s.strip();
        return t.length() <= MAX_EVIDENCE_CHARS ? t : t.substring(0, MAX_EVIDENCE_CHARS - 1) + "…";
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
