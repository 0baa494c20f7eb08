package dev.tumen.alert.subscription;

import com.ibm.icu.text.SpoofChecker;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Webhook hosts that read as another host to whoever lists the subscriptions: one rule for what the API refuses and
 * what a stored subscription is held for. Only the alert judges hosts so; {@code AsciiUrls} (common) spells them.
 */
public final class WebhookHosts {
    /**
     * UTS #39's skeletons, from ICU4J's copy of Unicode's {@code confusables.txt} (every script, where session 44's rule
     * listed Cyrillic and Greek letters by hand). Built once; ICU documents a built checker as safe to share.
     */
    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();

    private static final List<Set<Character.UnicodeScript>> SCRIPTS_WRITTEN_TOGETHER = List.of(
            Set.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                    Character.UnicodeScript.KATAKANA),
            Set.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.HAN, Character.UnicodeScript.BOPOMOFO),
            Set.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.HAN, Character.UnicodeScript.HANGUL));

    /**
     * Country-code top-level domains under which a label of that script is at home, so one of its words that happens to
     * look Latin ({@code сор.ru}) is a name of that language, as Chromium decides; a top-level label written in the
     * script itself ({@code рф}, {@code ελ}, {@code հայ}) is such a home too.
     */
    private static final Map<Character.UnicodeScript, Set<String>> HOME_TLDS = Map.of(
            Character.UnicodeScript.CYRILLIC, Set.of("ru", "su", "by", "bg", "kz", "kg", "mk", "mn", "rs", "ua", "uz", "tj"),
            Character.UnicodeScript.GREEK, Set.of("gr", "cy"),
            Character.UnicodeScript.ARMENIAN, Set.of("am"),
            Character.UnicodeScript.GEORGIAN, Set.of("ge"),
            Character.UnicodeScript.HEBREW, Set.of("il"),
            Character.UnicodeScript.THAI, Set.of("th"));

    /** The dots that separate a host's labels, as IDNA reads them (ideographic and fullwidth ones too). */
    private static final Pattern LABEL_DOTS = Pattern.compile("[.\u3002\uff0e\uff61]");
    /** What an ASCII host label is made of: a skeleton wholly of these reads as one. */
    private static final Pattern ASCII_LABEL = Pattern.compile("[A-Za-z0-9-]+");

    private WebhookHosts() {
    }

    /**
     * Why {@code url}'s host reads as another to whoever is shown it, as a refusal naming the rule, or {@code null}: a
     * label mixing scripts not written together ({@link #mixedScriptLabel}), or one written wholly in letters of another
     * script that read as an ASCII name ({@link #wholeScriptConfusableLabel}).
     */
    public static String misleadingHost(String url) {
        String mixed = mixedScriptLabel(url);
        if (mixed != null) {
            return "host label '" + mixed + "' mixes letters of scripts not written together (a Latin host with a Cyrillic or"
                    + " Greek letter reads as another host); write it in one script, or give its punycode (xn--…)";
        }
        String lookalike = wholeScriptConfusableLabel(url);
        if (lookalike != null) {
            return "host label '" + lookalike + "' is written wholly in " + scriptName(scripts(lookalike).iterator().next())
                    + " letters that look like Latin ones (a whole-script confusable, UTS #39), so it reads as the Latin '"
                    + SKELETONS.getSkeleton(lookalike) + "'; give its punycode (xn--…)";
        }
        return null;
    }

    /**
     * The first label of {@code url}'s host, as written in Unicode, whose letters mix scripts that are not written
     * together (Latin with Cyrillic or Greek, say: {@code exаmple} with a Cyrillic {@code а}), or {@code null}. Latin with
     * Han and kana, Bopomofo or Hangul is how Japanese, Chinese and Korean names are written (Unicode's "highly
     * restrictive" level, UTS #39). A host given in punycode ({@code xn--…}) reads as what it is and is not looked at.
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
     * The first label of {@code url}'s host, as written in Unicode, wholly in one script other than Latin whose UTS #39
     * skeleton is an ASCII name ({@code аррӏе}, five Cyrillic letters, is {@code appie}; Armenian {@code ցօօց} is
     * {@code goog}; Cherokee {@code ᎪᏢᏢᏞᎬ} is {@code APPLE}), or {@code null}: a whole-script confusable of a Latin host
     * (UTS #39 §4), which the highly restrictive level takes, being of one script. Restricted to skeletons of ASCII
     * letters, digits and hyphens: what a reader takes for an ASCII host; a skeleton holding small capitals or other
     * Latin letters ({@code кот} is {@code ĸoᴛ}) is left to the script's own words. Under a top-level domain of its
     * script's home ({@code .рф}, {@code .ru}, {@code .gr}, {@code .am}) such a label is a word of that language and
     * taken; the top-level label itself is the registry's and not judged.
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
            if (script == Character.UnicodeScript.LATIN || HOME_TLDS.getOrDefault(script, Set.of()).contains(tld)
                    || scripts(tld).contains(script)) {
                continue;
            }
            if (ASCII_LABEL.matcher(SKELETONS.getSkeleton(label)).matches()) {
                return label;
            }
        }
        return null;
    }

    /** {@code CANADIAN_ABORIGINAL} as {@code Canadian Aboriginal}. */
    private static String scriptName(Character.UnicodeScript script) {
        StringBuilder name = new StringBuilder();
        for (String word : script.name().split("_")) {
            name.append(name.isEmpty() ? "" : " ").append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    /** The host of {@code url} as written, or {@code null} when the URL is ASCII (punycode reads as what it is). */
    private static String unicodeHost(String url) {
        if (url == null || url.chars().allMatch(c -> c < 0x80)) {
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

    /**
     * The scripts of {@code label}'s characters, Common and Inherited left out. Every character, not its letters alone:
     * a script's digits and marks are of that script too, and Bengali's zero {@code ০} looks like an {@code O}, so
     * {@code g০০gle} counted as Latin alone and passed both rules (review of session 45), where UTS #39's restriction
     * levels count every character.
     */
    private static Set<Character.UnicodeScript> scripts(String label) {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        label.codePoints().mapToObj(Character.UnicodeScript::of)
                .filter(sc -> sc != Character.UnicodeScript.COMMON && sc != Character.UnicodeScript.INHERITED).forEach(scripts::add);
        return scripts;
    }
}
