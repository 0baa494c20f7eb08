package dev.tumen.classifier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.classifier.extract.bench.ExtractionScore;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One page per class of extraction failure seen on real pages, written for this test in the shape of the CMSs that
 * produce it (own markup and words): {@code src/test/resources/extract/fixtures/NAME.html}, with the article body
 * expected from it in {@code NAME.txt}, paragraphs separated by a blank line.
 */
class ExtractionFixturesTest {
    private static final Extractor EXTRACTOR = new Extractor();

    @ParameterizedTest
    @ValueSource(strings = {
        // furniture words on the article's own wrappers
        "drupal-label-hidden", // field--label-hidden, node--promoted
        "page-builder-widgets", // elementor-widget-* around the text; text split over several widgets
        // session 46 (issue 14, --mutate builder): a story set one paragraph a grid cell, each cell named as a bare widget
        "en-siteorigin-panel-widget-per-paragraph", // SiteOrigin's panel-grid > so-panel widget, an author's box longer than each (that box, P 0 R 0)
        "de-grid-row-cms-widget-per-paragraph", // row > col-12 > cms-widget, the editor's bio in a row of its own (the bio, P 0 R 0)
        "ru-section-row-widget-text-per-paragraph", // section-row > section-col > widget js-widget, a newsletter promo (the promo, P 0 R 0)
        "ko-doz-row-widget-text-per-paragraph", // Imweb-like doz_row > widget text, the paper's blurb in a widget alike (the blurb, P 0 R 0)
        "ja-l-row-c-widget-per-paragraph", // l-row > l-col > c-widget, the writer's box in a row alike (that box, P 0 R 0)
        "uk-grid-row-widget-block-heading-cell", // grid__row > widget-block, a subhead in a cell of its own, a cell of two paragraphs (subhead lost, R 0.94)
        "en-text-widgets-alike-sidebar-column-guard", // bare text widgets built alike in the column beside the headline's story (guard)
        "de-widget-sidebar-recent-tags-newsletter-guard", // a sidebar of widgets in rows: recent posts, tags, newsletter box (guard)
        "zh-footer-row-widget-text-cells-guard", // a footer's row of three text widgets longer than a short story (guard)
        // session 50 (--mutate builder, 8267acacb9): the story's box named for its text and for an image viewer's hook
        // ("article__body article-overlay-handle"), which made it and every cell in it an overlay
        "en-article-body-overlay-handle-widget-per-paragraph", // row > col > widget > text a paragraph (the author's contact line and the footer, P 0 R 0)
        "de-entry-content-wp-lightbox-container-panel-widget-per-paragraph", // SiteOrigin panels in "entry-content wp-lightbox-container" (the author's box, P 0 R 0)
        "ko-news-body-lightbox-wrap-widget-per-paragraph", // doz_row > widget text in "news_body js-lightbox-wrap" (the paper's blurb, P 0 R 0)
        "en-entry-content-lightbox-short-story-beside-popup-maker", // a two-paragraph story so named beside a Popup Maker overlay (the overlay's first line)
        "en-modal-post-content-newsletter-beside-story-guard", // a Bootstrap modal whose box is named "modal-content post-content" (guard)
        "share-on-entry", // "share" on the entry div, overflow-hidden wrappers, prose in related and author boxes
        "forum-comment-classes", // a forum post carrying comment and reply classes
        "forum-long-reply", // the opening post and its author's follow-up, not the longer answer below
        // class words counted after structure
        "plain-article-page-content-footer", // an unnamed <article> and a longer-named "page-content" about box in the footer
        "wp-featured-excerpts", // a featured slider of entry-content excerpts above the post's own entry-content
        "microdata-body-over-talkback", // itemprop=articleBody beside a longer readers' thread without comment classes
        // the article split apart
        "interleaved-recommendations", // paragraphs between huge playlist and more-stories blocks in one parent
        "sibling-sections", // several sibling section groups with ads and a related box between them
        "cousin-sections", // parts in separate wrappers two levels apart, one beside a heavy more-stories box
        // session 45 (issue 14, "only one group survives"): a story split by its template into groups built alike
        "en-story-blocks-ad-slots-related-line-in-block", // three blocks between ad slots, a related line in one (that block dropped, R 0.74)
        "ru-article-text-groups-factbox-longer-than-each", // three groups of two paragraphs, a fact box of four beside them (the box alone, R 0.44)
        "ko-news-txt-groups-video-embed-byline-in-last", // the first group one wrapper deeper, a video between, a byline in the last (last dropped, R 0.87)
        "ja-blog-entry-parts-short-lines-video-between", // an opening group of short lines, a video between parts (opening dropped, R 0.83)
        "zh-news-content-parts-related-box-author-line", // a related-reading box between parts, a related line and an author line in two (R 0.50)
        "de-text-blocks-newsletter-box-lesen-sie-auch", // a newsletter box between blocks, a "Lesen Sie auch" link, a short last block (R 0.90)
        "uk-news-text-parts-video-ad-caption-in-part", // a video and an ad between parts, a photo credit in one (R 0.62)
        "en-story-blocks-more-from-author-block-guard", // a block built alike after the story: "More from this author" teasers (guard)
        "ru-story-parts-comments-part-alike-guard", // a part built alike after the story holding readers' signed replies (guard)
        "ko-front-page-lead-story-next-story-teaser-guard", // a front page: the lead story, then a box built alike with the next story's teaser (guard)
        // the body in an unusual place
        "noscript-only-body", // a script-rendered page whose only text is in <noscript>
        "aside-only-body", // a long read laid out as an <aside>
        "hidden-wrapper-until-script", // the whole page display:none until a script shows it
        "jsonld-body-only", // an app shell: the body only in JSON-LD articleBody
        "jsonld-paywall-teaser", // the markup shows the opening, the JSON-LD body (not free to read) the whole
        "jsonld-body-elsewhere", // a longer reader-letters box beside the article; the JSON-LD body says which is which
        // hidden text
        "hidden-popup", // a newsletter modal with more text than the post, an aria-hidden overlay, a display:none mat
        // short lines that are content
        "recipe-ingredients", // an ingredients list and method steps
        "product-specifications", // a specifications table and a verdict list
        // page kinds the rules were not written on (issue 14, second round)
        "ja-short-paragraphs", // a Japanese story of one-sentence paragraphs, none 40 characters long
        "zh-short-paragraphs", // the same in Chinese, one sentence ending in a full-width exclamation mark
        "class-hidden-optin-popup", // an opt-in box hidden by a script library's class (mfp-hide), a position:fixed consent bar
        "noscript-body-beside-footer-blurb", // the body only in <noscript>, the visible page only a footer blurb
        "mail-archive-pre", // a mailing-list archive: the message in <pre>, its line and paragraph breaks kept
        "table-layout", // a table layout: navigation and article in cells of one row
        "video-page-description", // a video page with no text but its headline: the page's own description
        "unnamed-comment-thread", // a comment list without comment classes, twice the article's length (German)
        "phpbb-thread", // forum posts without comment classes, the longest one an answer: the opening post
        "divi-text-modules", // Divi et_pb_text modules split by an image module, a social-follow module after them
        "amp-article", // an AMP page: amp-sidebar menu, amp-ad between paragraphs, amp-list of related stories
        "wprm-recipe-card", // a recipe card after the story: ingredient and step lists under headings named "header"
        "list-article", // an article that is a list of short items, an "about us" paragraph in the column beside it
        "ru-div-per-paragraph", // one div a paragraph, inline related links and a photo caption without figcaption between
        "blogger-post", // Blogger: <br> paragraphs in post-body, share buttons, a comment block and an "About me" profile
        "medium-like", // generated class names, the body split by a full-width figure, "More from" teasers after it
        "discourse-crawler", // Discourse's crawler view: replies carry itemprop=comment, no comment classes
        "list-article-long-about", // the list article again, the "about" paragraph beside it longer than its prose
        "ko-news-inline-related", // a Korean story with a related-links box between paragraphs and a reporter line
        "product-dl-tabs", // a product page: description, a <dl> of specifications in tab panels, customer reviews
        // the fallback ladder: no empty output on a page with text (issue 14, third round)
        "nextjs-state-only", // a Next.js shell: the story only in __NEXT_DATA__, beside related stories' summaries
        "nuxt-state-html-body", // a Nuxt shell: the body as markup in window.__NUXT__, an inline "read also" link, a comment
        "frameset-noframes", // a frameset site: the text only in <noframes>
        "template-shell", // a custom-element app: the story in a <template>, a login form in another
        "short-line-poem", // a poem: short lines only, none of them prose (Russian)
        "jsonld-video-description", // a video page: the description only in JSON-LD VideoObject inside @graph
        "consent-box-over-list-page", // a page that is a list of opening hours; the only prose is a cookie box (Borlabs, German)
        "ko-portal-br-story", // a Korean portal's story: <br> lines, an inline photo box with its caption, the reporter's address
        "zh-portal-editor-line", // a Chinese portal's story: full-width indents, the responsible editor's line, related news
        // page kinds of the hidden set's "many kinds and languages" (issue 14, fourth round)
        "gutenberg-blocks", // WordPress block theme: headings, list, table, quote; newsletter, Jetpack related, bio, comments in <main>
        "ghost-post", // Ghost: callout card kept, bookmark card, subscribe CTA and read-more cards left out
        "substack-post", // Substack: an inline subscription widget with prose, a subscribe footer, the discussion
        "docs-page-code", // a docs page: sidebar menu, code blocks, options table, admonition, pager and table of contents
        "live-blog", // a live blog: every entry a sibling <article>, an ad slot between them
        "ar-news-rtl", // Arabic, right to left: an inline "read also" box, tags, share box, related news with summaries
        "wechat-sections", // a WeChat post: one <section> a paragraph, "- END -", credit line and "read the original" after it
        "naver-blog-se", // a Naver blog (SmartEditor): short <p> lines in text components split by an image component
        "main-no-article", // a council page: the body in <main>, no <article>, a mega menu with prose, an "about" footer
        "news-inline-cards-bio", // a newsletter box and a "read more" card between paragraphs, author bio, comments
        "interview-short-questions", // an interview: one-line questions and a three-word answer among long answers
        "hi-news-short", // a Hindi story of one-sentence paragraphs ending in the danda, an "about us" box beside it
        "th-news", // a Thai story: no sentence-end punctuation, paragraphs under 100 characters (came back as the sidebar)
        "mediawiki-article", // a wiki article: infobox, contents box, [edit] links in headings, references, navbox
        "id-news-baca-juga", // Indonesian: "Baca juga" links between paragraphs, a channel promo in a box named "komentar"
        "reddit-like-thread", // a link-aggregator thread: the self post is the article, the comment tree is not
        "press-release", // a wire press release: dateline, "About" and media contact blocks (the contact's bare address goes)
        "es-news-te-puede-interesar", // Spanish: a "Te puede interesar" heading in the story's column, teaser cards after it
        "fr-news-lire-aussi", // French: a box headed "Dans la même rubrique" between paragraphs, "Sur le même sujet" after
        "shopify-product", // a Shopify product: description with a list, variant form, recommendations, reviews, mailing list
        "anchor-headings", // subheads that link to themselves (<h2 id=x><a href=#x>), a table of contents before them
        "photo-gallery-captions", // a gallery: the story told in its figcaptions under a one-line intro
        "de-news-anzeige", // German: an empty ad slot named "anzeige" with its label, a "Mehr zum Thema" link line
        "ja-news-portal", // a Japanese portal's <br> story ending in "【関連記事】" and its links
        // <br><br> paragraph breaks, datelines and link lines (issue 14, fifth round)
        "oldschool-font-br", // a table layout of <font> and <br>, a "« Back to Parish News" line under the story
        "ja-blog-ameblo", // an Ameba blog's <br> lines, <br><br> between its paragraphs
        "aspnet-form-page", // an ASP.NET page inside its <form>, a dd/mm/yyyy date line opening the story's lines
        // interviews, datelines, boxes headed in the hidden set's languages (issue 14, fifth round)
        "ru-bitrix-interview", // Bitrix: bold "— question?" lines, a "— Да." answer, a share box, "« Назад к списку новостей"
        "ko-qa-portal", // a Korean portal's Q./A. <br> lines, a date line opening them, a display:none subscription layer
        "uk-news-split-groups", // Ukrainian: the story in three post-text groups split by an ad and a "Вас може зацікавити" box
        "zh-news-info-line", // Chinese: the date line again inside the body, a 相关阅读 box mid-story, the editor's line
        "ja-interview-info-table", // Japanese (Cocoon theme): ―― questions as <h3>, a shop-info table of short rows, a hidden popup
        "de-drupal-paragraphs", // Drupal paragraphs: text paragraphs around a "Mehr aus der Region" teaser paragraph, a fare list
        "en-faq-details", // a government FAQ: <details>/<summary> questions, a "No." answer, a list answer, a side menu
        "ko-interleaved-br-recommend", // a Korean story's <br> text between a recommended-news box and an ad in one parent
        "ru-phone-review-specs", // a Russian review: specification lines as short <p>, subheads, a comment block after it
        "en-vbulletin-post", // vBulletin: a <br><br> post in a table layout, its signature after the "____" rule, a reply
        "de-interview-strong", // a German interview: bold questions, "Außer sonntags." as an answer, an inline "Auch interessant" teaser
        "zh-wechat-like-hidden-copy", // a WeChat-style post whose body is visibility:hidden until a script shows it
        "ko-layer-viewer", // a Korean portal's article viewer: a role=dialog layer over the board list (came back as the side blurb)
        "uk-noscript-loading", // a Ukrainian app shell: the story in <noscript>, a little longer than the footer's blurb (came back as it)
        "ru-aside-longread", // a Russian long read laid out as an <aside> (guard)
        // Q&A pages, feeds of whole stories, embedded posts (issue 14, sixth round)
        "qa-page-answers", // a Q&A site (schema.org Question/Answer): the question and its answers, not the comments or votes
        "ru-next-article-feed", // an endless news page: the next two stories already loaded as <article>s built like this one (h2, h1)
        "news-embedded-tweets", // WordPress: embedded tweets (their signature lines kept), an inline "Read also" line
        "ko-wire-story", // a Korean wire story: its dateline paragraph styled txt-copyright, a photo, a related box, the closing lines
        "print-version", // a print version: the headline as <h2> beside a "(print version)" title, a "Source URL:" line
        "short-brief-related-cards", // a one-paragraph brief over "More news" <article> cards with summaries (guard)
        "uk-news-read-also-embed", // Ukrainian: "Читайте також" line and box, an embedded Telegram post with its signature (guard)
        "de-news-inline-gallery", // German: an inline slider of captioned photos and an ad between paragraphs, a standfirst in the header
        "ja-news-broadcaster", // Japanese broadcaster: summary section above the body sections, subhead, related list (guard)
        "zh-news-agency", // Chinese news agency: full-width indents, 【纠错】 and 【责任编辑】 lines, related news (guard)
        "ko-qa-jsonld", // a Korean Q&A site declared a QAPage in JSON-LD only: the question and both answers, not the comment
        "ru-gov-press-release", // a regional government's release: lead box, a "Документы" subhead over attached files at the end
        "uk-next-story-divs", // an endless page built of divs: next stories with an h2 headline and a date written as text
        "de-liveticker-divs", // a live ticker built of divs: stamped entries, an ad between them, "LIVE" and ticker chrome
        "ru-qa-single-answer", // a QAPage in JSON-LD only with a single answer: the question and the answer
        // comments, Q&A pages and boxes the rules did not read by structure (issue 14, eighth round)
        "ru-news-unsigned-comments", // readers' comments signed only "Гость" in a bare <b>, no comment classes, a reply form
        "de-news-reader-comments-closed", // readers' comments, a name in <strong> beside a date, no classes, comments closed (no form)
        "uk-news-inline-card", // a card for another story between the paragraphs: linked headline and a summary without links
        "elementor-sections-apart", // Elementor: the text in two sections six wrappers apart, a gallery and a signup between (guard)
        "ja-qa-undeclared", // a Japanese Q&A site without schema markup: question and answers in one template, a user card on each
        "en-qa-undeclared-short-question", // the same in English, the question shorter than the first answer, a reply form
        "ko-short-paragraphs", // a Korean story of one-sentence paragraphs of 20-35 characters, an "about" blurb beside it
        "en-link-digest", // a blog's weekly links: a list of links, each with the writer's own words after it, is the article
        "ru-digest-paragraphs", // the same written as paragraphs, each opening with its link (Russian)
        "bootstrap-rows-split", // the story in two rows of columns, a full-width ad row between, a link list beside each part (guard)
        // CMS shapes and right-to-left scripts no fixture had (issue 14, ninth round)
        "xenforo-thread", // XenForo: a user cell beside each post's message cell, the longest post a reply (came back as the whole thread)
        "tasty-recipes-card", // a Tasty Recipes card: "Ingredients"/"Instructions" in boxes named *-header (both dropped), ads between the story's paragraphs
        "sphinx-docs", // Sphinx: "¶" permalink marks in the subheads, an API <dl>, a note, a sidebar blurb and search box (its h1's "¶" titled it too until round thirty-six)
        "he-news-draftjs", // Hebrew: Draft.js blocks a paragraph, an ad between them, related slots and talkbacks (guard)
        "fa-news-agency", // Persian: a lead box, a "بیشتر بخوانید" line, tags, short link, related news, a comment form (guard)
        "mailchimp-campaign", // a newsletter's web copy: text blocks in nested tables between image, divider and button blocks (guard)
        "zh-discuz-thread", // Discuz!: posts as tables, the author's cell beside the message, a longer question as the first reply (guard)
        "de-news-parts-classes", // German: intro, body and paid part each in a wrapper of its own class, an ad and a box between (guard)
        "ko-tistory-post", // a Tistory blog: short one-sentence lines, empty spacer lines, a category box of links, comments (guard)
        "ru-news-comments-signed-below", // readers' comments without classes, each signed under its text ("Ольга · 12.03.2026, 10:14"), no form
        "woocommerce-product", // WooCommerce: the short description in the summary box beside the headline, the description tab, hidden tabs
        "mkdocs-material", // MkDocs Material: nav and toc sidebars, "¶" marks, an admonition, a settings table, steps, prev/next footer (guard)
        "ru-livejournal-post", // LiveJournal: a <br><br> post, tags, prev/next links, a comment tree with the author's own reply (guard)
        "ja-news-ruby", // a Japanese easy-news page: furigana in <ruby>/<rt> (every word a block of its own, the readings kept: F1 0)
        "ru-word-export-page", // a page saved from Word: <o:p> and <st1:…> smart tags inside the paragraphs (each split in three)
        "custom-inline-elements", // custom elements in running text (<glossary-term>, <time-stamp>) split the paragraphs apart
        "en-faq-accordion", // a Bootstrap accordion: each question a <button> in its heading (dropped), a "Was this page helpful?" box
        "docusaurus-doc", // Docusaurus: subheads named anchorWithStickyNavbar (navbar: dropped), a code block beside its copy button
        "github-readme", // a repository page: the README beside the file list, the "About" blurb and the header's counters (guard)
        "ips-forum-topic", // Invision Community: the author pane in an <aside>, the longer post a reply, a sign-in teaser (guard)
        "listicle-linked-heads", // a list article whose numbered subheads each link to the place they name (all dropped as link lines)
        "ko-board-post", // a Korean community board: one-line paragraphs, replies signed by a "nick" class under a "reply" list, a form (guard)
        // deep nesting and the weak classes left after session 11 (issue 14, tenth round)
        "de-verein-unclosed-divs", // an old CMS that never closes its <div class="text">: each paragraph one level deeper (the first lost)
        "recipe-blog-times", // a recipe card's prep, cook and total times in boxes named "*-time" (dropped: "time" names a date box)
        "prestashop-product-undeclared", // a shop page declaring no product: its short description beside the cart form and a data sheet tab (R 0.66)
        "ru-news-comments-count-header", // unsigned comments (no name, no date, no form), each closing with "Ответить"; headed "Комментарии (4)" (P 0.35)
        "en-qa-question-own-template", // an undeclared Q&A page whose question (text box, "asked by" line) is built otherwise than its answers (R 0.22: the question alone)
        "de-news-question-headline-comments", // a brief under a headline that asks, a signed readers' comment longer than it (guard)
        "en-council-notice-side-card", // a council notice of a table, a list and short paragraphs; a "Report a missed bin" card in the next column (P 0.70)
        // the weak classes left after session 12 (issue 14, eleventh round)
        "en-news-comments-reply-links", // unsigned comments as <li>s under no header, each closing with "Reply · Report", no form (all kept)
        "uk-news-comments-time-below", // unsigned comments each closing with a time alone ("вчора о 18:42"), one longer than the brief (F1 0)
        "en-qa-topic-title-unscored", // an undeclared Q&A page, its title stating the topic, unscored answers under "3 Answers" (the question alone)
        "ja-qa-topic-title-counted", // the same in Japanese under "回答（3件）", the question longer than each answer (the question alone)
        "uk-shop-product-buy-button", // a shop page declaring nothing, a script's "Купити" button and no cart form: the short description beside the price (dropped)
        "en-catalogue-request-quote", // a Magento catalogue page, "Request a quote" and no cart form; tab titles between the panels (short description and specifications dropped)
        "en-news-inread-card-boxes", // two boxes of recommendation cards (linked headline, summary) between the story's paragraphs (P 0.52: the summaries kept)
        "de-recipe-div-ingredients", // a recipe whose ingredients are divs of two spans beside the steps, no list markup (guard)
        "en-guide-sections-back-to-top", // a council guide's parts built alike, each closing with "Back to top", one anchored id="time" (dropped as a date box)
        "en-liveblog-stamps-below", // a live blog whose entries close with "14:05 · Share" under a one-paragraph standfirst (guard: not readers' comments)
        // page kinds and short lines checked in session 14 (issue 14, twelfth round)
        "en-changelog-release-notes", // release notes: each version's subhead dates it ("2.4.0 (12 November 2026)"; dropped as a dateline)
        "en-job-posting-lists", // a job posting: three lists of short items under subheads, an apply box and other openings (guard)
        "en-manufacturer-product-no-price", // a maker's product page, no price and no cart: intro, features list, specifications (guard)
        "en-blog-comments-in-article", // readers' comments inside the post's own <article> under "4 thoughts on “…”", a reply form (guard)
        "en-popover-signup-short-post", // a two-paragraph notice beside a longer signup in a popover and a closed <dialog> (guard)
        "ko-recipe-blog-ingredients", // a Korean recipe blog (Tistory): ingredients of a few syllables each, numbered steps (guard)
        "zh-press-release-contact", // a Chinese company's release: full-width indents, "关于" and media contact lines, prev/next links (guard)
        "unclosed-nav-wraps-page", // a church notice after a <nav> never closed: the parser puts the whole page in it (came back empty)
        "ja-bbs-dl-thread", // a 2channel-style board: the thread one <dl>, each <dd> post under a <dt> "1 ：名無しさん：date ID" line (all posts kept)
        "de-vereins-termine-dl", // a club's event page: date, time and place as a <dl> over the text (the date dropped as a dateline)
        "bilingual-release-en-zh", // a notice in English and Chinese, one box each under a two-language headline (guard)
        "en-qa-no-count-accepted", // an undeclared Q&A page, no count, no "?" title: question and answers in q-item-*/a-item-* boxes (the question alone)
        "ru-qa-prefixed-templates", // the same in Russian, BEM-named question__post-text / answer__post-text (the question alone)
        "en-blog-comments-prefixed-templates", // a blog post__entry-text over comment__entry-text comments signed alike (guard: not Q&A)
        "en-longread-chapters-signup", // chapters of one paragraph each, a newsletter pitch longer than any of them over an e-mail form between (kept)
        "en-blocks-interleaved-teasers", // one-paragraph text blocks between boxes of four teaser cards and a video block in one parent (guard)
        "en-liveblog-two-reporters", // a live blog signed by two reporters, <time datetime> newest first, a standfirst (read as a thread: the first entry)
        "de-news-comments-newest-first", // readers' comments signed and stamped newest first under a two-paragraph story (guard: still comments)
        // session 15 (issue 14, thirteenth round)
        "en-photo-story-figcaptions-only", // a photo story told in two <figcaption>s, nothing else but a footer's line (gave the footer)
        "ja-bbs-op-followups-id", // a 2channel-style board whose opening poster adds a post after a reply, the same ID on its head (the first post alone)
        "en-qa-replies-votes-signed-below", // an undeclared Q&A page, answers in a "replies" list, each under its votes and over "answered by <a>name</a> date" (the question alone)
        "de-qa-scored-posts-signed-below", // the same in German with names that say nothing, each answer under its score (the "2 Antworten" line and the scores kept)
        "fr-recipe-aside-ingredients", // a recipe's ingredients in an <aside> inside its <article>, beside a pull quote and a related box in asides (ingredients dropped)
        "en-gov-notice-table-footer-row", // a notice in a table layout whose last row is a footer menu without links, "A · B · C" (kept after the notice)
        "ru-news-comments-handles-digits", // readers' comments signed below by handles with digits ("ivan1985 · 12.11.2026 10:14") under a two-paragraph story (kept)
        // session 16 (issue 14, fourteenth round)
        "de-news-div-aside-factbox", // a fact box <aside> between a div-built story's paragraphs, no <article> (dropped); a sidebar aside without links beside it
        "ru-news-comments-handles-leading-digits", // comments signed below by handles with digits in front ("77olaf", "2kostya"), one by "k7" (kept)
        // session 18 (issue 14, fifteenth round)
        "fr-news-consent-wall-unnamed", // a consent wall of three paragraphs after the footer, no dialog markup, no name the rules know (gave the wall, F1 0)
        "en-news-split-body-toolbar", // the story's opening in the headline's box, the rest in the next box over share and print buttons (guard)
        // session 19 (issue 14, sixteenth round)
        "en-product-single-review", // a product page's only review, its head "★★★★☆ name date" over its text (kept: one post is no run)
        "en-news-iframe-srcdoc", // the story in an iframe srcdoc, the visible page a menu and a blurb in a div at the foot (gave the blurb)
        "en-council-results-table", // a results table between two short paragraphs of a council page (the last, "Turnout: 31.4%", dropped)
        "en-listicle-photo-items", // a list article's items, each a section of a subhead, a photo and one short line (the lines dropped as captions)
        "en-docs-options-table-footer", // a docs page of a one-line intro, an options table and code, prose only in its footer (gave the footer)
        "en-release-notes-versions-pre", // a release page: versions built alike under its h1, each a subhead over notes in <pre> (the first alone)
        "ru-review-spec-spans", // a review's specifications as rows of two classed spans side by side, no space between ("Объём1,7 л")
        "en-recipe-jsonld-shell", // a script-rendered recipe: ingredients and steps only in its JSON-LD Recipe (gave the one-line description)
        "ko-faq-jsonld-shell", // a script-rendered FAQ: questions and answers only in its JSON-LD FAQPage (gave the one-line og:description)
        "en-news-media-comments", // "6 comments" over Bootstrap media boxes (a name and date in an h5, a paragraph) in the story's column (all kept)
        "de-page-in-label", // a page wrapped whole in a <label>, which every reading drops (came back empty)
        // session 20 (issue 14, seventeenth round)
        "zh-review-spec-spans", // a Chinese review's specifications as rows of two classed spans ("重量98克": no space in that script)
        "ja-product-spec-spans", // the same in a Japanese shop's list items ("重さ約650g")
        "zh-styled-span-paragraphs", // styled lead-in spans opening a Chinese post's paragraphs and div paragraphs (guard: no space)
        "en-paste-textarea", // a paste site: the text only in a read-only <textarea> (gave the footer's line)
        "en-template-script-shell", // an app shell: the story only in a <script type="text/template"> (gave the one-line description)
        "en-infographic-img-alt", // an infographic page: the text only in its images' alt sentences (gave the headline)
        "en-news-paginated", // page two of a paginated story: a pager and a "Continue reading" link (guard)
        "notion-public-page", // a Notion page: a div a block, subheads, list blocks, a top bar of buttons (guard)
        "de-typo3-content-elements", // TYPO3 content elements: text, text with image, a table, an upload list (guard)
        "wix-rich-text", // Wix: rich-text components apart, a button and a social bar between them (guard)
        "ar-forum-thread", // an Arabic forum thread right to left: the opening question, two replies (guard)
        "en-mobile-read-more-collapse", // a mobile page: the rest of the story in a collapsed box under "Read more" (guard)
        // session 22 (issue 14, eighteenth round): site builders, CMSs and script shells no fixture had
        "zh-weibo-render-data", // a Weibo status page: the post only in a script's "var $render_data = [{…}]" (gave "加载中...")
        "en-tailwind-hidden-offer", // a Tailwind offer box pinned by "fixed inset-0" and hidden by class, an HTML popover (both kept: P 0.40)
        "ru-bitrix-news-detail", // Bitrix news.detail: a date span opening the story's loose <br> lines (kept as its first words)
        "webflow-blog-post", // Webflow: a summary under the headline beside author, date and reading-time lines (the lines kept)
        "ja-note-article", // note.com: a "support the writer" box and the writer's card, each a paragraph beside a button (kept: P 0.65)
        "ru-live-blog-text-stamps", // a live blog of divs signed by two reporters, stamps written as text newest first (the first entry alone)
        "hugo-papermod-post", // Hugo PaperMod: a contents box, a parts list, tags, prev/next titles, share buttons (guard)
        "jekyll-minima-post", // Jekyll minima: a tide table between two paragraphs, a footer's "about" paragraph (guard)
        "de-joomla-article", // Joomla 4: the article-info <dl>, a list in itemprop=articleBody, a sidebar card's prose (guard)
        "squarespace-blog-blocks", // Squarespace: text blocks in rows and half-width columns, a newsletter block between (guard)
        "ko-daum-news", // a Daum news page: dmcf paragraphs, a figure's caption, copyright, reactions, related and ranked lists (guard)
        "en-press-release-results-tables", // an investor release: highlights list, a segment table, bold subheads, contacts (guard)
        "en-opinion-comment-section", // an opinion page built as the BEM block comment-piece: its standfirst comment-piece__standfirst (dropped)
        "tumblr-photo-caption", // Tumblr: a photo post's text in its "caption" box, notes of likes and reblogs, an "about" blurb (guard)
        "zh-zhihu-zhuanlan", // a Zhihu column: generated classes, a list, the "发布于" line, vote buttons, comments, recommendations (guard)
        "zh-csdn-blog", // a CSDN post: code in <pre>, a toolbar, a box of recommended posts with summaries, a comment (guard)
        "ja-hatena-blog", // Hatena Blog: entry-content, related entries with summaries, the profile in the sidebar, a pager (guard)
        "ru-dle-full-story", // DataLife Engine: <br><br> text in full-text, views and tags lines, similar news, comments (guard)
        "en-news-parts-other-wrappers", // a story in an intro box and a "rest" box one level deeper, built otherwise, an ad between (guard)
        "de-sport-results-rows", // a match report: results as div rows of three spans between two paragraphs (guard)
        "reddit-shreddit-thread", // Reddit's web components: comments as <shreddit-comment author="…">, no class (all three kept: P 0.48)
        "telegraph-article", // Telegraph: the author's <address> line inside the article (kept as the first line)
        "en-news-video-carousel-prose", // a video carousel between the story's paragraphs: slides of a video, a subhead and an unlinked summary, prev/next buttons (kept: P 0.43)
        "ja-livedoor-blog", // a livedoor blog: <br> lines, an in-article ad labelled スポンサーリンク, a popular-posts list (guard)
        "uk-news-telegram-promo", // Ukrainian: an ad slot labelled "Реклама" between paragraphs, a "subscribe to our Telegram" closing line (guard)
        "ru-habr-article", // Habr: the body four wrappers deep, a list of <p> items, code, tags and hubs, the author's card, comments (guard)
        "zh-toutiao-article", // Toutiao: data-track paragraphs, a picture with its caption as a <p>, like and share buttons, comments (guard)
        // session 23 (issue 14, nineteenth round): the three shapes left out of round eighteen, as classes
        "ko-kin-qa", // a Naver KiN-style Q&A page: the question titled in a div, asking mid-text, answers a SmartEditor box a paragraph (the question alone: R 0.34)
        "ru-tilda-page", // Tilda: the article's text records, then a footer record of the studio's name, blurb and contacts (joined: P 0.80)
        "ru-tilda-footer-wrapper", // Tilda again: a subhead and a quote record among the text records, the footer record in #t-footer (guard)
        "en-lyrics-page", // a lyrics page: <br> verses, one line opening "by the sound…," mid-sentence (dropped as a byline)
        "ru-lyrics-about-column", // Russian lyrics, a verse line opening "от берега…" (dropped as a byline), an "about the song" column (guard)
        // session 23: page kinds no fixture had
        "en-pdf2html-positioned", // a PDF converted to HTML: one absolutely positioned div a line, "Page 1 of 2" under each page (kept)
        "ru-telegram-channel-preview", // a Telegram channel's web preview: posts named tgme_widget_message* (furniture: "widget"), only the densest kept (R 0.38)
        "de-gov-release-annexes", // a ministry's release: a numbered list whose item "Laufzeit bis 31.12.2028" was dropped as a date, annexes with a table
        "en-transcript-speakers", // a radio transcript of "SPEAKER:" paragraphs, a one-word answer "Yes." (guard)
        "en-glossary-dl", // a glossary as a <dl> of one-word terms and one-line definitions beside a side menu (guard)
        "en-news-flash-huge-nav", // a two-sentence flash under a 60-link menu, a mega menu with a promo blurb, trending and footer columns (guard)
        "en-rss-reader-item", // a feed reader: subscriptions, the entry list and the open entry with its actions (guard)
        "en-news-slotted-shadow", // a web component's shadow root laying out the story's light-DOM paragraphs through <slot>s (guard)
        // session 24 (issue 14, twentieth round): text a browser shows that the markup keeps hidden or in controls
        "en-mobile-wiki-collapsed-sections", // a mobile wiki: every section but the lead folded in hidden="until-found" (the lead alone: R 0.25)
        "en-nextjs-streamed-suspense", // React streaming: the story in a hidden <div id="S:0"> a script moves in place of "Loading..." (gave a blurb: F1 0)
        "de-recipe-checkbox-labels", // a recipe of part boxes: ingredients as checkbox labels, the intro and the lists beside the steps' box (the steps alone: R 0.51)
        // session 24: page kinds no fixture had (guards: passed before)
        "en-slideshow-caption-divs", // a slideshow whose captions are divs named caption, a counter and credits, no figcaption
        "ko-gov-press-markers", // a Korean ministry's release: □ and ○ marker paragraphs, a contact table, attachments, prev/next
        "en-podcast-show-notes", // a podcast episode: a player's controls, the show notes' chapter times ("02:15 What an inspection looks like")
        "uk-news-paywall-unnamed", // a paywalled teaser: a subscription pitch longer than the teaser, in boxes no word names
        "en-amp-web-story", // an AMP web story: one short subhead and sentence a page, the cover's headline and byline
        "de-dokuwiki-sections", // DokuWiki: the site's name in a first h1 (taken as the headline), a contents box's title kept over the sections
        "ja-fc2-blog-more", // an FC2 blog: the rest of the post in <div id="more"> ("more": dropped), "続きを読む" sinking the <br> lines it ends (R 0.46)
        "ja-amp-live-list", // an AMP live blog (amp-live-list): each entry's bare "11:20" stamp in a box named *__time (dropped: F1 0 by the metric's shingles)
        "en-wp-block-columns", // WordPress block columns: paragraphs in a column beside an image column, twice, between the content's own paragraphs (guard)
        "ru-ucoz-news-entry", // uCoz: a <br><br> entry in a table layout, its details line, "Всего комментариев: 1" over a comment (the count kept: P 0.95)
        "en-gdocs-published", // a published Google Docs page: generated classes, a title paragraph, the publish banner and footer (guard)
        "en-github-issue", // an issue page: the opening comment in a timeline of comments all named comment-body (guard)
        "en-hidden-main-js-notice", // the page in <main hidden> until a script shows it, a visible "turn JavaScript on" notice of prose (gave the notice: F1 0)
        "ru-vk-post-show-more", // a social network's long post: its rest in a display:none span after a "Показать полностью…" link (the rest lost, the link kept: R 0.42)
        // round twenty-one (session 25): regional CMSs, obituaries, releases, interviews, paginated and ad-split stories
        "de-regional-short-paras-native-ads", // one-sentence paragraphs between ad slots, the last one under the last slot (dropped: R 0.92)
        "en-obituary-guestbook", // an obituary: life dates under the name, "Send Flowers" buttons, a guest book of signed condolences (guard)
        "en-press-release-contact-top", // a release with "FOR IMMEDIATE RELEASE" and the media contact above the headline, "###" (guard)
        "ko-regional-ndsoft", // a Korean regional paper's CMS: a floating photo box with its caption, the reporter's line, copyright (guard)
        "ru-regional-dateline-in-lead", // a table layout; the place, date, paper and author in bold opening the first paragraph (guard)
        "uk-regional-photo-lines", // Ukrainian: photos and "Фото:" lines as paragraphs of their own, a "subscribe" line after (guard)
        "zh-interview-speaker-lines", // a Chinese interview of "记者：" / name lines, a one-character answer (guard)
        "zh-multipage-article", // page 2 of 3 of a Chinese story: a page bar and "（本文共3页）" under it (guard)
        "en-transcript-cue-times", // a meeting's transcript: cues built alike, a linked "00:01:02" and a speaker over each line (times and repeated speakers dropped)
        "ja-regional-news-cms", // a Japanese regional paper: an ad slot labelled 広告 mid-story, the writer's "（佐藤健一）" box, a members-only note (guard)
        "en-interview-qa-classes", // an interview of question/answer paragraphs, "None." an answer, readers' comments under it (guard)
        "en-multipage-listicle-page1", // page 1 of 3: numbered subheads, "Page 1 of 3" and "Next page: …" under the text (guard)
        "en-nested-shadow-roots", // a story inside a shadow root inside another, the site's header and footer in the outer one (guard)
        "zh-gov-trs-editor", // a Chinese government CMS (TRS): "Headline_Section_Site" titling a page with no h1, a line under a picture (guard)
        "en-event-listing", // an event's page: "When", "Where", "Price" rows in a box named event__meta between its name and its text (dropped: R 0.84)
        "ko-regional-br-ad-split", // a Korean regional paper's <br><br> story split by two ad slots, the reporter's line (guard)
        "en-funeral-home-obituary", // a funeral home's tabs: the obituary, "Services" (visitation and service: days, hours, places), memories (dropped: R 0.64)
        "de-press-release-kontakt", // a utility's release: a bold place opening the text, "Über …" and "Pressekontakt" blocks, downloads (guard)
        "en-byline-first-paragraph", // the byline and "Posted …" in italics as the body's first paragraph, a "Contact …" line closing it (guard)
        "ru-multipage-page2", // page 2 of 3: a "Продолжение" link line opening it, "Страница 2 из 3" and a page bar under it (guard)
        // round twenty-two (session 26): wire services, ministries, reports, galleries, translations, page kinds no fixture had
        "en-wire-reuters-dateline", // a wire story: "KLAIPEDA, Lithuania, Dec 3 (Wireline) -" opening it, div paragraphs, "(Reporting by …)" closing it (guard)
        "ru-mid-statement", // a foreign ministry's statement: date and number over the headline, justified paragraphs, print and share lines (guard)
        "zh-mfa-press-qa", // a spokesperson's press conference: 问：/答： paragraphs, a one-sentence answer, the editor's line (guard)
        "ko-kcna-like-br", // a state agency's story in <br> lines under a div headline, "(평양 12월 2일발 조선중앙통신)" opening it (guard)
        "ja-mofa-danwa", // a minister's statement: a right-aligned date under the headline, the text as a numbered list (guard)
        "uk-mfa-comment", // a ministry's comment: a date line under the headline, share buttons, "Інші новини" cards (guard)
        "en-thinktank-report-key-findings", // a think tank's report: a "Key findings" list over its sections, a contents box, authors' cards (guard)
        "en-news-key-points-box", // a "Key points:" box of a list above the story's paragraphs, a caption under the picture (guard)
        "ru-div-br-no-p", // a story of <div>s ending in <br>, empty <div><br></div> between paragraphs, no <p> (guard)
        "en-short-story-long-thread", // a two-paragraph story under a WordPress thread of five longer comments (guard)
        "de-translation-beside-original", // a letter's translation beside its Russian original, one box each (guard)
        "en-gallery-slide-captions", // a gallery told in its slides' text, a "2 / 4" counter over each (the counters kept)
        "en-wire-yonhap-end", // a wire story closing with "(END)" and the reporter's bare address (the mark kept)
        "en-read-more-button-controls", // the story's rest display:none two wrappers below its opening, a "Read full story" button at its foot naming it by aria-controls (R 0.43: the rest lost)
        "en-pdf2htmlex-running-heads", // a report converted by pdf2htmlEX: a box a page, its running head over each and its number under each, no heading (all kept)
        "ja-newsletter-nested-tables", // a newsletter's web copy: three stories each in a row of the outer table, the text a cell four tables down (R 0.17: the densest story alone)
        "en-table-layout-teaser-rows", // a table layout: the story's row over rows built alike of teasers, each a linked headline over a summary (guard)
        "en-liveblog-oldest-first", // a live blog running oldest first, two reporters, each entry's <time> showing a clock time alone (read as a thread: R 0.36)
        "ru-wire-tass-dateline", // a wire story: "ВЛАДИВОСТОК, 3 декабря. /Восток/." opening it, a lead under the headline, a "Читайте также" line (guard)
        "en-amp-news-accordion", // an AMP story: amp-sidebar, amp-ad between paragraphs, an amp-accordion question, an amp-carousel of links (guard)
        "uk-liveblog-time-divs", // a live page of divs: a lead, entries each a "14:20" box over a paragraph, newest first (guard)
        "ko-ministry-briefing-qa", // a ministry's briefing: □ date and place lines, <질문>/<답변> paragraphs, "없습니다." an answer, "(끝)" (guard)
        "ja-minister-press-conference", // a minister's press conference: subheads, （記者）/（大臣） paragraphs, a date and place line (guard)
        "zh-xinhua-dateline", // an agency's story: "新华社哈尔滨12月3日电（记者…）" opening it, full-width indents, the editor's line (guard)
        "en-thinktank-commentary-endnotes", // a think tank's commentary: superscript note markers in the text, "Notes" over the list they link to (the notes kept: P 0.79)
        "ko-en-bilingual-paragraphs", // a city's notice in Korean and English paragraphs by turns, lang on each (guard)
        "en-brief-one-para-signed-comments", // a one-paragraph brief under three longer readers' comments, each a bold name and a date over a paragraph, no classes the rules know (guard)
        // round twenty-three (session 27): headlines easy to lose, each fixture's NAME.title the story's headline
        "en-webmail-message-view", // a webmail's message view: From/To/Date/Subject rows over the text, "Message view" titling it (title lost)
        "en-mail-archive-headers-list", // a list archive's message: a list of From/Date/Subject lines over a <pre>, "Msg 00412" titling it (title lost, envelope kept)
        "ru-email-like-letter", // a press office's letter in a mail page: От/Кому/Дата/Тема rows of spans (title lost)
        "en-calendar-h1-constant-title", // a calendar widget's h1 "December 2026" before the post's h1, the <title> the site's name alone (title lost)
        "ru-date-widget-h1", // a date widget's h1 "Сегодня: 3 декабря 2026" before the story's h1 (title lost)
        "en-logo-h1-slogan-header", // the site's name as an h1 of text over its slogan, the footer's copyright naming it again (title lost)
        "en-article-header-h1-two-h1", // a brand h1 of two spans, the story's h1 in its article's <header> (title lost)
        "en-og-title-site-name", // og:title filled with the site's name, as og:site_name says (title lost)
        "en-div-headline-constant-title", // a table layout's <div class="headline"> and no heading, the <title> the site's name (title lost)
        "ko-ndsoft-h3-title", // a Korean CMS: the logo an h1 of a picture, the headline an h3 over the byline (title empty)
        "zh-portal-div-title-logo-h1", // a Chinese portal: the site's name in an h1, the headline a div, "Headline_Section_Site" (title lost)
        "ja-div-title-site-title", // a Japanese site: the site's name a linked h1, the headline a div under the date, the <title> the site's name (title lost)
        "en-jsonld-headline-truncated", // a JSON-LD headline cut at 110 characters with "...", the h1 whole (title cut)
        "ru-section-h1-story-h2", // a section's h1 "Новости" (a menu item too) over the story's h2 (title lost)
        "ko-section-h2-story-div", // a board's view: a section's h2 and slogan, the headline a div opening the text's box (gave the section's slogan, the headline a line of the text)
        // round twenty-three: page kinds no fixture had
        "en-interview-speaker-lines", // an interview of flat paragraphs, each speaker's name a bold paragraph over what they said (repeats dropped: the names once each)
        "en-old-news-nested-tables", // an old paper's table layout: a <font> headline and its date line over the text, the <title> the site's name with "Online" (title lost, headline kept as a line)
        "en-article-signup-boxes-every-two", // a story split every two paragraphs by a sign-up box of prose and a form, and an ad slot (guard)
        "ru-telegram-mirror-post", // a channel mirror's post page: the post, then the channel's other posts built alike (guard)
        "en-story-tabs-panels", // tab panels: the story, four signed comments longer than it, related links, siblings in one box (guard)
        "en-forwarded-mail-in-paragraph", // a notice board's forwarded mail: From/Sent/To/Subject lines in one <br> paragraph under a section's h1 (title the byline above it)
        "zh-og-title-site", // og:title filled with the site's name (no og:site_name: the logo and the copyright line name it), the headline an h2 (title lost)
        "ko-email-like-press", // a webmail's press release: 보낸 사람/받는 사람/날짜/제목 as <th> cells without a colon (title the page's "메일 보기")
        "ja-logo-h1-english-copyright", // the site's name in an h1 the copyright line spells in English, the headline an h2 the <title> names (guard)
        "en-section-h1-in-main", // a section's h1 "World" inside <main> over the story's h2 and its dek (guard)
        // round twenty-four (session 28): the classes round twenty-three left, and page kinds no fixture had
        "en-og-title-promo-h1", // og:title a social headline ("You won't believe…") beside the printed h1 the <title> names (title the social one)
        "ru-ministry-press-attachments", // a regional ministry: "Версия для слабовидящих", breadcrumbs, print link, attached files with sizes, tags (guard)
        "zh-ministry-news-print-close", // a Chinese government CMS: date widget, 字号 大中小, 附件, 【打印本页】【关闭窗口】, the headline a <div> (guard)
        "ja-ministry-press-attachments", // a Japanese ministry's release: topic path, 添付資料 with PDF sizes, お問い合わせ先 box, a list (guard)
        "en-wire-tags-cloud-in-body", // a wire story with a "Tags:" line and a tag cloud inside its text box (guard)
        "en-story-accordion-parts", // a story told in accordion parts, two folded by hidden and display:none under aria-expanded buttons (guard)
        "en-headline-after-lead-figure", // the headline an h2 after the lead image's figure, the <title> the site's name, no h1 (guard)
        "ko-news-english-summary", // a Korean story with an "English Summary" box after it (kept), the copyright line, related news (guard)
        "ko-news-long-comment-list", // a two-paragraph Korean story under five longer signed comments with reply and like links (guard)
        "ru-photo-gallery-slides-list", // a gallery told in its slides' text (<li> slides), photo credits, thumbnails, share box (guard)
        "en-read-more-class-toggle", // a story's rest display:none in a wrapper, "Read more" a button in the next wrapper, no aria-controls (R 0.35)
        "en-story-tabs-aria-selected", // a story told in tabs: role=tab buttons, the unselected panels hidden (the first day alone, R 0.42)
        "en-liveblog-oldest-first-dated", // a live blog oldest first, two reporters, each stamp "3 Dec 2026, 07:10" (read as a thread: R 0.40)
        "en-commentary-text-endnotes", // a commentary whose note markers are written as text ("[1]"), "Notes" over "[1] …" lines (kept: P 0.78)
        "en-converted-flat-running-heads", // pdftohtml without page boxes: placed lines, the running head after each page number (kept, and titled by it)
        "en-newsletter-linked-headlines", // a newsletter's three stories in table rows, each headline a link to its web copy (all three dropped: R 0.85)
        "en-news-aside-explainer", // an explainer <aside> (a subhead over a paragraph) between a story's paragraphs, a pull quote and a related box in asides (dropped: R 0.73)
        "en-telegram-single-post-page", // a channel's single post page (t.me/…/2291): og:title the channel's name, the post opening with a bold headline over <br><br> (titled "Harbour Watch", the headline kept as a line)
        "ko-photo-news-gallery", // a Korean photo story: each picture in a box over one caption line (p.photo_cap), nothing else (gave the copyright line, F1 0)
        "ko-amp-news", // a Korean AMP story: amp-sidebar menu, amp-carousel, amp-ad between paragraphs, social share, related box (guard)
        "ko-news-paginated-page1", // page 1 of a three-part series: the headline an h2, a page bar "1 2 3 다음 ▶", the reporter's address (guard)
        "uk-ministry-news-attachments", // a Ukrainian ministry: low-vision version link, breadcrumbs, print link, "Додатки" with a PDF, tags (guard)
        "ja-news-yahoo-like-comments", // a Japanese portal's story of two paragraphs under four longer comments with reaction buttons (guard)
        "zh-agency-keywords-line", // a Chinese agency's story with a 关键词 line of tag links between its paragraphs, editor and 相关阅读 (guard)
        "ja-iframe-srcdoc-story", // a Japanese story in an iframe srcdoc under a <title> of the site's name (the body right, titled by the site's name)
        "en-preprint-abstract-page", // a preprint server's abstract page: "Abstract:" over the abstract, a table of "Comments:", "Subjects:", "Cite as:" rows (two kept: P 0.84)
        "ru-journal-abstract-page", // a journal library's paper page: the abstract under its subhead, keywords, "Для цитирования" citing the paper (kept: P 0.72)
        "en-story-split-tabs-divs", // a feature's chapters as sections, two display:none, a menu of in-page links naming them (the first chapter alone: R 0.42)
        "ru-gov-print-version-page", // a print version titled "Версия для печати", its headline an h2 (titled by the page's kind, the headline kept as a line)
        "ja-two-language-release", // a release in Japanese and English, titled "お知らせ｜site" (the section's and the site's links), the headline an h2 (title lost)
        "en-wire-photo-caption-first", // a wire story under its lead photo's caption, the headline an h2, a dateline line "ZARUBINO, December 2 (NEW) | 11:20" (titled by it)
        "ru-story-details-sections", // an explainer whose answers sit in closed <details> under their questions (guard)
        "zh-photo-story-desc-divs", // a Chinese photo story: each picture in a link over a div.pic_desc line, the photographer's and editor's line (guard)
        "de-ministry-pressemitteilung", // a German ministry's release: Leichte Sprache links, breadcrumb, a numbered kicker, downloads, press contact, print (guard)
        "zh-gov-policy-interpretation", // a Chinese bureau's 政策解读 page: 字体 大中小, 打印, 附件, a QR box, the headline a <div> (guard)
        "en-headline-in-hero-figcaption", // a long read whose h1 and dek sit in the hero picture's figcaption, the <title> the magazine's name (guard)
        "ru-telegram-s-link-preview", // a channel post with a link preview box (site, title, description) under its text (guard)
        "ja-municipal-page-feedback", // a Japanese city's page (CMS-8341 shape): an inquiry box, a "was this page helpful?" survey form, an Adobe Reader note (all kept: P 0.37)
        "ru-amp-accordion-story", // an AMP explainer: a lead, then amp-accordion sections each a subhead over a paragraph (the lead and the first subhead lost: R 0.75)
        "de-liveticker-oldest-dated", // a German live ticker oldest first, "02.12.2026, 06:15 Uhr" stamps, two reporters, its standfirst a p named "teaser" (dropped: R 0.89)
        "zh-news-english-abstract", // a Chinese institute's news with an English abstract box after it (guard)
        "ko-photo-gallery-intro-em", // a Korean gallery: a one-line intro, then pictures in inline boxes each over an <em> caption (the intro lost to the captions: R 0.77)
        "ko-broadcast-report-lines", // a broadcaster's report: [앵커], [리포트], [인터뷰] lines in a <br> block under a video player, the reporter's card (guard)
        "ru-news-inline-read-also-dzen", // a Russian news page: the headline a div, an inline "Также читайте" card, a Dzen promo line, tags (guard)
        "ko-print-popup-page", // a Korean paper's print popup titled "기사 인쇄하기", the headline a table cell over the <br> text (titled by the page's kind)
        "ko-portal-summary-strong", // a Korean portal's article: a bold summary of two lines opening the <br> text, summary-bot and font buttons, reactions (guard)
        "ko-press-event-outline-lines", // a Korean committee's release titled "보도자료 상세 | site", the headline a <div>, an event outline of "- 일시 :" lines (titled by the page's kind)
        "ru-notice-schedule-lines", // a border office's notice: a schedule of short "31 декабря — с 9:00 до 15:00;" lines between prose (guard)
        "zh-news-detail-title", // a Chinese paper's page titled "新闻详情-延边日报网" (news detail - site), the headline a <div> (titled by the page's kind)
        "ja-article-detail-title", // a Japanese paper's page titled "記事詳細｜site", the headline a <p class="ttl"> (guard)
        "en-hidden-signup-unnamed-wrappers", // a sign-up box display:none in a wrapper inside the article, its "Subscribe" button in the next wrapper, no names (guard for folded rests beside toggles)
        "ru-og-title-with-site-suffix", // og:title the h1 with " — Восток Медиа" appended, as the <title> has it (titled with the site's name)
        "en-jsonld-headline-site-suffix", // a JSON-LD headline with " | Northeast Wire" appended (titled with the site's name)
        "zh-og-title-underscore-site", // og:title "headline_东北新闻网", the site's name after an underscore without spaces (titled with it)
        "ja-og-title-fullwidth-bar-site", // og:title "headline｜日本海新聞", a full-width bar (titled with the site's name)
        "zh-story-image-source-lines", // a Chinese story's picture lines: "（图片来源：…）" and a "图为…" caption as centred paragraphs (both kept: P 0.29)
        "ko-br-story-triangle-caption", // a Korean <br> story: a "▲ …(사진=…)" caption line under the picture, the reporter's name and address closing it (guard)
        "ja-story-photo-caption-lines", // a Japanese story's "写真は…（2日、境港市で）" caption as a paragraph under the picture's figure (guard)
        // round twenty-five (session 29): what round twenty-four left, and page shapes no fixture had
        "ru-channel-mirror-post-number-title", // og:title and <title> "Channel — пост #2291", the post's bold first line its headline (titled with the number)
        "zh-title-kind-chars-in-text", // <title> "新闻详情-site", a story about a photo exhibition of news pictures holding "新闻" (titled with the kind)
        "en-h1-site-h2-headline", // an old site's h1 of its name, the whole <title>, over its menu; the story's h2 opens the text (titled with the site)
        "ja-old-table-layout-br", // a table layout: the headline in <font><b> over its date line in the cell's <br> lines, the <title> the logo's alt (titled with the site)
        "ko-title-site-only", // a Korean paper's <title> of the site's name alone, the headline in a div over the text (guard)
        "uk-regional-div-br", // a Ukrainian regional site: the story in one div of <br><br> paragraphs, the headline in a div (guard)
        "de-municipal-survey-no-form", // a municipal page: a "Wie zufrieden sind Sie" survey of radio buttons outside any form (guard)
        "en-story-plus-teaser-articles", // the story's <article> beside three teaser <article>s of full sentences (guard)
        "en-what-we-know-list", // "what we know so far": a short intro, a list of short lines, one closing line (guard)
        "de-joomla4-item-page", // Joomla 4: the headline in an h2, an article-info <dl>, itemprop=articleBody, tags and a pager (guard)
        "en-ghost-members-cta", // Ghost: a members-only post's free part over its upgrade call to action (guard)
        "zh-163-article", // a 163-style story: post_body, a picture line, the source and editor's statement, comments (guard)
        "uk-unian-article", // a UNIAN-style story: "Вас також можуть зацікавити новини:" over a list of links in one box (the label kept)
        "zh-sina-article", // a Sina-style story: "原标题" line, the editor's line, the portal's "新浪声明：…转载…" after it (kept)
        "zh-sohu-article", // a Sohu-style story: "返回搜狐" link, the platform's "平台声明：该文观点仅代表作者本人…" box (kept)
        "de-regional-paywall-haspart", // a regional paper's paid story: JSON-LD hasPart names the display:none full text under the teaser (R 0.19)
        "en-read-more-deep-wrappers", // a folded rest four wrappers deep, closing the box of the text's visible start, its "Read more" button after that box (R 0.48)
        "en-hidden-signup-before-comments-button", // a hidden sign-up layer closing the story's box, a "Show comments" button after it (guard: stays out)
        "en-liveblog-oldest-first-two-days", // a live page oldest first over two days under a plain headline, two reporters in shifts, a standfirst (R 0.22: a thread)
        "en-thread-two-people-answering", // a thread built the same way, two people answering each other over three days (guard: the opening post)
        "en-teaser-articles-before-story", // three <article> cards with linked headlines and full summaries above the story's <article> (P 0.46: all kept)
        "ko-community-gallery-post", // a community board's post: <title> "headline - 여행 갤러리", the board's name a link, the headline in an h3 with a "[정보]" tag (titled with the board)
        "en-timeline-dated-list", // a timeline: a list whose every item opens with a bold date (guard)
        "ru-chronology-bold-dates", // a chronology: paragraphs opening with a bold date, a share line and a popular box (guard)
        "en-medium-member-only", // a Medium-style member-only post: "Member-only story" over the h1 in the text's box, the sign-up wall after it (kept the mark)
        // round twenty-six (session 31): page shapes no fixture had; guards passed when first scored
        "ru-news-read-also-every-two", // "Читайте также" cards with a picture and a linked title, and an ad slot, every two paragraphs (guard)
        "de-news-lesen-sie-auch-teasers", // "Lesen Sie auch" boxes every two paragraphs, each a linked heading over a summary of full sentences inside the link (guard)
        "de-news-lesen-sie-auch-unlinked-teaser", // the same boxes with the summary outside the link, as a plain paragraph of prose (guard)
        "ko-news-inline-ads-related-every-two", // a Korean story split by AD iframes and a 관련기사 list every two paragraphs, the reporter's line last (guard)
        "uk-news-chytaite-takozh-paragraphs", // "Читайте також:" paragraphs, a bold label and one link, between the story's paragraphs (guard)
        "ru-news-erid-ad-blocks", // promo blocks of prose between paragraphs, each closing "Реклама. ООО …, ИНН …. erid: …" (guard)
        "ja-news-div-br-only", // a Japanese story in one div of <br><br> paragraphs, the headline a div, the <title> "headline｜site" (guard)
        "zh-news-div-br-ad-split", // a Chinese story in one div of <br><br> paragraphs with an ad box inside it, the editor's line last (guard)
        "de-news-div-br-anzeige", // a German story in one div of <br><br> paragraphs, an "Anzeige" box inside it, "(dpa/wbn)" last (guard)
        "ru-div-br-read-also-lines", // a <br> story whose "Читайте также: <a>" lines sit between its paragraphs, the <title> the site's name (guard)
        "ko-br-related-arrow-lines", // a Korean <br> story with "▶ 관련기사: <a>" lines between its paragraphs (guard)
        "ru-kremlin-like-news-documents", // a head of state's news page: a lead box, the text, "Темы", a "Документы" list, sections, the link, print (guard; the lead kept)
        "ru-mid-like-briefing-files", // a ministry's statement: language links, breadcrumbs, the headline an h2 after the date, "Дополнительные материалы" files (guard)
        "ko-kcna-like-news-list", // an agency's page: language links, a date bar, a side menu, "【평양 …발】" opening the text, font and print controls, a list of the day's news (guard)
        "uk-print-version-onload", // a ministry's print page titled "Друк", the headline an h2, "Матеріал надруковано з сайту: …" (guard)
        "de-print-version-url-footer", // a print version titled "Druckversion", Drucken / Fenster schließen, "Quelle: URL", the press contact kept (guard)
        "zh-print-page-table", // a Chinese print page titled "打印": the headline, date and text in table rows, 【打印】【关闭】 (guard)
        "ru-turbo-like-page", // a Turbo-style page: the text in turbo-paragraph divs, an ad, related cards with descriptions, "Перейти на сайт" (guard)
        "ru-telegram-reply-quote-post", // a channel post replying to an earlier one: the quoted start of that post above its own text (guard: left out)
        "en-telegram-forwarded-poll", // a channel post forwarded from another channel, "Forwarded from" over its text (guard)
        "ru-telegram-album-open-in-app", // a channel post with an album, one video "Media is too big / VIEW IN TELEGRAM" (guard)
        "ko-headline-after-lead-photo-caption", // a Korean story whose h2 headline follows the lead picture and its caption paragraph, the <title> the site's name (guard)
        "ja-headline-after-photo-divs", // a Japanese story whose div headline follows a picture box and its caption div, the <title> the site's name (guard)
        "ru-short-news-long-comments", // a two-paragraph story under five longer signed comments and a form (guard)
        "uk-news-comments-list-no-classes", // a two-paragraph story under "Коментарі (4)", a list of comments with no class at all (guard)
        "zh-news-netizen-comments-longer", // a two-paragraph Chinese story under four longer comments signed "吉林网友" (guard)
        "de-news-comments-as-articles", // a two-paragraph story whose comments are <article>s, each an h3 name, a time and a paragraph (guard)
        "ko-news-comments-inside-article", // a two-paragraph Korean story whose comment list stands inside its own <article> (guard)
        "ko-ru-two-columns-release", // a release in two columns, Korean and Russian, under a headline in both languages (guard: both kept)
        "ru-zh-table-two-languages", // a notice in a table of two columns, Russian and Chinese, a row a paragraph (guard)
        "ru-gallery-figcaptions-story", // a photo report told in four figcaptions of two sentences after a one-line lead (guard)
        "ja-gallery-dl-captions", // a Japanese photo feature of <dl> items, a picture in <dt> and its sentence in <dd> (guard)
        "ko-jsonld-body-summary-only", // a JSON-LD articleBody of the first sentence alone beside the whole visible story (guard)
        "de-jsonld-body-longer-than-visible-free", // a free story whose JSON-LD articleBody adds "Lesen Sie auch", a dossier and an ad to its visible text (guard: the visible text)
        // round twenty-six: failed when first scored, fixed as classes
        "ja-amp-news-ads-every-two", // a Japanese AMP story with an amp-ad every two paragraphs, each showing "広告" as its placeholder (kept: P 0.60)
        "en-amp-embed-recommendations", // an AMP story with an amp-ad "Advertisement" fallback and an amp-embed of recommendations with placeholder text (kept: P 0.84)
        "en-jsonld-body-stale-version", // JSON-LD headline and articleBody of the story's first version; og:title, <title> and h1 the rewritten one (titled by the old headline)
        "ru-jsonld-body-other-story", // a JSON-LD articleBody of another story (the train timetable), the visible text the headline's own (F1 0: the declared body taken)
        "zh-headline-after-photo-caption-p", // a Chinese story opening with <p><img></p> and a caption paragraph "…（记者 张强 摄）" above its h1 (kept: P 0.58)
        "en-kcna-like-english-br", // an agency's English page in a table layout: a <font><b> headline over "Pyongyang, December 3 (CNS)" in the cell's <br> lines, the <title> the site's name (titled by the site, both lines kept: P 0.84)
        "zh-wechat-section-p-salutation", // a WeChat post, <section><section><p> a paragraph, its body in an editor's template box, the salutation and two closing lines outside it (lost: R 0.79)
        "ko-gallery-carousel-hidden-slides", // a Korean photo story in a carousel: four slides of a picture and two sentences, three display:none, prev/next buttons (two lost: R 0.46)
        "en-brief-readers-sign-in-shifts", // a one-paragraph brief "By Staff reporter", its readers' comments in its own box, two readers writing twice each in turn over two days (read as a live blog: P 0.23)
        "en-liveblog-shifts-byline-reporters", // a live page in shifts whose byline names its two reporters, the entries beside the standfirst in the headline's box (guard)
        "ru-qa-best-answer-box", // a Q&A page: the accepted answer in a "Лучший ответ" box of its own, then "Другие ответы (2)" over two answers headed "name · 1 декабря" (labels and a head kept: P 0.84 R 0.92)
        "ja-lead-photo-caption-above-h1", // a Japanese story opening with <p><img></p> and "…（3日、石狩市で）" above its h1, the <title> "ニュース詳細 | site" (guard for the lead caption rule)
        "ko-brief-comments-in-story-box", // a one-paragraph Korean brief signed "글 김하늘 기자", two readers writing twice each in turn in the story's box (read as a live blog: P 0.23)
        "en-qa-accepted-box-month-day", // a Q&A page: "✓ Accepted answer" in a box of its own, shorter than the question, "2 more answers" over two answers in "reply" boxes headed "name · Nov 30" (the question alone: R 0.35)
        // round twenty-seven (session 32): the empty-output class, pages whose article is present but not in the page's markup
        "en-apollo-state-only", // an empty React root, the story's bodyHtml in window.__APOLLO_STATE__ beside teasers by reference (guard)
        "de-json-island-body", // an empty app root, the story's paragraphs in a <script type="application/json"> island beside teasers (guard)
        "ru-template-article-app-root", // an empty app root, the whole <article> in a <template> a script clones (guard)
        "ko-textarea-editor-body", // a legacy editor's page: the story's markup escaped in a display:none <textarea> a script copies into an empty div (a copyright line: F1 0)
        "en-plain-pre-page", // a text file served as one long <pre> under a file name <title> (guard)
        "de-xhtml-xml-prolog", // XHTML 1.1 with an XML prolog and namespace, self-closed tags (guard)
        "uk-inline-style-divs", // every box a <div> with an inline style only, the headline a styled div (guard)
        "ko-nuxt3-devalue-payload", // Nuxt 3's __NUXT_DATA__: a flat devalue array whose objects hold indices, the paragraphs strings of it (guard)
        "ru-redux-json-parse-state", // an empty root, the state shipped as window.__PRELOADED_STATE__ = JSON.parse("…escaped JSON…") (nothing: F1 0)
        "en-inertia-data-page", // Inertia.js: an empty <div id="app" data-page="{&quot;component&quot;…}">, the story's bodyHtml in the attribute (nothing: F1 0)
        "ja-angular-transfer-state", // Angular's <script id="serverApp-state" type="application/json"> written in &q; escapes under an empty <app-root> (nothing: F1 0)
        "de-sveltekit-fetched-body", // SvelteKit's data-sveltekit-fetched script: a response whose "body" is JSON written as a string (the raw JSON text as the body: P 0.65)
        // round twenty-seven: page shapes no fixture had
        "ja-liveblog-entries", // a Japanese live page newest first, each entry a div of an inline <time> and a paragraph (guard; the stamps go)
        "uk-interview-bold-names", // an interview: bold questions opening with a dash, answers in plain paragraphs, an italic intro (guard)
        "de-multipage-page2-of-3", // page 2 of 3 of a report: an h2, three paragraphs, a pagination nav and "Seite 2 von 3" (guard)
        "en-longread-pullquote-sidebar", // a long read with a blockquote pull quote repeating a sentence and a related <aside> between paragraphs (guard: the quote kept, as the benchmark's truth keeps pull quotes)
        "ko-listicle-h2-items", // a Korean listicle: an intro and five h2 items with a paragraph each, tags and a popular box after (guard)
        "en-factbox-table-in-story", // a fact box of a heading, a table and a source line between the story's paragraphs (guard; the source line goes)
        "ru-article-inside-header", // a theme that wraps the whole story in the page's <header> with its top bar (guard)
        "de-news-audio-player-listen", // an "Artikel anhören · 3 Min." audio player between the article's header and its text (guard)
        "ja-press-release-prtimes-like", // a Japanese release distributor's page: company link, time, h1, a subtitle h2, h3 sections, share buttons, an inquiry box (guard)
        "uk-forum-first-post", // a Ukrainian forum thread: user cells with post counts, a date line over each message, the opening post a question (guard)
        "en-body-level-br-text", // a 1990s club page: the story's <b> headline, an italic date and <br><br> paragraphs straight in <body> after a centred logo and a rule, the <title> the site and "News" (the headline kept as the first line, titled by the site: P 0.94)
        "ru-table-font-br-2003", // a table layout of 2003: the headline in <font size=3><b> inside the cell's <font face> wrapper over its date line, the <title> "Новости района" (the headline and date kept, titled "Новости района": P 0.90)
        // round twenty-seven: round twenty-six's leftovers, failed when first scored, fixed as classes
        "en-carousel-text-slides", // an explainer's five text cards in a carousel track, four display:none, the buttons beside the track (three lost: R 0.51)
        "en-brief-byline-names-reader", // a one-paragraph brief "By Mira Holt", a reader's two comments and then two of the writer's answers in the story's box, in shifts over two days (read as a live blog: P 0.19)
        "zh-wechat-salutation-bare-p", // a WeChat post whose paragraphs sit in an editor's template sections, the salutation and the closing wish in bare <p>s beside it (both lost: R 0.83)
        "en-qa-accepted-badge-only", // a Q&A page: "3 answers" over three answer boxes, the accepted one unsigned, marked only by a "✓ Accepted" badge over its text (the count and the badge kept: P 0.94)
        "en-jsonld-body-same-subject-other-story", // a JSON-LD articleBody of an earlier story on the same cold store (it tells the headline's words too), the visible story under the h1 (F1 0.03: the declared body taken)
        // round twenty-eight (session 33): page shapes no fixture had; guards passed when first scored
        "en-carousel-two-text-slides", // two text slides in a named slider, the second display:none, links to "#" for controls (guard)
        "en-qa-accepted-badge-sentence", // a Q&A page whose accepted answer opens with a badge written as a sentence, "Accepted." (guard)
        "ru-embassy-news-item", // an embassy's table layout: a menu and the consulate's address in the left cell, the date over an h2, "Версия для печати" (guard)
        "ko-personnel-list-short-lines", // a Korean personnel notice: one sentence, then "◇" group lines and "▲post name" lines, none of them prose (guard)
        "ja-notice-mostly-bullets", // a city's notice whose body is mostly h2s over short bullet lists, a feedback form after it (guard)
        "zh-entity-list-ol", // a Chinese notice listing five company names in an <ol> between two sentences (guard)
        "de-wire-dpa-copy-more-news", // a wire copy on a city portal: "Rostock (dpa) -", the agency's copyright line, "Weitere Meldungen" of eight dated links (guard)
        "zh-live-text-broadcast", // a Chinese text live page: an intro, <li> entries of a time span and a paragraph, newest first (guard)
        "ja-print-view-page", // a Japanese print view titled "印刷用ページ", the headline an h2 under the date, the article's URL line last (guard)
        "ko-results-table-story", // a Korean story whose middle is a table of five ranked rows of short cells (guard)
        "en-spec-sheet-br-lines", // a product's specifications as short <br> lines in one div beside a category column (guard)
        "en-embassy-speech-delivery", // an embassy's speech under a section h1 "Speeches": "Check against delivery", a salutation line, the h2 its title (guard)
        "de-paginated-page1-toc-select", // page 1 of 3 with a <select> of the pages' titles, "Seite 1 von 3" and "Nächste Seite" (guard)
        "zh-story-paragraphs-in-li", // a Chinese story whose paragraphs are the <li>s of one <ul class="article_content"> (guard)
        "ru-amp-story-related-carousel", // an AMP story, then "Читайте также" as an amp-carousel of cards with summaries (guard)
        // round twenty-eight: failed when first scored, fixed as classes
        "zh-tieba-floors-thread", // a forum thread titled with a question, "回复：3" beside it, floors signed by user cells: the title alone taken for a question's text (read as Q&A: P 0.18)
        "ru-forum-op-signature", // an old board's posts as rows of one table, the user's cell beside the message's, classes on the cells only (every post kept: P 0.49)
        "de-forum-reply-quotes-op", // a German board whose user cell is named "autor", the replies quoting the opening post (every post kept: P 0.28)
        "uk-blog-long-about-sidebar", // a two-paragraph post beside a sidebar whose "Про автора" widget holds more prose than the post (kept: P 0.31)
        "ru-short-story-huge-teaser-grid", // a two-paragraph story, then six unnamed teaser cards (picture, linked title, summary) outside its box, generated class names (kept: P 0.24)
        "en-article-in-open-modal", // a story opened in a role=dialog viewer over the feed of cards it was opened from (the feed kept: P 0.28)
        "ko-live-entries-time-heads", // a Korean live page whose entries open with "오후 3:40" in a box named live-time (the stamps lost: P 0.82 R 0.67)
        "ru-mid-statement-numbered-points", // a joint statement: "… заявляют следующее:" over an <ol> of four long points (the announcing line lost: R 0.86)
        "en-exchange-joint-byline", // letters two writers exchanged over a week, each signed and stamped, under their joint byline "By Irina Volk and Tom Hale" (read as a thread: the first letter alone, R 0.22)
        "en-liveblog-pinned-key-points", // a live page: "Key points" over three list items between the byline and the entries (the summary lost: R 0.76)
        "en-carousel-unnamed-divs", // five text cards in a carousel of <div>s with no class at all, four display:none, buttons beside the track (three lost: R 0.49)
        "de-bildergalerie-captions", // a photo gallery page: an intro under the h1, four pictures each with a caption and "Foto: …" in a span, all named gallery/caption (intro lost, credits kept: P 0.68 R 0.61)
        "zh-gov-notice-date-signed-end", // a Chinese office's notice closing with "特此公告。", the office's name and "2026年12月1日" right-aligned (the date lost: R 0.90; round twenty-seven's leftover)
        // round twenty-eight: pages written after the round's rules, in other languages and shapes (each failed on the code before the round)
        "ja-board-handle-links", // a Japanese board whose posts open with a link to the poster's page, "umibozu77", in a box named toukousha (every post kept: P 0.14)
        "ru-gallery-photo-credits", // a photo report: an intro under the h1, three captions each closing with "Фото: …" in a span (P 0.55 R 0.44)
        "uk-statement-colon-list", // a ministry's statement: "… повідомляє про рішення …:" over a <ul> of three decisions (R 0.76)
        "ko-board-question-title-replies", // a Korean board titled with a question over "댓글 3", posts signed by nick spans (every reply kept: P 0.46)
        "ja-live-gogo-stamps", // a Japanese live page whose entries open with "午後4:10" in a box named sokuho-time (the stamps lost; P 0 by the metric)
        // round twenty-nine (session 34): page shapes no fixture had; guards passed when first scored
        "ko-naver-news-dic-area", // a portal's news view: a <strong> summary of two <br> lines, a photo span, <br><br> paragraphs, the reporter's address line, reactions (guard)
        "ja-yahoo-paged-next-teaser", // a portal's page 1 of 2: "次ページは：" naming page 2, the page numbers, a comment count and a ranking (guard)
        "en-gdocs-export-footnotes", // a Google Docs HTML download: the title a p.title, spans in classed <p>s, an empty <p>, footnotes after an <hr> (guard)
        "ja-interview-dash-questions", // a Japanese interview whose questions open with "――" in <p>s as short as the answers (guard)
        "de-consent-shadow-root", // a consent wall of two long paragraphs in a declarative shadow root (role=dialog, aria-modal) before the story (guard)
        "en-mastodon-status-replies", // a fediverse status and three replies signed by display names, one by the poster (guard)
        "ko-timeline-table-rows", // a Korean timeline as a table of date/event rows between two sentences (guard)
        "uk-ministry-news-tags", // a ministry's news item: date over the h1, "Теги:", "Поділитися:", latest news with summaries (guard)
        "zh-baijiahao-hashed-classes", // a self-media post under CSS-module class names, each paragraph a div, recommendations with summaries (guard)
        "en-wire-ap-contributed", // a wire story on a local site: "DENVER (AP) —", "___", the contributor line, the agency's copyright (guard)
        "de-amp-list-mustache-template", // an AMP story, then an amp-list whose amp-mustache <template> holds a teaser with "{{summary}}" (guard)
        "uk-announcement-short-lines", // a notice of <br> lines: "Коли:", "Де:", a dash list under "У програмі:" (guard)
        "ru-region-admin-photoreport", // a district administration's Bitrix news: <br><br> text, a photo report of three pictures, other news with summaries (guard)
        "ja-nhk-sections-h2", // a broadcaster's story: a summary div, then content--body sections each headed by an h2 (guard)
        "zh-aside-related-in-article", // a Chinese story with an <aside> of related links between its paragraphs (guard)
        "ko-policy-briefing-contact", // a policy portal's press release: a dash subtitle, attachments with previews, a contact <dl> (guard)
        "zh-flight-table-intro", // a Chinese story whose middle is a flights table, "（责任编辑：…）" under it (guard)
        // round twenty-nine: failed when first scored, fixed as classes
        "en-digest-short-intro", // a digest's one-sentence intro of 29 characters right under the h1 and its date, over the list (lost: R 0.94)
        "ru-paywall-locked-rest", // a paywalled story's rest in a box named "article__text article__text--locked js-paywall-blur" under the offer (read as an overlay: R 0.37)
        "en-linkedin-pulse-article", // a professional network's article: numbered h3s, a paragraph about "loading doors" (dropped by the phrase "loading": R 0.73)
        "en-huge-promoted-grid", // a two-paragraph story, the second about "loading bays", over twelve sponsored cards (dropped by the phrase "loading": R 0.48)
        "ko-embassy-board-view-table", // a consulate's board view: rows "제목", "작성자 … 작성일 …", "조회수" over the post's row, the h1 the site's name (titled by the site)
        "en-qa-title-only-answers", // a Quora-like page: the question its h1 alone, three answer-card posts signed by name and credential, no count (read as a forum: the first answer alone, R 0.52)
        "zh-zhihu-question-answers", // a Zhihu-like page: the question its h1 alone, List-item > AnswerItem posts, "赞同 …" buttons (the first answer alone: R 0.17)
        "en-forum-bare-b-signed", // an old board's div.msg posts each headed by a bare <b> name and no date, the opener writing again last (every post kept: P 0.40)
        "en-carousel-two-unnamed-slides", // two classless /h3/p slides, the second display:none, "Previous" and "Next" buttons in a box beside the track (the second lost: R 0.65)
        "en-gov-readout-hashes", // a department's readout: "FOR IMMEDIATE RELEASE" in bold as the text's first paragraph, "###" under it (the label kept: P 0.95)
        "en-thread-unroll-numbered", // an unrolled thread: four posts by one author, each opening with <span class="author">@coastwatcher</span> over its <p> (the first handle kept: P 0.99)
        // round twenty-nine: pages written after the round's rules, in other languages and shapes (each but the Sperrfrist guard failed on the code before the round)
        "ja-qa-title-only-answers", // a Japanese Q&A: the question its h1 alone, answer-item posts signed by user-name spans (P 0 R 0)
        "de-forum-bare-strong-signed", // a German board's div.beitrag posts headed by a bare <strong> name, the opener answering back (P 0.38)
        "ru-digest-short-intro", // "Пять событий недели." under the h1 and its date, over a <ul> (R 0.94)
        "ko-paywall-locked-content", // a Korean story's rest in "article-body paywall-content" before the membership box (R 0.37)
        "zh-board-view-table", // a county government's board view: "标题", "发布时间", "浏览次数" rows over the notice's row (titled by the site)
        "uk-carousel-two-unnamed-slides", // two classless /h3/p slides, "Назад" and "Далі" buttons (R 0.62)
        "de-press-release-sperrfrist", // "Sperrfrist: 5. Dezember 2026, 10:00 Uhr" as a release's first paragraph (guard: passed before the round too)
        "ru-prose-holding-phrase", // a paragraph of prose opening "Наружная реклама …", the line rules' phrase "реклама" (P 0.86 R 0.43)
        "ja-thread-unroll-author-span", // a Japanese unrolled thread, each post opening with <span class="author">@minato_memo</span> (P 0.89)
        // round twenty-nine, second batch: more shapes, all guards (passed when first scored)
        "en-notion-callout-toggle", // a Notion export: a callout <figure> of an icon and a sentence, an open <details> toggle in a <ul class="toggle"> (guard)
        "de-broadcaster-mehr-zum-thema", // a broadcaster's story: a "Mehr zum Thema" teaser box between paragraphs, "Über dieses Thema berichtete …" last (guard)
        "ko-news-reporter-card-end", // a Korean CMS story titled by an h3: a reporter card, "다른기사 보기", reaction buttons after it (guard)
        "zh-people-rm-txt-share", // a Chinese portal's rm_txt_con: "(责编：…)", "分享让更多人看到", recommended reading with summaries (guard)
        "ru-dzen-article-subscribe", // a blog platform's article: channel bar, "Если статья была полезной … подписывайтесь на канал!" last, comments (the call goes, as the line rules have it: R 0.83 against the first expectation)
        "en-hugo-shortcode-notice", // a Hugo post with a "notice warning" shortcode box of a title and a sentence between paragraphs (guard)
        "de-wp-ez-toc-box", // a WordPress post with an ez-toc box: "Inhaltsverzeichnis", a "#" toggle, the list of in-page links in a <nav> (the label kept: P 0.93)
        "ja-blog-mokuji-box", // a Japanese blog's "目次" box over a list of in-page links in a div, written after the rule (P 0.64 R 0.70)
        // round thirty (session 35): page shapes no fixture had; guards passed when first scored
        "en-govuk-news-story", // a government news story: a cookie banner region, "News story" context, a lead paragraph, From/Published <dl>, related navigation, "Is this page useful?" (guard)
        "en-reliefweb-meta-attachments", // an aggregator's situation report: Format/Source/Posted <dl>, a PDF link, "Highlights" list, related reports with dates (guard)
        "en-astro-island-props", // an Astro island whose props hold the paragraphs, its slot only "Loading article…" (guard)
        "zh-gov-xxgk-meta-table", // a disclosure page: 索引号/发布机构/标题 table over the h1, the notice signed and dated right-aligned, 打印本页/关闭窗口 (guard)
        "ja-yahoo-expert-comments", // a portal's story: an expert's comment box, "コメント 128件", a ranking (guard)
        "de-ministerium-schlagworte", // a ministry's press release: kicker and date over the h1, a quote, "Schlagworte", more releases with summaries, a cookie hint (guard)
        "ru-telegram-web-feed-widget", // a Telegram post widget: a bold first line over <br><br> text, the channel's promotion link, views, the channel's description (guard)
        "en-wire-related-coverage-inline", // a wire story with "Related coverage:" and two <br> links in one paragraph between its paragraphs (guard)
        "uk-timeline-dl-chronology", // a Ukrainian timeline as a <dl> of month/event pairs between two sentences (guard)
        "en-un-meeting-coverage-speakers", // meetings coverage: symbol and date over the h1, "Briefing"/"Statements" heads, countries in <strong>, "Not an official record" (guard)
        "en-sanctions-designations-table", // a trade-controls release whose middle is a table of designated entities and vessels (guard)
        "de-broadcaster-stand-line", // a broadcaster's story: "Stand: …" under the h1, a bold lead, a teaser between paragraphs, "Dieses Thema im Programm: …" kept as such lines are (guard)
        "ko-interview-dash-bold-questions", // a Korean interview whose questions open with "―" in <strong>, the reporter's address line kept (guard)
        "en-ghost-paywall-full-markup", // a Ghost post whose upgrade box is hidden and the whole text in the markup (the excerpt under the h1 is no line of it) (guard)
        // round thirty's six failing pages, fixed in round thirty-one (session 36)
        "en-arc-fusion-global-content", // an Arc Fusion state: a "header" content element between the text's (R 0.90: the subhead lost)
        "en-release-label-after-contact", // "FOR IMMEDIATE RELEASE" under a media contact line, "###" closing the text (P 0.94)
        "ja-event-notice-ki-ijou", // a town's notice: "記" over its items, "以上" closing them (P 0.75 R 0.90)
        "ja-word-msonormal-export", // a Word export titled "記者発表資料": date and office lines over a bold centred headline, 【問合せ先】 under the text (P 0.27, titled by the date line)
        "ko-hwp-export-hstyle", // an HWP export: a "보 도 자 료" letterhead table, a bold 14pt headline, a contact table (P 0.65, titled by the letterhead)
        "ko-minwon-qna-view", // a public office's Q&A post view: the question's box, an answer box with its head of who and when, an info row of fields (R 0.51, titled by "처리상태 : 답변완료")
        // round thirty-one (session 36): the same classes in other languages and shapes, scored on main before the round
        "en-word-export-ends-contact", // a Word export titled by its file name: an office and a date line over the bold headline, "-ends-", a bold "Media contact" (P 0.78, titled by the office)
        "de-word-export-pressekontakt", // a Word export titled "Pressemitteilung": "– Ende –" and "Pressekontakt:" under the text (P 0.79, titled by the office line)
        "ru-word-export-bold-title", // a Word export under a bold spaced "П Р Е С С - Р Е Л И З" spelling its <title>, "Контакты для СМИ:" (P 0.73, titled by the letterhead)
        "ko-hwp-notice-kkeut", // an HWP export titled by its file name: a date line, a bold headline, a subtitle, "- 끝 -", a contact table (P 0.81, titled by the date line)
        "ko-qna-board-table-answer", // a board's table view: subject, writer and views rows, the question's row, the answer in a cell beside "답변" (R 0.52: the answer alone)
        "ja-city-qa-shitsumon-kaitou", // a city's FAQ view: 質問 over the h1 and the question, 回答 opening the answer's box, 担当課/更新日 (P 0.33 R 0.57; the answer's label kept)
        "uk-interleaved-video-playlist", // one paragraph at a time between a playlist of summaries and a "Читайте також" list in one parent (guard)
        "de-article-wrapper-share-comments", // share, comment, overflow-hidden, node-promoted and field-label-hidden on the article's own wrappers (guard)
        "zh-section-groups-ad-between", // three <section> groups cut by an ad and a 相关新闻 box (guard)
        "ja-noscript-body-app-shell", // the story only in <noscript>, the app's root showing "読み込み中…" (guard)
        "ru-hidden-popup-attribute", // a subscription modal hidden by the hidden attribute, longer than the post; a fixed cookie bar (guard)
        "ko-spec-list-short-lines", // a story whose middle is a specification list of short "지름: 1.8m" lines under a subhead (guard)
        "uk-aside-longread-body", // a long read laid out as an <aside>, a banner column beside it (guard)
        "zh-word-export-tongzhi", // a Word export titled by its file name: a bold centred 通知 headline, a salutation, 特此通知, the office and the date (guard)
        "ru-gov-vopros-otvet-view", // a council's Q&A view: question and answer boxes named as such, each under a "from | date" line (guard)
        "uk-qa-labelled-boxes", // a council's Q&A view in unnamed boxes, each opened by a bold "Запитання"/"Відповідь", the <title> naming the section's h2 over the question's h1 (P 0.89 R 0.93, titled by the section)
        "en-responsive-hidden-class-wrapper", // "hidden-print", "is-hidden-mobile-nav" on the text's box, "hidden-xs" on the sidebar, a display:none newsletter longer than the story (guard)
        "de-textblocks-subheads-teasers", // text boxes between inline teaser cards with summaries, h2 subheads between them (guard)
        "zh-spec-table-cells", // a ship's particulars as a two-column table under a colon line (guard)
        "ja-word-export-letterhead-table", // a Word export whose letterhead is a table row: "報道発表資料" (16pt, the <title>) beside 発表日/担当, a bold headline, （問い合わせ先） (P 0.29, titled by the letterhead)
        "ko-hwp-body-boxed-table", // an HWP export: a spaced bold letterhead, a 보도일시 line, the headline and subtitle boxed in a one-cell table, 붙임, a 담당 부서 tail (P 0.77, titled by the letterhead)
        "de-buergerservice-frage-antwort", // a council's question page: boxes opened by a bold "Frage:"/"Antwort:", each closed by a dated line (P 0.84 R 0.96)
        "ru-interleaved-telegram-promo", // a Telegram promotion line twice and a card row of summaries between the story's paragraphs (guard)
        "ja-sibling-bodies-kanren", // the text in two article-body boxes with an ad and a 関連記事 list between (guard)
        "zh-gov-liuyan-huifu-table", // a government message board's table view: 留言标题/留言人/留言时间 rows, 留言内容, the answer in a cell named "reply" beside 回复内容 (P 0.67 R 0.18: the question alone, under its label; titled "留言详情")
        "en-word-export-msotitle-style", // a Word export titled by its file name, whose headline is set by the Title style alone (p.MsoTitle) (P 0.82, titled by the file name)
        "ja-qa-table-shitsumon-kaitou", // a town's "citizens' voice" table: 件名/受付日 rows, ご意見, 回答, 担当課 (P 0.50 R 0.40: the answer alone; titled by the h1 "市民の声 回答")
        // round thirty-two (session 37): round thirty-one's leftovers, scored on main before the round (e8c3a065)
        "de-word-export-style-class-title", // a Word export titled "Pressemitteilung": its headline's paragraph style "p.Pressetitel" set at 16pt bold in the <style> block alone (P 0.91, titled by the letterhead's office line)
        "ru-word-export-style-a-class", // a Word export titled by its file name, the headline in Word's "p.a0" (a Cyrillic style name) at 14pt bold over 12pt text (P 0.79, titled by the file name)
        "ko-hwp-export-style-sheet-title", // an HWP export titled "보도자료", its headline's "P.HStyle2" at 16pt bold in the style sheet (P 0.81, titled by the office line)
        "ja-word-export-h1-style-sheet", // a Word export whose headline is an h1 sized by the style sheet under date and office lines (guard)
        "en-release-contact-block-sentence", // "Media contact" over the office, "For interviews or photographs, please call the press office …", a number and an address (P 0.76)
        "de-pressemitteilung-kontakt-satz", // "Pressekontakt:" over a name, "Für Rückfragen wenden Sie sich bitte an die Pressestelle …", Telefon, E-Mail (P 0.72)
        "ja-notice-toiawase-sentence", // 【問合せ先】 over the office, "ご不明な点は…お電話でお問い合わせください。", 電話 (P 0.40)
        "ru-press-kontakty-sentence", // "Контакты для СМИ:" over the press office, "По вопросам интервью … просим обращаться в пресс-службу …", тел., e-mail (P 0.64)
        "ru-priemnaya-two-answers-unlabelled", // an online reception's view: the question and two answers in three obr-item boxes built alike, each under a "who | date" line (guard)
        "ko-minwon-two-answers-unlabelled", // a complaint's view: the question and two answers from the department in view-item boxes, no 답변 label (guard)
        "en-council-enquiry-two-responses", // a council's enquiry: the question and two responses in enquiry-entry boxes, each under a "who | date" line (guard)
        "ja-iken-two-kaitou-unlabelled", // a citizens' voice view: the question's box, two kaitou-area boxes each opened by a date and office line, no 回答 label (guard)
        "zh-liuyan-two-replies-unlabelled", // a message board's view: the message, two hf-item replies each under 办理单位/办理时间 (guard)
        "ko-board-table-two-answer-divs", // a board's table view and two re-box answers; the board's name "자유게시판" in an h2 over it, which the <title> names (P 0.98: the board's name kept)
        // round thirty-two: issue 14's classes in CMS shapes no fixture had, scored on main before them (17868d3b); guards
        "en-sharepoint-canvas-sections", // a modern intranet page: the text in two Rich Text web parts in separate canvas zones, quick links and an image between, "More news" with summaries (guard)
        "ko-brunch-item-blocks", // an essay platform: each paragraph a p.wrap_item.item_type_text between picture items, a profile blurb and "작가의 이전글" with summaries (guard)
        "uk-obozrevatel-recommendation-blocks", // paragraphs between two b-recommendation blocks of five and four headlines in one parent (guard)
        "ru-pikabu-story-blocks-comments", // story-block_type_text boxes between pictures, tags and tools, a comment tree longer than the story (guard)
        "zh-jianshu-login-modal-hidden", // hashed class names, a display:none login dialog longer than the post, 推荐阅读 in an <aside> (guard)
        "de-heise-like-technische-daten", // a "Mehr zum Thema" custom element between paragraphs, a "Technische Daten" list of short lines, an info <aside> (guard; the header's lead stays out, as the benchmark's truth has it)
        "ja-qiita-like-table-list", // a technical post: a list of short "取得：Python 3.12" lines, a cost table, an <aside> 目次 (guard)
        // round thirty-two: odd pages that hold an article, none to come back empty
        "uk-single-huge-td-br", // an old table layout: the whole notice in one <td> of <font> and <br><br>, its headline in <b> (guard)
        "uk-div-only-no-p", // text in nested <div>s with no <p> at all, the headline a div.nv-title (guard)
        "de-pre-body-mitteilung", // a notice in one <pre>, its lines kept (guard; since round thirty-three its letterhead line and headline are no lines of the text, the headline titles it)
        "ru-blockquote-only-statement", // a statement whose only text is a <blockquote> (guard)
        "zh-body-text-br-only", // text loose in <body> between <br>s under <title>通知</title>, the first line "关于…的通知" (P 0.92, titled "通知")
        "ja-frameset-noframes-notice", // a frameset's noframes body: an h2 headline, "このページはフレームに対応したブラウザでご覧ください。" (P 0.67, titled by the site)
        "ko-iframe-srcdoc-only", // a viewer page whose only text is an iframe srcdoc with an h2 headline (P 0.86, titled by the viewer "공지사항 미리보기")
        "en-whole-story-in-link", // the whole story, h2 and three paragraphs, wrapped in one <a> card (P 0 R 0: the foot's line read instead; titled by the site)
        "ko-table-rows-no-p", // a table of one row a paragraph, no <p>, "Copyright 바다읍사무소" in the last row (P 0.95)
        // round thirty-two: pages whose headline is easy to lose, scored on ad82ceb0 (guards)
        "de-mail-view-betreff-table", // a webmail view: Von/An/Betreff/Datum in a header table over the message, titled "Webmail – Nachricht anzeigen" (guard)
        "zh-calendar-widget-div-title", // a calendar widget's h2 "2026年12月" beside a story whose headline is a div.art-title, the <title> the site's (guard)
        "uk-calendar-archive-h1-date", // an archive widget's h1 "Грудень 2026" over a news item whose headline is a <strong> in a div (guard)
        "ja-amp-lightbox-hidden-longer", // an AMP story: amp-sidebar, amp-ad between paragraphs, a newsletter amp-lightbox hidden by attribute and longer than the story (guard)
        "ko-noscript-body-spa-skeleton", // an app's skeleton and "기사를 불러오는 중입니다…", the story only in <noscript> (guard)
        "ru-bitrix-news-share-wrapper", // Bitrix news-detail wrapped in "share-wrapper comments-enabled bx-hidden-print", the text box "detail-share-text" (guard)
        "ja-center-span-br", // an old layout: the menu, a blank line, then the headline in <b> at 18px over its date in one <center>, the text loose in <body>, <title> the site's short name (body exact, titled by the site "みなと漁協"); since round thirty-three its closing "みなと漁業協同組合" at 11px in its own <center> is the footer, not a signer
        "ru-center-menu-headline-box", // the same shape in Russian under <font size=4><b>, written after the rule (P 0.83, titled by the site); since round thirty-three its closing "Рыбколхоз «Восток», 2026" in <font size=1> is the footer
        // round thirty-three (session 38): issue 14's classes in shapes no fixture had, scored on main before the round (ee3acdbd); guards
        "uk-closing-org-line-div-small", // a club's news in divs, its name and the year in a 10px footer box under the text (guard)
        "en-wp-post-class-tag-words", // WordPress post_class words from the post's tags and categories on the article: tag-advertising, tag-comments, category-sidebar (guard)
        "zh-popup-opacity-zero-longer", // an app download layer hidden by opacity:0 and pointer-events:none, longer than the story (guard)
        "ja-tide-table-figures", // a tide table of times and heights between two paragraphs (guard)
        "ja-vertical-writing-mode", // an essay set vertically by writing-mode:vertical-rl (guard)
        "en-confluence-export-page", // a Confluence space export: breadcrumbs, "Created by …, last modified on", the wiki-content, "Document generated by Confluence" (guard)
        // round thirty-three: round thirty-two's leftovers, scored on main before the round (ee3acdbd)
        "de-dl-record-betreff-text", // a notice laid out as a <dl> record: Betreff, Datum, Aktenzeichen over the "Text" field (body exact; titled by the view's h2 "Mitteilung anzeigen")
        "ru-dl-record-tema-tekst", // the same in Russian, "Тема:", "Дата:", "Автор:" over "Текст объявления:", the text in <br> lines (P 0.83: the labels, the date and the author kept)
        "ja-dl-record-kenmei-honbun", // the same in Japanese, 件名/掲載日/担当 over 本文 (body exact; titled by the <title> "お知らせ詳細｜みなと町")
        "de-signer-own-paragraph-same-font", // a council's notice closing with "Lindenau, den 4. Dezember 2026" over "Gemeinde Lindenau" (R 0.87: the place and date line dropped)
        "en-pre-notice-letterhead", // a notice to mariners typed in one <pre>: the office and "NOTICE TO MARINERS No. 31/2026" with its date, the headline alone, the text, the signer (P 0.80, titled by the notice's number)
        "ja-pre-notice-letterhead", // the same in Japanese: 港湾課 and the date, お知らせ第12号, the headline, the text (P 0.73, titled by the notice's number)
        "en-closing-org-line-small-font", // a club's old layout: the headline in an h3, the text in <font size=2>, the club's name closing the page in <font size=1>, the <title> that name (P 0.92: the h3 kept; titled by the site)
        "ru-div-zag-headline-site-title", // an inspectorate's news item: div.zag headline over div.data, its closing line "Рыбинспекция Приморского района, 2026" saying the <title> (body exact, titled by the site)
        "uk-hyperkitty-message", // a HyperKitty message: the body in div.email-body, which the page's style sheet sets to white-space:pre-wrap, closed by a "--" signature (P 0.93: read as one line, the signature kept)
        "ko-pre-line-article-paragraphs", // a story's <p>s inside a box the style sheet sets to white-space:pre-line, written after the rule (guard)
        // round thirty-three: issue 14's classes in more shapes, scored on main before the next change (09430f66)
        "de-next-data-teaser-dom-paywall", // a Next.js page showing the teaser and a paywall box, the whole story in __NEXT_DATA__'s content list (guard)
        "ru-sibling-divs-split-by-ads", // five article__block text divs cut by four adfox "Реклама" blocks in one parent (guard)
        "ja-pdf2htmlex-positioned-lines", // a pdf2htmlEX conversion in Japanese: absolutely positioned lines, no spaces between them (guard)
        "uk-popup-visibility-hidden-inline", // a subscription layer hidden by inline visibility:hidden, longer than the post (guard)
        "ja-interleaved-ranking-blocks", // アクセスランキング and おすすめ記事 boxes between the story's paragraphs in its body box (guard)
        "de-headline-in-header-p-site-title", // a club's post whose headline is a <p class="ueberschrift"> in its <header>, the <title> and the logo's alt the club's name (guard)
        "zh-custom-elements-block-paragraphs", // custom elements only (news-title, news-para, news-related), no <p> (guard)
        "ru-paragraphs-as-h4", // a village's news written as one <h4> a paragraph under its h1 (R 0.90: the short last paragraph lost, the page read by its prose paragraphs alone)
        "ko-bold-br-body-only", // the whole notice in one <strong> of <br> lines loose in <body>, titled "공지" (guard)
        "de-bootstrap-modal-no-aria", // a Bootstrap "modal fade" newsletter box, hidden by its classes alone (no aria-hidden), longer than the story (guard)
        "en-wp-linked-entry-title-site-title", // an old blog theme: the blog's name in an h1 linked home, the <title> that name, the post's h2 entry-title linked to itself by rel=bookmark (body exact; titled by the blog's name)
        "ja-blog-bookmark-title-h1-home", // the same in Japanese, written after the rule (failed on the code before it: titled by the blog's name)
        "en-dialog-element-newsletter", // a <dialog> without open and a popover <div>, both longer than the story (guard)
        "en-genesis-content-sidebar-wrap", // Genesis: content-sidebar-wrap and site-inner around the post, an "About us" text widget in the sidebar (guard)
        "ru-offscreen-popup-left-9999", // a push-notification offer parked at position:absolute; left:-9999px, longer than the news item (P 0.47: read as the text)
        "zh-offscreen-layer-top-10000", // an app layer parked at position:fixed; top:-10000px, shorter than the story (guard)
        // round thirty-three: short lines that are content, and odd pages that hold an article (none to come back empty); guards
        "de-results-short-p-lines", // a match report with the matchday's other results as one short <p> each (guard)
        "ru-schedule-short-p-lines", // a library's holiday hours as one short <p> a day under "График работы:" (guard)
        "ja-bullets-nakaguro-br", // collection days as ・ lines in one <br> paragraph (guard)
        "ko-marquee-notice-only", // an old page whose only text is a notice scrolling in a <marquee> (guard)
        "en-dd-only-paragraphs", // a statement whose paragraphs are <dd>s under empty <dt>s, nothing else on the page (guard)
        "uk-table-caption-blockquote", // an address in <blockquote>s in a table cell, its headline the table's <caption> (guard)
        // round thirty-three: furniture words on the article's own wrappers and headlines easy to lose, scored on 43e01dac
        "en-rail-print-follow-wrappers", // the story inside layout__rail--main, print-area, js-follow-scroll, story--has-banner, rating-enabled poll-ready wrappers (guard)
        "ru-menu-social-words-on-text-box", // has-social-bar, with-sidebar on the column and social-likes-target menu-offset on the text box (guard)
        "de-seitenleiste-sheet-hidden-layer", // a "seitenleiste" column with an h3 and a paragraph after the story; a newsletter layer hidden by the style sheet's class (P 0.73: the side column joined to the story)
        "en-aria-heading-div-site-title", // hashed class names, the headline a <div role=heading aria-level=1>, the <title> the site's name (guard)
        "ko-aria-heading-span-site-title", // the headline a <span role=heading> beside the date's <span> in one box, the <title> the site's name (body exact; titled by the site)
        "uk-gov-ua-news-share-files", // a ministry's news item: breadcrumbs, a "Документи" list of files, "Поділитися:", "Інші новини" (guard)
        "zh-gov-cn-font-size-print-bar", // a city government's item: 【字体：大 中 小】 and 打印本页 in the info line, TRS_Editor paragraphs opened by ideographic spaces, 【关闭窗口】 (guard)
        // round thirty-four (session 41): round thirty-three's side column named by its place, scored on main before the round (afb5ebdc)
        "de-col-right-bootstrap-boxes-club-news", // a club's news in a Bootstrap row: col-md-8 with the story loose in it, col-md-4 col-right with an h4 and a paragraph (its paragraph joined to the story without the col-right rule)
        "ru-col-right-unnamed-side-block", // the same in Russian, an "Объявления" block in col-right after a two-paragraph item (P 0.66)
        // round thirty-four: issue 14's classes in CMS shapes no fixture had, scored on main before the round (afb5ebdc); guards
        "de-wp-block-theme-related-group-between", // a WordPress block theme: wp-site-blocks, a latest-posts group with excerpts between the post-content's paragraphs (guard)
        "ja-ghost-kg-bookmark-toggle-cards", // Ghost in Japanese: a kg-bookmark-card teaser between paragraphs, a short-line list, a closed kg-toggle-card (kept) (guard)
        "ko-jekyll-chirpy-panel-spec-list", // Jekyll's Chirpy theme: the sidebar and panel as <aside>s, a parts list of short lines, related posts (guard)
        "uk-tilda-t-rec-groups-popup", // Tilda: the text in two t-rec records split by a picture's, a t-popup subscription longer than the text hidden by the sheet (guard)
        "ko-daum-cafe-short-lines-comments", // a Daum cafe post of one short line a <p>, readers' comments longer than it (body guard; titled by the cafe's h1, linked to the cafe's "/garden" over its menu, until round thirty-five: now the title's part the line over the text says)
        "zh-douban-note-link-report", // a Douban note: the text in div#link-report (a report word), replies longer than it in "report-comment" boxes (guard)
        "de-woltlab-thread-message-classes", // a WoltLab forum thread: message/jsMessage posts, the answers longer than the opening post (guard)
        // round thirty-four: round thirty-three's leftovers committed unlisted, scored on main before the round (afb5ebdc), and the same classes in more languages
        "en-notice-in-th-cells", // a notice in <th> cells, its headline in <font size=4>, under the <title> "Parish council notice" (P 0.94: the headline kept, titled by the kind)
        "ja-notice-th-cells-kind-title", // the same in Japanese under "お知らせ｜みなと町漁協" (exact on main: the title's pairs name no word of the page)
        "en-unclosed-name-anchor", // an h2 headline under the <title> "Harbour news - Mill Cove Boat Club" (P 0.93: the h2 kept, titled by the title)
        "ru-h2-headline-section-site-title", // the same in Russian, "Новости - Яхт-клуб Парус", the section a menu link (P 0.90, titled by the club)
        "de-details-open-article", // an accordion of news items under "Aktuelles – Segelclub Lindenau": the open <details> is the story, the closed one another item (P 0.76)
        "ko-details-open-notice-items", // the same as a notice board in Korean, two closed items (P 0.47)
        "uk-faq-details-first-open-questions", // an FAQ whose first <details> is open and the rest closed, every summary a question: read whole (guard)
        // round thirty-four: issue 14's classes in more shapes, scored on main before the change (fe090b55)
        "zh-weibo-detail-wb-text-comments", // a Weibo-like post of three <br> lines, two longer replies signed inline ("<a>渔港老周</a>：…") with their own stamps, WB_text on both (P 0 R 0: the replies read)
        "ru-vk-like-post-inline-signed-replies", // the same shape in Russian, "<a>Ирина_Маякова</a>: …" replies in "reply" boxes (guard)
        "en-story-linked-terms-colon-list", // a story's list of linked terms with their explanations ("<a>Moorings</a>: …"), no stamps: text, no replies (guard)
        "ru-pdftohtml-ft-positioned-lines", // pdftohtml's positioned <p class="ft11"> lines of a decree: the office in bold capitals, ПОСТАНОВЛЕНИЕ, its date and number, the headline in bold (P 0.84: the letterhead kept, titled by the office); the page's number stays
        "ja-aside-only-column-text", // a column's text only in an <aside>, its h2 saying the <title>'s series and number and its own headline (P 0.73: the h2 kept, titled by the series)
        "zh-sheet-hidden-app-layer-no-overlay-word", // an app-download layer longer than the story, div#appDown hidden by the head's style sheet, no overlay word (P 0.20)
        "de-mobile-first-sheet-story-shown-desktop", // a sheet hiding the full story for small screens and showing it again in @media, hiding an app hint outright (P 0.55: the hint read)
        "de-substack-like-widgets-footnotes", // a Substack-like post: subscription widgets between paragraphs and after the text, a footnote (guard)
        // round thirty-five (session 42): titles named by the site's h1
        "ko-rhymix-board-read-xe-content-comments", // a Rhymix board: the club's h1 linked to "https://host/", the post's h1 linked to itself, comments in xe_content too (titled by the club)
        "en-board-site-h1-absolute-home-post-h1-linked", // the same in English, a rowing club's notices board (titled by the club)
        "ru-blog-h1-site-absolute-home-post-h1-linked", // a blog whose <title> is the site's name alone, its h1 linked to "https://host/", the post's h1 linked to itself (guard)
        // round thirty-six (session 43): titles, the controls a heading holds beside its words (each NAME.title; titled with them on main)
        "en-news-h1-share-bookmark-controls", // a "Share" <button> and a role=button link around a visually hidden "Bookmark" in the h1
        "ko-news-h1-listen-button-blind", // "기사 듣기" and "글자 크기" buttons with blind labels in the h1
        "de-news-h1-material-icon-merken", // aria-hidden ligature icons ("directions_boat", "bookmark_border") in the h1, one in a button
        "ru-news-h1-role-button-share", // a span role=button "Поделиться" in the h1
        "ja-news-h1-copy-link-sr-only", // links to "#" and to a script around sr-only "リンクをコピー" and "ブックマーク" in the h1
        "zh-news-h1-share-role-button-select", // a role=button "分享" and a font-size <select> in the h1
        "en-docs-h1-copy-path-button", // rustdoc-like: "Struct TideTable" and a "Copy item path" button in the h1 (a word or two the <title> opens with)
        // round thirty-six: the site's name as an h1 saying the <title>'s end part, the page's own heading saying the rest
        "en-old-theme-site-title-h1-story-h2", // an old theme's h1.site-title, longer than the story's h2, no copyright line naming it (titled by the site)
        "ko-blog-site-h1-post-h2", // the same in Korean, "post - site" (titled by the site)
        "ja-site-h1-story-h2-fullwidth-bar", // the same in Japanese, "見出し｜サイト" (titled by the site)
        "zh-site-h1-story-h2", // the same in Chinese (titled by the site)
        "uk-site-h1-story-h1-later", // the site's h1 over the menu, the story's own h1 later, shorter than the site's name (titled by the site)
        "de-handbook-menu-h1-own-h1", // an mdBook-like handbook: the book's name an h1 in the menu bar, the page's h1 saying the title's part and more (titled by the book)
        "ru-docs-h1-reference-h2-section-mark", // a Node-docs-like page: the reference's h1, a table of contents, the page's h2 with a "#" mark (titled by the reference)
        "en-story-h1-more-from-site-h2", // a story's h1 saying the title's first part, its text, then an h2 saying the site's name (guard)
        // round thirty-six (titles): a crash found in the doc-page sweep, on the headline-above path
        "en-plain-page-line-repeated-in-box-and-body", // a short line in a box and again loose in the box's parent, no h1 (NullPointerException: no output)
        // round thirty-six (titles): the same controls in a subhead are no line of the body
        "en-guide-subheads-copy-link-buttons", // a club's guide: "Copy link" buttons and a role=button "Share" beside its subheads (P 0.94: "Booking a slot Copy link")
        "de-ratgeber-zwischentitel-merken-button", // "Merken" and "Teilen" buttons beside a guide's subheads (P 0.89)
        "en-guidance-h1-title-contents-box-h2-sections", // an h1 saying the <title> whole over a contents box of links to its own sections (guard; PageMetadataTest reads it)
        "en-section-title-site-h1-label-h2-story-h3", // "News - Gazette": the site's h1, the section's h2 "News" over the story's h3 (titled by the site on 04523af5, "News" on dcd3a552)
        "ru-section-title-site-h1-label-h2-story-h3", // the same in Russian, "Новости — Вестник Заречья" (the same two titles)
        // round thirty-five: a side column named in a word of its own, comment boxes named "cmt"
        "zh-dedecms-content-pages-xgwz", // DedeCMS: the story in .pleft's .content, a .pright column's "推荐内容" teasers with summaries (P 0.44: the teasers joined)
        "uk-right-side-column-after-short-news", // a two-paragraph item in .left-side, an "Оголошення" h3 and paragraph in .right-side (P 0.53)
        "ko-gnuboard-bo-v-con-short-lines", // Gnuboard: a post of short lines in #bo_v_con, longer comments in .cmt_contents (P 0 R 0: a comment read)
        "ja-board-cmt-list-longer-than-post", // a Japanese board's notice of short lines, its replies in .cmt-list (P 0 R 0)
        "de-contao-ce-text-blocks-image-between", // Contao: a newsreader's ce_text blocks split by ce_image and ce_hyperlink, a newslist of teasers in aside#right (guard)
        "ja-movabletype-asset-body-more", // Movable Type: asset-body and asset-more (#more) as siblings, <br> lines, comments (guard)
        "ru-modx-overflow-hidden-text-read-also", // MODX-like: the text's div named "overflow-hidden", an inline "Читайте также" line, a popular box with summaries (guard)
        "en-hubspot-cos-widget-wrappers-cta", // HubSpot: the post body in an hs_cos_wrapper_widget span, a CTA, a subscribe widget with prose, related posts (guard)
        "uk-newspaper-td-post-inline-rec", // the Newspaper theme: td-post-content with an inline ad block and an inline "Читайте також" block, author box (guard)
        "en-aem-cmp-text-components-xf-signup", // AEM core components: the story in sibling cmp-text components split by an image and a teaser, a newsletter fragment (guard)
        "de-jimdo-j-text-modules-split", // Jimdo: j-text modules split by image and hr modules, a sidebar j-text, a cookie box display:none (guard)
        "ja-cocoon-entry-blogcard-short-lines", // the Cocoon theme: short lines, a table of contents, a list, an internal blog card with a snippet, author box, related cards (guard)
        // round thirty-five: comment sections headed in Chinese and Japanese
        "zh-empirecms-text-xgyd", // EmpireCMS-like: #text, a "相关阅读" list, a comment box named "pl" headed "网友评论" beside the text (P 0.50: the comment joined)
        "ja-seesaa-like-res-box-komento-heading", // a Seesaa-like blog: <br> text, a "res" box headed "コメント" (P 0.40)
        "en-wagtail-streamfield-blocks", // Wagtail: StreamField paragraph blocks split by a pull quote and a call to action with prose (guard)
        "ru-instantcms-content-item-hidden-modal", // InstantCMS-like: a two-paragraph item in field f_content, a subscription modal display:none twice its length (guard)
        "de-plone-parent-fieldname-text-portlets", // Plone: #parent-fieldname-text under the article's header (its documentDescription kept out, as a header's standfirst is), news portlets in the right column (guard)
        // round thirty-five: boxes headed as comments or reviews, whatever they are named
        "zh-news-hot-comments-heading-unnamed-box", // a two-line story, a box named "box2" headed "热门评论" holding one longer signed comment (P 0 R 0: the comment read)
        "uk-prom-like-product-specs-short-lines", // a shop page without a declared product or a quantity field: a description of short lines, a specs table, reviews headed "Відгуки" (P 0 R 0: a review read)
        // round thirty-six: a comment header on a line of its own in an old table layout's cell heads the rest of the cell
        "ja-table-blog-bold-comment-heading-in-cell", // <br> lines in a <td>, an <hr>, a bold "この記事へのコメント" opening the block of a reader's comment (P 0.50; titled with the blog's name until round thirty-seven)
        "en-table-blog-strong-comments-heading-mid-lines", // <br> lines in a div in a <td>, "Comments on this post" in <strong> mid-block, two signed comments (P 0.30)
        "en-table-blog-comments-heading-mid-lines-hr-between", // the same headed "Reader comments", the second comment after an <hr> in the cell (P 0.33)
        "en-table-blog-replies-heading-mid-lines", // the same headed "3 Replies" in <b>, the replies split by an <hr> (P 0.35: no header the rules knew)
        "ru-table-blog-bold-comments-to-post-paragraphs", // <p> paragraphs in a <td>, an <hr>, "Комментарии к записи (2)" in <b>, comments in <p>s (P 0.31)
        "ko-table-blog-bold-comment-heading-font-lines", // a board-like skin's nested table cell, "이 글에 달린 댓글" in <font><b> after the story's lines (P 0.31)
        "zh-table-blog-bold-comment-heading-after-hr", // <br> lines in a <td>, an <hr>, "读者评论：" in <strong> over signed comments split by an <hr> (P 0.14)
        "ru-table-news-read-also-lines-between-paragraphs", // loose "Читайте также:" link lines between a story's <p>s in a <td>: the story goes on (guard)
        "ja-blog-related-lines-mid-entry-story-goes-on", // "【関連記事】" link lines mid-entry, the story's <p>s after them in the same box (guard)
        // round thirty-six: a note set aside in the story's own words, among its paragraphs
        "ja-zenn-like-znc-aside-msg-notes", // Zenn-like: two <aside class="msg"> warnings between the sections of a .znc body, a list of parts (P 0.67 R 0.55: the notes dropped)
        "de-vereinsnews-hinweis-aside-between-paragraphs", // a club's news built of divs, an <aside class="hinweis"> between its paragraphs (R 0.72)
        "en-news-divs-pull-aside-repeats-line", // a pull quote in <aside class="pull"> saying again a line of the story: left out (guard)
        "en-invision-topic-first-post-ipscomment", // Invision Community: posts in article.cPost.ipsComment, the author pane an <aside>: the opening post (guard)
        // round thirty-six: a post written a line a box; a call to action's button written as a link
        "ja-ameba-like-entry-body-short-lines", // Ameba-like: #entryBody of one <div> a line, a "follow this blog" box of one paragraph and a button link, related teasers with snippets (P 0 R 0: the follow box read)
        "en-council-news-hours-box-div-lines-beside", // a two-paragraph notice beside a box of nine <div> lines of opening hours: the notice alone (guard)
        "en-pipermail-message-beginarticle-pre", // Mailman's pipermail: the message in <pre> between beginarticle/endarticle, thread links above and below (guard)
        "ru-vc-like-block-wrappers-incut-between", // vc-like: block-wrapper paragraphs, an incut "Читайте также" with a summary between them, comments (guard)
        // round thirty-six: ad units named for their network
        "ko-tistory-like-revenue-unit-between-another-category", // Tistory-like: tt_article_useless_p_margin paragraphs split by revenue_unit boxes (adfit, adsense) labelled "728x90" and "반응형" (P 0.83: the labels read)
        "ru-news-overlay-visibility-hidden-longer", // a subscription layer hidden by visibility:hidden, twice the story's length (guard)
        "zh-baijiahao-like-module-classes-bjh-p", // Baijiahao-like: generated module classes, span.bjh-p paragraphs split by an image, "为你推荐" items with summaries (guard)
        "uk-ministry-news-ordered-list-documents", // a ministry's news item: an ordered list of eight short documents in a content box named "share-content" (guard)
        "zh-news-lead-and-body-split-by-video-box", // a story's lead in .art-lead and its rest in .art-content, a video box of links between them (guard)
        "ja-note-like-textnote-body-support-box", // note-like: the text-note body, a support box of one paragraph and a button, the creator's profile (guard)
        // round thirty-six: "related news" said with 뉴스 and 글
        "ko-news-br-text-interleaved-link-news-boxes", // a story's <br> paragraphs loose in #articleBody, boxes headed "관련 뉴스" and "많이 본 뉴스" with summaries between them (P 0.52: the related summaries read)
        "de-kommentar-article-wrapper-leserkommentare", // an opinion piece in article.kommentar, readers' comments in section.leserkommentare (guard)
        "ru-longread-blocks-text-quote-wide-modifiers", // a long read in sections named longread-block--text, --quote and --text-wide, an ad slot and a box of other long reads with summaries between them (guard)
        // round thirty-six: an app shell's headline named in the state object beside its text
        "uk-app-shell-initial-state-content-html", // an empty #app, window.__INITIAL_STATE__'s newsItem with its title and content markup, a <title> of the site's name (titled by the site)
        "ja-sveltekit-like-fetched-json-body", // SvelteKit-like: a fetched response's body as JSON in a string, its title beside its markup, a loading notice (titled by the whole <title>)
        "en-substack-like-subscription-widget-in-body-footnotes", // Substack-like: a subscription widget with a pitch and an e-mail form between the body's paragraphs, a footnote (guard)
        "zh-zhihu-like-zhuanlan-richtext-comments", // a Zhihu-like column: RichText ztext paragraphs, vote and share buttons, a comment longer than a paragraph (guard)
        // round thirty-seven (session 44): titles, a label set beside the headline in its heading (each NAME.title; titled with it on main)
        "en-news-h1-kicker-div-then-headline", // a kicker "Analysis" in a <div> inside the h1 before the headline (titled "Analysis Why …", the kicker a body line)
        "ja-news-h1-kicker-div-then-headline", // the same in Japanese, the section "地域" as the kicker (titled "地域 港の…")
        "en-news-h1-headline-updated-badge-span", // an "Updated" badge span after the headline's span in the h1 (titled "… Updated")
        "en-gov-h1-short-title-version-small", // npm-like: a two-word h1 and its revision in <small>, the <title> the two words (titled with the revision)
        // round thirty-seven: the headline declared for previews only, the page's first h1 its section's name
        "en-twitter-title-only-section-h1-site-title", // twitter:title the only declared headline, an h1 "Local", a <title> of the site's name (titled "Local")
        "ru-jsonld-webpage-mainentity-headline-section-h1", // JSON-LD WebPage named "Новости", its mainEntity a NewsArticle with the headline (titled "Новости")
        "ko-og-title-site-suffix-section-h1", // og:title "headline | site" as og:site_name says, an h1 "지역" (titled with the site's name)
        "zh-jsonld-report-headline-column-h1", // a NewsArticle's headline in a JSON-LD list beside the WebSite, an h1 of the column's name (guard)
        // round thirty-seven: headlines in capitals
        "en-allcaps-h1-og-title-site-suffix", // the h1 and the <title> in capitals, og:title in sentence case with the site's name (titled by the h1's capitals)
        "ru-allcaps-bold-headline-site-title", // a bold line in capitals over the text, a <title> of the site's name (guard)
        "de-allcaps-h2-story-site-title-logo", // an h2 in capitals, the logo's alt the <title> (guard)
        // round thirty-seven: a consent layer's or a widget's heading before the story's own, the <title> the site's name
        "en-cookie-dialog-h1-before-story-h1-site-title", // a role=dialog consent box's h1 "We value your privacy" before the story's h1 (titled by it)
        "en-consent-cmp-h1-story-h1-section-title", // a consent manager's banner (cmp-banner) with an h1 before the story's, "Section | Site" (titled by it)
        "ru-weather-informer-h1-before-story-h1-site-title", // a weather informer's h1 "Погода во Владивостоке сегодня" in the page's head (titled by it)
        "ko-aside-ranking-h1-before-story-h1-site-title", // an aside's "most read" ranking headed by an h1 "지금 많이 본 기사" (titled by it)
        "de-liveticker-h1-before-story-h1-site-title", // a <nav> ticker's h1 "Eilmeldung: …", another story's headline (titled by it)
        "de-cookie-banner-h2-before-story-h2-no-h1", // a cookie banner's h2 before the story's h2, no h1 (guard)
        "ru-weather-widget-h2-before-story-h2-site-title", // a weather box's h2 before the story's h2 (guard)
        "ko-breaking-ticker-h2-before-story-h3-site-title", // a ticker's "속보" h2 and its link before the story's h3 (guard)
        "ja-live-label-h1-before-story-h1-site-title", // a "速報" label as an h1 before the story's h1 (guard)
        "zh-breadcrumb-section-h1-story-h2-site-title", // the breadcrumb's last item an h1 naming the section, the story's h2 (guard)
        "uk-calendar-h1-story-div-title-site-title", // a calendar's h1 "Грудень 2026", the headline a div over the text (guard)
        "en-title-bar-h1-short-entry-h2-full", // a title bar's short h1 and breadcrumb, the entry's full headline an h2 the <title> names (guard)
        "ko-header-h1-story-crumb-short-site-title", // the story's h1 in a <header>, a short version of it an h2 in the breadcrumb (guard)
        // round thirty-seven: mails kept as pages, the subject the headline
        "uk-mail-page-vid-tema-lines-div", // a webmail's letter: Від/Кому/Дата/Тема each a div above the text's div in one box (titled "Тема: …", the label kept)
        "ru-mail-page-otpravitel-tema-pisma", // Отправитель/Получатель/Дата/"Тема письма" rows of <p> above the text (titled "Тема письма: …")
        "zh-mail-view-table-fajianren-zhuti", // a mail client's table: 发件人/收件人/"时　间"/"主　题" spaced out with ideographic spaces (titled "主 题： …")
        "ko-gov-letter-susin-balsin-jemok-rows", // an official letter's 수신/발신/시행일/제목 rows of <th> and <td> (titled "제목 …")
        "de-press-mail-von-gesendet-betreff-lines", // Von/Gesendet/An/Betreff <br> lines in one paragraph under a mailbox's h1 "Posteingang" (guard)
        "ja-mail-archive-li-sashidashinin-kenmei", // a list archive's 差出人/日付/件名 list items, the list's tag in the subject (guard)
        "en-school-news-date-subject-rows-h1", // a school's news item: its h1, then "Date:" and "Subject: Geography" rows before the text in one box (guard)
        // round thirty-seven (session 44): a docs page's keyboard-help or settings box kept out of sight
        "en-docs-chapter-index-help-popup-by-id", // a book's chapter page, its heading over a list of links, keyboard help in a box named "help-popup" (read as the body)
        "ja-docs-chapter-index-dialog-element-help", // the same with the help in a closed <dialog> (read as the body, its heading as the title)
        "ru-docs-page-search-help-aria-hidden-longer", // a search-help box of paragraphs marked aria-hidden beside the page's own box with its h1 (read into the body)
        "de-docs-page-settings-dialog-role-beside-text", // a settings box role=dialog inside <main> after the text (guard)
        "ko-docs-page-hidden-attr-help-box", // a help box with the hidden attribute after a short text and a table (guard)
        "ru-list-archive-hypermail-h1-list-name", // a list archive: the list's h1, Тема/От/Дата as <br> lines of one paragraph, a rule, the message in <pre> (titled by the list)
        "zh-mail-archive-pre-headers-title-list", // a list archive's message typed in one <pre>, 发件人/日期/主题 its first paragraph, the <title> the archive's (titled by it, the envelope kept)
        "en-club-news-date-subject-br-paragraph-h1", // a club's news: its h1, then "Date:" and "Subject: Seamanship" as <br> lines of one paragraph (titled "Seamanship": two lines read as a mail's envelope under the page's own h1)
        "en-blog-forwarded-message-marker-envelope-generic-h1", // "---------- Forwarded message ---------" over From/Date/Subject/To <br> lines under an h1 "Press release" (titled by it, the envelope kept)
        "ru-forwarded-ishodnoe-soobshchenie-p-lines", // "-------- Пересылаемое сообщение --------" and От/Дата/Кому/Тема each a <p> under a section's h1 (titled by the mark)
        "de-urspruengliche-nachricht-br-lines-generic-title", // "-----Ursprüngliche Nachricht-----" over Von/Gesendet/An/Betreff under an h1 "Mitteilung" (titled by it, the envelope kept)
        "ko-original-message-marker-br-lines-h1-notice", // "-----Original Message-----" over 보낸 사람/받는 사람/날짜/제목 under an h1 "공지사항" (the same)
        "ru-list-archive-h1-subject-label", // a list archive's h1 "Тема: …" over the message's <pre> (titled with the label)
        "ja-forwarded-tensou-message-br-lines-h1-oshirase", // "---------- 転送メッセージ ----------" over 差出人/送信日時/宛先/件名 under an h1 "お知らせ" (titled by it)
        "zh-forwarded-zhuanfa-divs-section-h1", // "-------- 转发邮件信息 --------" and 发件人/发送时间/收件人/主题 each a div over the text's div (titled "主题：…")
        "uk-forwarded-pereslane-br-lines-generic-h1", // "-------- Переслане повідомлення --------" over Від/Дата/Кому/Тема under an h1 "Оголошення" (titled by it)
        // round thirty-seven: guards of the headline-lost classes in shapes right on main already (each NAME.title)
        "en-live-label-span-in-h1-title-without", // a "Live" badge span opening the h1, the <title> the headline without it
        "uk-kicker-div-headline-div-no-heading-site-title", // a rubric div over a headline div, no heading, the <title> the site's name
        "zh-kicker-h3-headline-h2-site-title-underscore", // a kicker h3 over the headline h2, "Headline_Section_Site"
        "ja-headline-two-spans-br-in-h1-title-whole", // a headline in two spans split by <br> in the h1, the <title> both
        "de-breaking-label-h2-story-h2-no-h1-site-title", // an "Eilmeldung" box's h2 and line before the story's h2, no h1
        "en-mailchimp-archive-merge-tag-title-h1", // a newsletter's web version titled by an unfilled merge tag, its story's h1
        "ru-section-h1-story-h2-title-site-only-not-menu", // a section's h1 no menu item says, the story's h2, the <title> the site's name
        "ko-allcaps-english-h1-mixed-title", // a headline in capitals in a div, the <title> saying it with the site's name
        // round thirty-seven: the headline only a bold line, a "Page – Site" <title> (session 43's leftover)
        "en-council-bold-run-br-opening-paragraph-page-site-title", // <p><strong>headline</strong><br>text…</p>, no heading (titled by the whole <title>)
        "ru-gov-bold-run-br-first-paragraph-page-site-title", // the same under a date paragraph, "Об изменении … — Администрация …" (the same)
        "de-verein-bold-run-br-first-paragraph-page-site-title", // the same in <b>, "… | Heimatverein Nordmole" (the same)
        "ja-bold-run-br-first-paragraph-page-site-title", // the same, "…｜みなと町役場" (the same, and the bold line kept as the text's first)
        "ko-bold-run-br-first-paragraph-page-site-title-guard-sentence", // an h3 headline, then a bold first sentence over a <br> (guard)
        "en-council-bold-line-headline-page-site-title", // the bold line a paragraph of its own (guard)
        "ru-gov-bold-headline-page-site-title", // the bold line over <br><br> in a table cell's div (guard)
        "ko-blog-bold-headline-page-site-title", // the bold line a paragraph of its own in a blog's post body (guard)
        // round thirty-seven: "Site – Headline" <title>s whose site the page names only in its logo's alt or its copyright line
        "ru-site-first-title-logo-alt-div-headline", // "Вести Залива — headline", the name only the logo's alt, the headline a div over a standfirst (titled by the whole <title>)
        "ko-site-first-title-copyright-headline-div-standfirst", // "동해포커스 :: headline", a blog's double colon, the name in the copyright line (the same)
        "en-webmail-print-view-subject-bold-no-label", // a webmail's print view, "Webmail - subject", the subject bold with no label (the same; the sender's line still read as the text's first)
        // session 44 (mutations): furniture words, interleaved link strips and signed threads as classes
        "en-share-enabled-module-wrappers", // the story's wrappers flagged share-enabled, text-widget, node-promoted under a headline box with a long dek
        "de-social-share-enabled-entry", // social-share-enabled on the entry, no-comments on its text, has-sidebar on the page (guard)
        "en-link-strips-between-paragraphs", // three strips of six bare links between pairs of paragraphs inside itemprop=articleBody, a fact box after (the links read as lines)
        "ru-link-tiles-between-paragraphs-factbox", // lists of six linked tiles after every second paragraph, a photo count between, a fact box of six paragraphs after (the fact box alone)
        "ko-related-links-after-text-reporter", // a related-links list between the last paragraphs and the reporter's line (guard)
        "en-signed-stamped-thread-in-declared-body", // itemprop=articleBody on a wrapper of the text and a thread in hashed classes: name and <time>, a paragraph, "Reply" (the thread read as text)
        "uk-signed-stamped-thread-in-declared-body", // the same with "Відповісти" and dates written out with a clock time, no <time> (the thread read as text)
        "ja-signed-stamped-thread-in-declared-body", // the same with 返信 and 2026年12月3日 10:15 stamps (the thread read as text)
        // round thirty-seven: a word naming answers as well as comments heads readers' comments where signed posts follow it
        "en-table-blog-responses-heading-mid-lines", // "Responses" in bold mid-cell under the story's <br> lines, posts signed "Maureen, 3 December" (joined, P 0.34)
        "de-blog-br-zwei-antworten-mid-cell", // "2 Antworten" the same in German (joined, P 0.32)
        "zh-table-blog-bold-huifu-heading-after-hr", // "回复 (2)" after an <hr>, posts signed "网友 阿梅 2026-12-04 20:15" (joined, P 0.20)
        "uk-blog-h3-vidpovidi-divs-signed", // "Відповіді" as an <h3> over signed note boxes (guard)
        "ja-blog-h2-henshin-count-divs-signed", // "返信 2件" as an <h2> over signed res boxes (guard)
        "en-council-consultation-responses-subhead-br-lines", // a consultation's "Responses" subhead over its text, a dated line among it (guard)
        // round thirty-seven: a shop's terms of delivery and returns beside a product's short lines (session 43's leftover)
        "de-shop-spec-rows-divs-short-description", // spec rows in divs, a one-line description, a box of delivery terms read with them (P 0.57)
        "ru-shop-spec-div-name-value-rows-delivery-box", // name and value divs, a box of delivery, payment and returns chosen as the text (P 0.48)
        "ja-shop-spec-rows-shipping-box", // 仕様 rows, 発送・送料・返品 in a box of their own chosen as the text (P 0.75)
        "en-post-office-news-delivery-returns-guard", // a story about parcels and returns, its list of hours, a paragraph on delivery and returns after it (guard)
        // round thirty-seven: markup in a JSON-LD articleBody; a declared body in kanji measured as words
        "ko-app-shell-jsonld-articlebody-paragraph-markup", // <p> and <h2> in the declared body of an empty app shell (paragraphs joined: "밝혔다.독서교실은", P 0.89 R 0.86)
        "ja-news-jsonld-articlebody-markup-teaser-visible", // a paywalled story, its opening shown, the whole declared with <p>s (the opening alone, P 0 R 0 by the metric)
        // round thirty-seven: issue 14's interleaved blocks, a site's own teaser cards built alike but set apart by the story's paragraphs
        "de-news-unnamed-recommendation-cards-with-summaries-interleaved", // two unnamed cards (picture, linked h3, long summary) between three paragraphs (joined, P 0.36)
        "ru-news-unnamed-teaser-cards-images-between-paragraphs", // the same in Russian with h4 headlines (joined, P 0.35)
        "en-reading-list-cards-commentary-between-guard", // a reading list: off-site cards without pictures, the writer's note after each (guard)
        // round thirty-seven: issue 14's short lines, a table under the headline as the content, a card of prose beside it
        "en-bus-timetable-table-content-sidebar-prose", // a bus timetable under its h1, an "About Northvale Buses" card in the next column (read instead, P 0 R 0)
        "ja-ferry-timetable-table-beside-company-blurb", // a ferry timetable, a company's card beside it (read instead, P 0 R 0)
        "en-results-table-under-headline-story-beside-guard", // a results table under the h1, the story in the next column (guard)
        // round thirty-eight (issue 14): the story laid out as an <aside> beside a shorter visible text
        "en-aside-story-body-newsletter-promo", // the story's paragraphs in an <aside>, a newsletter box's sentence the visible text
        "ru-aside-article-text-reader-comment", // the same in Russian, a reader's one-line comment beside it
        "ko-aside-article-view-most-read", // the same in Korean, a "most read" box with a subscription line
        "de-aside-artikel-text-autorenkasten", // the same in German, the author's line in a box of its own
        "en-article-aside-teaser-sidebar-guard", // a long story in divs, a sidebar <aside> of three linked teasers with summaries (guard)
        "de-article-pullquote-aside-guard", // a pull quote <aside> between a story's paragraphs, repeating a line of it (guard)
        // session 45 (issue 14, --mutate noscript): the story's only copy in <noscript>, a visible loading and "enable JavaScript" placeholder in its place
        "en-noscript-story-enable-javascript-notice", // a placeholder of two lines under the h1, a most-read box and a footer blurb (the notice alone)
        "de-noscript-artikel-javascript-hinweis", // the same in German inside an <article> (the notice alone)
        "ru-noscript-statya-vklyuchite-javascript", // the same in Russian, a spinner and one line (the notice alone)
        "ko-noscript-article-javascript-notice", // the same in Korean (the placeholder's two lines)
        "en-visible-story-noscript-cookie-notice-guard", // a visible story, a cookie panel's three-paragraph fallback in <noscript> (guard)
        "ja-visible-story-noscript-pixel-guard", // a visible story, a one-line notice and a tracking pixel in <noscript> (guard)
        // sessions 46-47 (issue 14, --mutate noscript): the story's only copy in <noscript>, read as a browser without scripts shows the page
        "en-noscript-story-two-paragraphs", // a story of two paragraphs under a "Loading…" spinner (the newsletter line, P 0 R 0)
        "ja-noscript-kiji-short-paragraphs", // a story in short paragraphs, two of 40 characters (the placeholder and the footer's blurb, P 0 R 0)
        "zh-noscript-wenzhang-beside-teasers", // short paragraphs beside a visible column of longer teasers (a teaser, P 0 R 0)
        "ru-noscript-statya-lid-vidim", // a newsletter box of three long paragraphs after the article (that box, P 0 R 0)
        "de-noscript-artikel-neben-autorenkasten", // an author's box of three long paragraphs in the next column (that box, P 0 R 0)
        "uk-visible-story-noscript-subscription-notice-guard", // a short visible story, a longer subscription notice in <noscript> after it (guard)
        "ko-visible-story-noscript-author-teasers-guard", // a visible story, "more from this writer" teasers in <noscript> under a loading line (guard)
        "de-visible-story-noscript-crawler-copy-guard", // a visible story and its crawler's copy in <noscript> (guard)
        // session 50 (issue 14, --mutate noscript, f6ac15a4): the story's only copy in <noscript>, written straight into its
        // column in <br> lines under a box saying the headline (no paragraph of it in a <p>)
        "en-noscript-council-column-br-text", // a council site's column, p.titulo (the placeholder's line, P 0 R 0)
        "ru-noscript-old-portal-td-news-text-br", // a table layout's cell, h1 and div.news-text (the left column's blurb, P 0 R 0)
        "ja-noscript-honbun-loose-br-lines", // div.honbun in short lines (a sidebar's notices, P 0 R 0)
        "de-visible-story-noscript-loose-text-notice-guard", // a visible story, a "JavaScript deaktiviert" notice in loose lines in <noscript> (guard)
        "uk-visible-story-noscript-loose-text-subscription-guard", // a visible story, a subscription notice in loose lines in <noscript> (guard)
        // session 45 (issue 14): the story's <aside> inside the page's <article> under a wrapper named for a layer
        "en-aside-story-theme-lightbox-wrapper", // a theme's "enable-lightbox" page wrapper, a sign-up widget's thanks line visible (that line, P 0 R 0)
        "ja-aside-story-dialog-canvas-wrapper", // Drupal's "dialog-off-canvas-main-canvas", a highlights box's line visible (that line, P 0 R 0)
        "uk-aside-story-article-overlay-handle", // the aside itself named "article-overlay-handle", the author's line visible (that line, P 0 R 0)
        "zh-aside-story-body-overlay-page-wrapper", // a div#body_overlay page wrapper, a contact blurb in the next column (the blurb, P 0 R 0)
        "en-help-dialog-aside-beside-short-story-guard", // keyboard help in an overlay-named <aside> outside the <article>, beside a one-paragraph story (guard)
        // session 45 (issue 14): one run of the story's paragraphs laid out as an <aside> among the text's other runs
        "en-aside-text-run-between-companion-columns", // runs in companion-column boxes alike, the middle one an <aside> (dropped, R 0.52)
        "ru-aside-article-block-text-second-run", // article__block_text boxes alike, the second run an <aside> (dropped, R 0.64)
        "ko-aside-text-description-between-paragraph-divs", // a div per paragraph, a run of five in an <aside> between them (dropped, R 0.50)
        "de-aside-component-content-first-run", // the first of two body sections' runs an <aside> (dropped, R 0.60)
        "en-aside-author-bio-two-paragraphs-guard", // a writer's bio of three paragraphs in an <aside> after the story's box (guard)
        "de-aside-teaser-headline-summary-between-paragraphs-guard", // a teaser <aside> (a linked h3, two summary paragraphs) between paragraphs (guard)
        // session 45 (issue 14): the story's <aside> named by a page builder's wrapper class ("elementor-widget-container")
        "en-aside-story-elementor-widget-container", // Elementor's widget container as the story's <aside>, a call to action's line visible (that line, P 0 R 0)
        "uk-aside-story-siteorigin-widget-editor", // SiteOrigin's "so-widget-sow-editor" as the story's <aside>, a subscribe line visible (that line, P 0 R 0)
        "en-short-story-widget-text-aside-about-guard", // a one-paragraph story, a sidebar "widget widget_text" <aside> of three paragraphs about the paper (guard)
        // session 45 (issue 14, --mutate hidden-classes): the story's wrappers hidden from a printer by class, the headline above them
        "en-story-wrapper-js-hide-on-print", // js-hide-on-print on the column and the entry (an "About" box beside it read instead)
        "ru-statya-obertka-print-hide", // print-hide on the news box and its lead (the editors' call for news read instead)
        "de-artikel-d-print-none-wrapper", // d-print-none on the column, hide-print on the text (the paper's blurb in the next column read instead)
        "ja-kiji-hidden-print-wrapper", // js-hide-on-print on the article's area, hidden-print on its text (the site's line read instead)
        "en-modal-hide-on-print-guard", // a newsletter box named js-modal and hide-on-print, longer than the story, above it (guard)
        "ko-sidebar-hidden-print-guard", // a sidebar named hidden-print, longer than the story, beside it (guard)
        // session 45: pages built as a bare readers' thread is (a name line over one paragraph, four times or more, in a box
        // of its own after a short text) whose items are the content: no rule of that shape may take them (guards)
        "de-leserbriefe-name-first-own-box-guard", // readers' letters, each "Name, Ort" over one paragraph, after a one-paragraph introduction
        "en-vox-pop-shoppers-own-box-guard", // a vox pop, each "Name, age, town" over one paragraph, after a one-paragraph introduction
        // session 46-47 (issue 14, "short lines dropped", --mutate lines-dl): definition lists inside a story
        "en-interview-qa-dl-per-answer", // an interview, each question and answer a <dl> of its own (the author's box joined, P 0.83)
        "ru-recipe-ingredients-dl-per-step", // ingredients as a <dl>, each step a <dl> of its own (the note on the cook who sent it joined, P 0.77)
        "ja-faq-dl-per-question", // a town's FAQ, each question a <dl> (the writer's box joined, P 0.69)
        "de-zwei-modelle-datenblatt-gleiche-begriffe", // two data sheets under the same terms (the second sheet's terms lost, R 0.93)
        "ko-missile-spec-dl-among-paragraphs", // a story set a <dl> a paragraph around a missile's data (a term said twice lost, the reporter's box joined: P 0.70 R 0.94)
        "en-footer-dl-contacts-about-guard", // a footer's <dl>s of contacts and an "About us" longer than a paragraph (guard)
        "zh-sidebar-dl-link-lists-guard", // a sidebar's <dl>s of linked headlines beside the story (guard)
        "uk-tags-dl-after-story-guard", // a tag list and share links as <dl>s after the story's paragraphs, in its box (guard)
        // session 47 (issue 14, "a page whose headline is lost"; --mutate title-masthead and title-date): the story's headline
        // in a box named for it under an h1 naming something else, each fixture's NAME.title the headline
        "en-site-h1-div-headline-signup-h1", // the site's name as the h1 the <title> names, the headline a div.headline (the name)
        "ru-masthead-h1-p-entry-title-footer-h1", // the site's h1 linked home, a p.entry-title, a sign-up h1 at the foot (the sign-up's)
        "ko-title-in-body-site-h1-view-title", // an ad slot's <div> in <head> pushing the <title> into the body, a div.view_title (the sign-up's)
        "ja-site-h1-entry-title-mailmag-h1", // the site's h1, a div.post_title, a mail magazine's h1 after the text (the site's name)
        "de-heute-date-h1-before-story-h1", // a date widget's "Heute: Montag, 7. Dezember" h1 before the story's, the <title> worded otherwise (the date)
        "zh-site-slogan-title-header-story-h1-guard", // the site's slogan in a p.site-title in the header, the <title> the site and slogan (guard)
        "uk-story-h1-share-box-title-guard", // the story's h1 worded otherwise than the <title>, which a share box's span says whole (guard)
        // session 47 (issue 14, "short lines dropped", --mutate lines-list and lines-table): lists and data tables inside a story
        "en-story-points-ol-author-box", // a story's numbered points in an <ol> between two short paragraphs (the closing line lost, R 0.94)
        "de-rezept-zutaten-ul-schritte-ol", // a recipe's ingredients <ul> and steps <ol> under one line (intro and ingredients lost, R 0.76)
        "ja-oshirase-ul-points-author", // a notice's points in a <ul> between two short paragraphs (the closing line lost, R 0.88)
        "uk-timeline-table-among-paragraphs", // a timeline's <table> rows between two short paragraphs (both lost, R 0.89)
        "ru-sidebar-ul-summaries-guard", // a sidebar's <ul>s of unlinked news in brief beside the story (guard)
        // session 48 (issue 14, "a furniture word never penalises an ancestor of the main text", --mutate hidden-classes): a
        // short story under a long standfirst set as a heading in the headline's box, a class word on the story's wrapper
        "en-standfirst-h2-short-story-print-module", // h2.sub-head, the story in div.module.js-hide-on-print (the standfirst, P 0 R 0)
        "de-dachzeile-h2-kurzmeldung-share-container", // h2.article-teaser, the story in div.article-text.share-container (the teaser, P 0 R 0)
        "ru-lid-h3-zametka-widget-wrapper", // h3.b-article__lead, the story in div.b-article__body.widget (the lead alone, R 0.43)
        "ja-lead-h2-kiji-print-none", // h2.c-article__lead, the story in div.c-article__body.js-print-none (the lead alone, P 0 R 0)
        "en-video-standfirst-h2-author-bio-guard", // a video's standfirst, an author's bio of two paragraphs under it (guard)
        "ko-standfirst-h2-newsletter-box-guard", // a video's standfirst, a newsletter box of two paragraphs under it (guard)
        // session 48 (issue 14, "a page whose headline is lost"; --mutate title-ticker): a ticker's or breaking-news strip's
        // label set as an h1 over links before the story's own h1, each fixture's NAME.title the headline (titled on main)
        "en-breaking-h1-linked-line-story-header-h1", // "Breaking news" over a linked line, the story's h1 in a header outside its article (a photo credit)
        "ru-srochno-h1-link-list-story-h1", // "Срочно" over a list of three linked headlines, the <title> worded otherwise (the photo's credit)
        "ko-sokbo-h1-marquee-story-h1", // "속보" over a marquee of links, the <title> the paper's name (the label)
        "de-eilmeldung-h1-link-time-story-h1", // "Eilmeldung" over a time and a linked line (the byline)
        "ja-sokuho-h1-link-story-h1", // "速報" over a linked line, the story's h1 one link to itself (the label)
        "en-short-h1-linked-byline-tags-guard", // a story's h1 of three words over a linked byline and tags, a sign-up's h1 after the text (guard)
        "zh-kuaixun-h2-ticker-story-h1-guard", // a ticker's label as an h2 before the story's h1 (guard)
        // session 48 (issue 14, "body in an unusual place", --mutate aside): the story's box, its h1 in it, laid out as an <aside>
        "pt-aside-post-h1-beside-excerpts", // a WordPress post's one paragraph in aside.articlebox, four longer excerpts beside (the excerpts, P 0 R 0)
        "en-aside-column-h1-beside-longer-promo", // an opinion column of two paragraphs in an aside, a longer subscribe panel beside (the panel, P 0 R 0)
        "ko-aside-story-h1-beside-author-box", // a two-paragraph story in aside.view_cont, a longer author's box beside (P 0 R 0)
        "de-aside-kopf-h1-vorspann-artikel", // the headline and standfirst in an aside over the story's box: read as the div it stands for (standfirst lost, R 0.63)
        "en-aside-site-h1-about-story-h2-guard", // the site's name as an aside's h1 over an "about us", the story under an h2 (guard)
        // session 48 (issue 14, "email-style pages"; --mutate title-email): a message's web copy laid out as a table, its
        // sender's row over its subject (labelled, or set bold and large without a label) over the text (titled on main)
        "en-newsletter-from-row-bold-subject-line", // "From:" over a bold "Subject:" line, the <title> the archive's (the <title>)
        "de-newsletter-von-betreff-rows", // "Von:" over a bold "Betreff:" line (the subject with its label)
        "ja-merumaga-sashidashinin-kenmei-bold", // "差出人：" over a bold "件名：" line (the subject with its label)
        "ko-mail-bonaen-saram-jemok-large-span", // "보낸 사람:" over "제목:" in a large bold span (the subject with its label)
        "ru-pismo-ot-row-large-bold-cell", // "От:" over a cell set at 22px in bold, no label, the <title> worded otherwise (the <title>)
        "en-letters-from-line-h3-title-guard", // a letters page: its h1, a writer's "From:" line over a letter's lead set bold and large (guard)
        // session 48 (issue 14, "a calendar widget taken as the title"): an events calendar's h1 over its month's grid
        "ja-event-calendar-h1-day-grid-story-h1", // "イベントカレンダー" over a grid of days, before the story's h1 (the calendar's heading)
        "ko-event-calendar-h1-day-grid-guard", // "이달의 행사" over a grid of days, before the story's h1 (right on main: a section's label, the line over the text)
        "de-fahrplan-story-h1-table-days-guard", // the story's h1 over a timetable of numbered days, a newsletter's h1 after the text (guard)
        // session 48 (issue 14, "only one group survives", --mutate sections-in-place): a box longer than each part inside one
        "en-story-parts-factbox-inside-last-part", // three parts between ad slots, a fact box of five paragraphs in the last (the box alone, R 0.49)
        "en-lead-card-text-box-teaser-cards-guard", // a lead story's card, its text in a box of its own, teaser cards alike between ads (guard)
        // session 49 (issue 14, "short lines dropped", --mutate lines-br): the story's opening block in bare <p>s, the rest
        // of its blocks (built alike) in lines broken by <br>
        "en-story-blocks-opening-p-rest-br-lines", // a drop cap's block of two <p>s, an image block, a block of <br> lines (opening lost, R 0.69)
        "ru-news-detail-blocks-opening-p-rest-br-lines", // Bitrix-like news-detail__block: two <p>s, a picture, <div>s of <br> lines (opening lost, R 0.69)
        "ja-news-blocks-opening-p-rest-br-lines", // section blocks: two <p>s, an ad block, a <div> of <br> lines (opening lost, R 0.67)
        "ko-news-blocks-br-lines-p-byline-block-before-guard", // a block alike before the story: bare <p>s of byline, date, subscribe link (guard)
        // session 50 (--mutate lines-list, lines-dl, lines-table: 2f42ef1d3e): the same opening block, the rest of the
        // story written as a list's items, a definition list or a table's rows
        "en-story-blocks-opening-p-rest-list-items", // a drop cap's block of two <p>s, an image block, a block of <li> lines (opening lost, R 0.58)
        "de-story-blocks-opening-p-rest-definition-list", // the rest as <dt> labels over <dd> sentences (opening lost, R 0.59)
        "ja-story-blocks-opening-p-rest-table-rows", // the rest as a table's <th>/<td> rows (opening lost, R 0.67)
        "ko-news-blocks-list-items-p-byline-block-before-guard", // a block alike before a story of <li> lines: bare <p>s of byline, date, subscribe link (guard)
        // session 49 (--mutate lines-br-inline): a story in <br> lines keeps its inline custom elements and its sentences
        "en-health-br-lines-inline-citation-elements", // "(<trusted-ref><a>1</a></trusted-ref>)." in a <div>'s lines: each line cut at the "(" (P 0.89 R 0.86)
        "de-br-lines-custom-teaser-between-lines-guard", // a custom element holding a teaser's boxes between the lines stays a box, out (guard)
        "en-br-lines-source-colon-in-sentence-credit-line", // "… found the likely source: a corroded main …" a line of the story (dropped, R 0.71); "Source: …" under it out
        "ru-br-lines-istochnik-colon-in-sentence-credit-line", // "… нашли источник: прорыв трубы …" a line of the story (dropped, R 0.58); "Источник: …" under it out
        // session 49 (issue 14, "only one group survives", --mutate sections-in-place): a part holding a lightbox gallery
        "en-story-parts-lightbox-gallery-in-last-part", // the last part: a label, a list, a lightbox gallery of linked thumbnails, a line (part lost, R 0.79)
        "ja-blog-parts-lightbox-gallery-in-last-part", // the same in a Japanese blog's entry-part boxes, "gallery-lightbox" (part lost, R 0.59)
        "en-story-parts-newsletter-popup-in-last-part-guard", // a part alike after the story holding a newsletter popup with text (guard)
        // session 49 (issue 14, "a page whose headline is lost"; --mutate title-masthead and title-generic): the site's name
        // or logo over the story's headline in a box named for it that the <title> words otherwise, and widgets' headings
        // (each fixture's NAME.title the headline; what main titled it in brackets)
        "en-site-h1-title-suffix-p-title-worded-otherwise", // the only h1 the <title>'s end part, "Harbour Ledger" (that name)
        "de-site-h1-div-headline-sidebar-h1-after", // og:site_name's h1, a div.headline, a sidebar's h1 after the text (the sidebar's)
        "ru-site-h1-p-title-title-worded-otherwise", // og:site_name's h1, a p.post-title, no other h1 (the <title>)
        "ja-site-h1-entry-ttl-worded-otherwise-foot-h1", // og:site_name's h1, a div.entry_ttl, a mail magazine's h1 in the foot (the foot's)
        "ko-site-h1-view-title-quote-h1-in-text", // og:site_name's h1, a div.view_title, a quote set as an h1 in the text (the quote)
        "zh-article-h2-headline-front-teaser-h1-after", // the story's h2.headline in its <article>, teasers' h1s after it (a teaser's)
        "en-logo-h1-in-home-link-svg-names-generic-title", // an h1 of two SVG logos' names inside a link home (the names)
        "de-brand-h1-home-and-section-links-generic-title", // an h1 of two links, the home page's and the section's (the two)
        "en-breadcrumb-h1-links-story-h2-site-title", // a breadcrumb trail of links set as the h1 ("Home › Politics")
        "ja-breadcrumb-h1-links-story-div-title", // the same over a div.title ("ホーム › ニュース")
        "ru-breadcrumb-h1-section-text-story-div-title", // a trail ending with the section as text ("Главная › Политика")
        "de-breadcrumb-h1-section-text-story-h2-section-title", // the same, the <title> "Politik | Site" ("Startseite › Politik")
        "ko-breadcrumb-h1-ending-headline-story-h2", // a trail ending with the headline ("홈 › 정치 › …": the whole trail)
        "zh-breadcrumb-h1-ending-headline-story-div", // the same over a div.title ("首页 › 新闻 › …")
        "en-teaser-p-title-linked-before-story-h1-guard", // a featured teaser's linked p.teaser-title and excerpt before the story's h1 (guard)
        "uk-site-slogan-p-title-header-story-h2-guard", // the site's slogan in a p.site-title in the header, the story's h2 in its article (guard)
        "uk-date-widget-h2-story-h2-guard", // a date widget's h2 "Понеділок, 7 грудня 2026" over the story's h2 (guard)
        "ko-section-h1-story-div-title-guard", // a section's h1 "정치" over the story's div.title (guard)
        "en-h1-home-link-word-story-guard", // the story's h1 opening with the site's name linked home, no trail's mark (guard)
        // session 49 (issue 14, "body in an unusual place", --mutate aside): a page with no h1, its story's box laid out as an
        // <aside> headed by a box saying the title, the text straight in it in <br> lines
        "uk-city-news-aside-col-titulo-br-text", // a council site's Bootstrap column as an <aside>, <p class="titulo"> (a hotline blurb, P 0 R 0)
        "ko-old-portal-aside-view-tit-br-text", // an old portal's aside#contents, div.view_tit, loose text (the footer, P 0 R 0)
        "de-aside-col-title-repeated-blurb-beside-story-guard", // an aside beside the story: "Sie lesen gerade: <span>title</span>" over a blurb (guard)
        // session 51 (issue 14, empty outputs; blind-pages-s50's s50p-18): the story's box under the headline hidden by its
        // own inline style until a script shows it, beside visible text elsewhere that the visible pass took instead
        "zh-wechat-visibility-hidden-profile-card-comments", // WeChat's js_content under visibility:hidden, a profile card and comments (the card, P 0 R 0)
        "en-story-body-display-none-under-author-card-responses", // a theme's story__body display:none until fonts load, an author card and responses (those, F1 0.02)
        "ru-news-detail-text-visibility-hidden-br-district-card-comments", // Bitrix news-detail-text in <br> lines, a district card and comments (the card, P 0 R 0)
        "ko-article-view-content-opacity-visibility-hidden-writer-profile", // ND-soft article-view-content-div under opacity:0 and visibility:hidden, a writer's profile (the profile, P 0 R 0)
        "en-hidden-signup-under-headline-visible-short-story-guard", // a display:none sign-up box with a form under the h1, the visible story after it (guard)
        "de-visible-story-hidden-privacy-box-after-in-column-guard", // the visible story under the h1, a display:none privacy text in the next column (guard)
        "ja-hidden-terms-box-beside-headline-short-story-guard", // a visibility:hidden terms notice between the h1 and a short visible story in one box (guard)
        // session 51 (issue 14, interleaved blocks; blind-pages-s50's s50p-15): a box of links set inside a microdata
        // articleBody, which the visible pass leaves out and the declared body kept
        "ko-microdata-body-related-box-video-playlist-inside", // ND-soft's 관련기사 list and a playlist of linked cards with summaries (kept: P 0.45)
        "en-microdata-body-watch-next-linked-cards-inside", // a "Watch next" box of linked cards with excerpts between paragraphs (kept: P 0.51)
        "de-microdata-body-mehr-zum-thema-teaser-links-inside", // "Mehr zum Thema": teasers whose link holds headline and summary (kept: P 0.35)
        "en-microdata-body-links-digest-own-words-guard", // a digest post: each item a link and a sentence of the author's own (guard)
        "ru-microdata-body-documents-links-list-at-end-guard", // a release's list of attached documents' links at the body's end (guard)
        // session 51 (blind-pages-s50's s50p-17): a platform's statement on what it carries, in English under its Chinese one
        "zh-portal-post-statement-chinese-and-english-notice", // a portal's post_statement: "声明：…仅提供信息存储服务" and "Notice: … only provides information storage services" (the English kept: P 0.30)
        "en-self-media-platform-disclaimer-after-story", // the same in English alone, the body's last paragraph (kept: P 0.69)
        "zh-company-statement-information-storage-in-story-guard", // a company's statement in the story that it will provide information storage, in Chinese and English (guard)
        // session 51 (blind-pages-s50's s50p-28): a live blog's entries, most marked by a BEM modifier and titled, the
        // rest plain and untitled, each with a share bar
        "en-live-blog-div-entries-pinned-modifier-untitled-entries", // liveblog-entry--pinned among liveblog-entry (the two untitled dropped: R 0.82)
        "de-liveticker-items-highlight-modifier-untitled-items", // ticker-item--highlight among ticker-item (the untitled one dropped: R 0.73)
        "en-story-then-teaser-cards-featured-modifier-guard", // a story, then teaser cards one of which is card--featured (guard)
        // session 51 (issue 14, short lines dropped; blind-pages-s50's s50p-21): a product's data sheet under its subhead
        // after the features' list, a row's value long enough to read as prose, or a note closing the sheet
        "ja-product-page-features-then-spec-table-long-value-row", // 仕様 after おすすめポイント, a 外形寸法 row (the sheet dropped: R 0.31)
        "de-product-page-features-then-data-sheet-footnote", // "Technische Daten" with a long Laufzeit row and a "*" note (dropped: R 0.59)
        "en-product-features-then-related-links-list-footnote-guard", // "Customers also bought" links closed by a VAT line (guard)
    })
    void extractsTheArticleOfEachFailureClass(String name) throws IOException {
        String html = resource(name + ".html");
        String expected = resource(name + ".txt").strip();
        Article a = EXTRACTOR.extract(html, "text/html", "https://example.org/" + name);
        assertEquals(expected, a.body(), name);
        // the headline decides relevance when the body is thin: pages whose headline is easy to lose say which it is
        String title = optionalResource(name + ".title");
        if (title != null) {
            assertEquals(title.strip(), a.title(), name + " title");
        }
    }

    /**
     * The harness view of the same pages: every fixture's P/R/F1 by the benchmark's metric, printed worst first, so a
     * change that costs a fixture a line shows how much it costs rather than only that it differs.
     */
    @Test
    void scoresEveryFixtureByTheBenchmarkMetric() throws IOException, URISyntaxException {
        Path dir = Path.of(ExtractionFixturesTest.class.getResource("/extract/fixtures").toURI());
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
        Map<String, ExtractionScore.Page> scores = new LinkedHashMap<>();
        for (String name : names) {
            Article a = EXTRACTOR.extract(resource(name + ".html"), "text/html", "https://example.org/" + name);
            scores.put(name, ExtractionScore.page(resource(name + ".txt").strip(), a.body()));
        }
        scores.entrySet().stream().sorted(Comparator.comparingDouble(e -> f1(e.getValue())))
                .forEach(e -> System.out.printf(Locale.ROOT, "fixture %.3f P=%.3f R=%.3f %s%n", f1(e.getValue()),
                        e.getValue().precision(), e.getValue().recall(), e.getKey()));
        ExtractionScore.Summary s = ExtractionScore.summarise(scores.values());
        System.out.println("fixtures: " + s);
        assertTrue(s.f1() >= 0.99, "fixtures " + s);
    }

    private static double f1(ExtractionScore.Page p) {
        double pr = Double.isNaN(p.precision()) ? 0 : p.precision();
        double re = Double.isNaN(p.recall()) ? 0 : p.recall();
        return pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
    }

    private static String optionalResource(String file) throws IOException {
        try (InputStream in = ExtractionFixturesTest.class.getResourceAsStream("/extract/fixtures/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = ExtractionFixturesTest.class.getResourceAsStream("/extract/fixtures/" + file)) {
            assertNotNull(in, "missing fixture " + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
