package dev.tumen.common.net;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ASCII spelling of a URL written with Unicode: an internationalised host ({@code мид.рф}, {@code 한국.kr}) in
 * its IDNA form ({@code xn--…}) and every other non-ASCII character percent-encoded as UTF-8, as a browser sends
 * it. {@link java.net.URI} finds no host in {@code https://мид.рф/}, so such pages, feeds and webhooks were refused as
 * "URL has no host", and a path pushed raw and pushed encoded were two pages. The address guard then judges the
 * resolved addresses of the ASCII host as for any other.
 */
public final class AsciiUrls {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private AsciiUrls() {
    }

    /**
     * @return {@code url} itself when it is ASCII already, else its ASCII spelling
     * @throws IllegalArgumentException when the host is not a valid internationalised domain name
     */
    public static String of(String url) {
        if (url == null || isAscii(url)) {
            return url;
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return encode(url);
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.startsWith("[") ? hostPort.indexOf(':', hostPort.indexOf(']')) : hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        String port = colon < 0 ? "" : hostPort.substring(colon);
        String asciiHost = isAscii(host) ? host : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        return url.substring(0, start) + encode(authority.substring(0, at + 1)) + asciiHost + encode(port) + encode(url.substring(end));
    }

    private static final List<Set<Character.UnicodeScript>> SCRIPTS_WRITTEN_TOGETHER = List.of(
            Set.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                    Character.UnicodeScript.KATAKANA),
            Set.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.HAN, Character.UnicodeScript.BOPOMOFO),
            Set.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.HAN, Character.UnicodeScript.HANGUL));

    /**
     * The first label of {@code url}'s host, as written in Unicode, whose letters mix scripts that are not written
     * together (Latin with Cyrillic or Greek, say: {@code exаmple} with a Cyrillic {@code а}), or {@code null}. Such a
     * host reads as another one to whoever is shown it, which is why browsers show it in punycode; Latin with Han and
     * kana, Bopomofo or Hangul is how Japanese, Chinese and Korean names are written (Unicode's "highly restrictive"
     * level, UTS #39). A host given in punycode ({@code xn--…}) reads as what it is and is not looked at.
     */
    public static String mixedScriptLabel(String url) {
        String host = unicodeHost(url);
        if (host == null) {
            return null;
        }
        for (String label : LABEL_DOTS.split(host)) {
            Set<Character.UnicodeScript> scripts = scripts(label);
            if (scripts.size() > 1 && SCRIPTS_WRITTEN_TOGETHER.stream().noneMatch(together -> together.containsAll(scripts))) {
                return label;
            }
        }
        return null;
    }

    /**
     * Why {@code url}'s host reads as another to whoever is shown it, as a refusal naming the rule, or {@code null}: a
     * label mixing scripts not written together ({@link #mixedScriptLabel}), or one written wholly in letters that look
     * Latin ({@link #wholeScriptConfusableLabel}). One place for both, so what the API refuses and what a stored
     * subscription is held for are the same rule.
     */
    public static String misleadingHost(String url) {
        String mixed = mixedScriptLabel(url);
        if (mixed != null) {
            return "host label '" + mixed + "' mixes letters of scripts not written together (a Latin host with a Cyrillic or"
                    + " Greek letter reads as another host); write it in one script, or give its punycode (xn--…)";
        }
        String lookalike = wholeScriptConfusableLabel(url);
        if (lookalike != null) {
            String script = scripts(lookalike).iterator().next() == Character.UnicodeScript.GREEK ? "Greek" : "Cyrillic";
            return "host label '" + lookalike + "' is written wholly in " + script + " letters that look like Latin ones (a"
                    + " whole-script confusable, UTS #39), so it reads as a Latin host; give its punycode (xn--…)";
        }
        return null;
    }

    /**
     * Letters of Cyrillic and Greek whose look-alike in UTS #39's confusables is a Latin letter (after its
     * {@code confusables.txt}, lower and upper case: a URL is kept and listed as given, so {@code АРРLЕ} reads too), as
     * browsers' spoof checks list them (Chromium's Cyrillic set, {@code [асԁеһіјӏорԛѕԝхуъЬҽпгѵѡ]}, is among these).
     */
    private static final Map<Character.UnicodeScript, String> LATIN_LOOKALIKES = Map.of(
            Character.UnicodeScript.CYRILLIC, "асԁеһіјӏорԛѕԝхуъьҽпгѵѡ" + "АВЕЅІЈКМНОРԚСТԜХУӀЬ",
            Character.UnicodeScript.GREEK, "αγικνορυχϲϳ" + "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹ");

    /**
     * Top-level domains under which a label of that script is at home, so one of its words that happens to look Latin
     * ({@code сор.рф}) is a name of that language: the country codes of the countries writing it, and every label of
     * the script itself ({@code рф}, {@code бел}, {@code ελ}), as Chromium decides.
     */
    private static final Map<Character.UnicodeScript, Set<String>> HOME_TLDS = Map.of(
            Character.UnicodeScript.CYRILLIC, Set.of("ru", "su", "by", "bg", "kz", "kg", "mk", "mn", "rs", "ua", "uz", "tj"),
            Character.UnicodeScript.GREEK, Set.of("gr", "cy"));

    /**
     * The first label of {@code url}'s host, as written in Unicode, written wholly in Cyrillic or Greek letters each of
     * which looks like a Latin one ({@code аррӏе}, all five Cyrillic, reads as "apple"), or {@code null}. Unicode's
     * "highly restrictive" level ({@link #mixedScriptLabel}) takes such a label, being of one script: it is a
     * whole-script confusable (UTS #39 §4), read as a Latin name by whoever lists the subscriptions (review of session
     * 44). Under a top-level domain of its script's home ({@code .рф}, {@code .ru}, {@code .gr}) it is a word of that
     * language and taken; elsewhere ({@code .com}, {@code .org}) it is refused, as browsers show it in punycode. The
     * top-level label itself is the registry's and not judged; a host given in punycode reads as what it is.
     */
    public static String wholeScriptConfusableLabel(String url) {
        String host = unicodeHost(url);
        if (host == null) {
            return null;
        }
        String[] labels = LABEL_DOTS.split(host);
        if (labels.length < 2) {
            return null;
        }
        String tld = labels[labels.length - 1].toLowerCase(Locale.ROOT);
        for (int i = 0; i < labels.length - 1; i++) {
            String label = labels[i];
            Set<Character.UnicodeScript> scripts = scripts(label);
            if (scripts.size() != 1) {
                continue;
            }
            Character.UnicodeScript script = scripts.iterator().next();
            String lookalikes = LATIN_LOOKALIKES.get(script);
            if (lookalikes == null || HOME_TLDS.get(script).contains(tld) || scripts(tld).contains(script)) {
                continue;
            }
            if (label.codePoints().filter(Character::isLetter).allMatch(c -> lookalikes.indexOf(c) >= 0)) {
                return label;
            }
        }
        return null;
    }

    /** The dots that separate a host's labels, as IDNA reads them (ideographic and fullwidth ones too). */
    private static final Pattern LABEL_DOTS = Pattern.compile("[.\u3002\uff0e\uff61]");

    /** The host of {@code url} as written, or {@code null} when the URL is ASCII (punycode reads as what it is). */
    private static String unicodeHost(String url) {
        if (url == null || isAscii(url)) {
            return null;
        }
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String hostPort = url.substring(start, end);
        hostPort = hostPort.substring(hostPort.lastIndexOf('@') + 1);
        int colon = hostPort.startsWith("[") ? -1 : hostPort.lastIndexOf(':');
        return colon < 0 ? hostPort : hostPort.substring(0, colon);
    }

    /** The scripts of {@code label}'s letters, Common and Inherited left out. */
    private static Set<Character.UnicodeScript> scripts(String label) {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        label.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                .filter(sc -> sc != Character.UnicodeScript.COMMON && sc != Character.UnicodeScript.INHERITED).forEach(scripts::add);
        return scripts;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String encode(String s) {
        if (isAscii(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() * 3);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp < 0x80) {
                out.append((char) cp);
            } else {
                for (byte b : s.substring(i, i + n).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            i += n;
        }
        return out.toString();
    }
}
