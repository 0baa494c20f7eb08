package dev.tumen.classifier.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the date in a dateline or timestamp line, in the shapes news sites print them (en, ru, de, ko, ISO). */
final class DateFinder {
    private static final Pattern ISO = Pattern.compile("(20\\d\\d|19\\d\\d)[-./](\\d{1,2})[-./](\\d{1,2})");
    /** Korean 년 월 일, Chinese and Japanese 年 月 日. */
    private static final Pattern KOREAN = Pattern.compile("(20\\d\\d|19\\d\\d)\\)?\\s*[년年]\\s*(\\d{1,2})\\s*[월月]\\s*(\\d{1,2})\\s*[일日]");
    /** 24.02.2025 (de, ru, uk) and 24/02/2025 (en-GB, fr, an ASP.NET page); 02/24/2025 read month first when it must be. */
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})([./])(\\d{1,2})\\2(20\\d\\d|19\\d\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile("(?i)\\b([a-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (20\\d\\d|19\\d\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile("(?iu)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.? (?:of )?([\\p{L}]{3,9})\\.?,? (20\\d\\d|19\\d\\d)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("янв", 1), Map.entry("фев", 2), Map.entry("мар", 3), Map.entry("апр", 4), Map.entry("мая", 5),
            Map.entry("май", 5), Map.entry("июн", 6), Map.entry("июл", 7), Map.entry("авг", 8), Map.entry("сен", 9),
            Map.entry("окт", 10), Map.entry("ноя", 11), Map.entry("дек", 12),
            Map.entry("mär", 3), Map.entry("mai", 5), Map.entry("okt", 10), Map.entry("dez", 12),
            // Ukrainian months, genitive as in dates ("12 березня 2025"): січня, лютого, березня, квітня, травня, червня,
            // липня, серпня, вересня, жовтня, листопада, грудня
            Map.entry("січ", 1), Map.entry("лют", 2), Map.entry("бер", 3), Map.entry("кві", 4), Map.entry("тра", 5),
            Map.entry("чер", 6), Map.entry("лип", 7), Map.entry("сер", 8), Map.entry("вер", 9), Map.entry("жов", 10),
            Map.entry("лис", 11), Map.entry("гру", 12));

    private DateFinder() {
    }

    /** Does the line contain something that looks like a calendar date? */
    static boolean hasDate(String line) {
        return find(line) != null;
    }

    /** Weekday names and their stems, and words a date widget puts before a date ("Today:", "Сегодня:"). */
    private static final java.util.Set<String> DAY_WORDS = java.util.Set.of("mon", "tue", "wed", "thu", "fri", "sat", "sun",
            "пон", "вто", "сре", "чет", "пят", "суб", "вос", "пне", "вів", "п'я", "нед", "die", "mit", "don", "fre", "sam", "son");
    /** A date widget's heading is this short at most. */
    private static final int DATE_ALONE = 48;
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+");
    /** The units of a date written in Korean, Chinese or Japanese, and the weekday: "2026년 12월 3일 목요일". */
    private static final Pattern CJK_UNITS = Pattern.compile("(?<=\\d)\\s*[년월일年月日]|[월화수목금토일]요일|星期.|[月火水木金土日]曜日?|[（(][月火水木金土日][)）]");

    /**
     * A date and nothing else, as a calendar or a date widget heads itself: "December 2026", "Сегодня: 3 декабря 2026",
     * "2026년 12월 3일 목요일", "Thursday, 3 December 2026". A year, every word a month's or a weekday's name but one.
     */
    static boolean dateAlone(String text) {
        boolean year = hasYear(text);
        if (text.length() > DATE_ALONE || !year && !DAY_NUMBER.matcher(text).find()) {
            return false;
        }
        String t = CJK_UNITS.matcher(text).replaceAll(" ");
        Matcher w = WORD.matcher(t);
        int other = 0;
        boolean month = false;
        boolean named = false;
        boolean weekday = false;
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            // Han and Hangul write a headline's words without spaces: a run of them is words, not a unit of the date
            if (DomBlocks.ideographs(word) > 2) {
                return false;
            }
            if (word.length() <= 4 && month(word) != null || MONTH_NAMES.contains(word)) {
                month = true;
                named |= MONTH_NAMES.contains(word);
            } else if (word.length() < 3 || !DAY_WORDS.contains(word.substring(0, 3))) {
                other++;
            } else {
                weekday = true;
            }
        }
        // a date widget's day without its year, "Today: Monday 7 December", names the weekday and the month in full
        // (session 46): a headline of a date alone ("7 December") may be an anniversary's
        return other <= 1 && (year ? month || find(text) != null : named && weekday);
    }

    /** A day's number standing alone: "7 December", "Monday, 7". */
    private static final Pattern DAY_NUMBER = Pattern.compile("(?<!\\d)(?:[1-9]|[12]\\d|3[01])(?!\\d)");

    /** Months written out, as a calendar heads itself (a stem would take "Marathon 2026" for March). */
    private static final java.util.Set<String> MONTH_NAMES = java.util.Set.of("january", "february", "march", "april", "june",
            "july", "august", "september", "october", "november", "december", "januar", "februar", "märz", "juni", "juli",
            "oktober", "dezember", "январь", "января", "февраль", "февраля", "март", "марта", "апрель", "апреля", "мая",
            "июнь", "июня", "июль", "июля", "август", "августа", "сентябрь", "сентября", "октябрь", "октября", "ноябрь",
            "ноября", "декабрь", "декабря", "січень", "січня", "лютий", "лютого", "березень", "березня", "квітень",
            "квітня", "травень", "травня", "червень", "червня", "липень", "липня", "серпень", "серпня", "вересень",
            "вересня", "жовтень", "жовтня", "листопад", "листопада", "грудень", "грудня");

    static Instant find(String line) {
        // every shape below has a four-digit year starting 19 or 20
        if (!hasYear(line)) {
            return null;
        }
        Matcher m = ISO.matcher(line);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = KOREAN.matcher(line);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DMY.matcher(line);
        if (m.find()) {
            Instant dayFirst = date(m.group(4), m.group(3), m.group(1));
            return dayFirst != null || !m.group(2).equals("/") ? dayFirst : date(m.group(4), m.group(1), m.group(3));
        }
        m = MONTH_FIRST.matcher(line);
        while (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                return date(m.group(3), month.toString(), m.group(2));
            }
        }
        m = DAY_FIRST.matcher(line);
        while (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                return date(m.group(3), month.toString(), m.group(1));
            }
        }
        return null;
    }

    static boolean hasYear(String line) {
        for (int i = 0; i + 3 < line.length(); i++) {
            char c = line.charAt(i);
            char d = line.charAt(i + 1);
            if (((c == '1' && d == '9') || (c == '2' && d == '0')) && isDigit(line.charAt(i + 2)) && isDigit(line.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Integer month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() < 3 ? null : MONTHS.get(w.substring(0, 3));
    }

    private static Instant date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
