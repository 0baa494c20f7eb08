package dev.tumen.classifier.classify;

/**
 * The list punctuation between two mentions, each run of it one space: what {@code replaceAll("[,;/·・、\\s]+", " ")}
 * gives, read in place. The labeller asks for the gap between every two neighbouring names, and the regex (compiled
 * anew at each call) was about a twentieth of a long page's labelling.
 */
final class ListPunctuation {
    private ListPunctuation() {
    }

    /** {@code text[from, to)} with each run of list punctuation or ASCII whitespace (the regex's {@code \s}) as one space. */
    static String collapse(String text, int from, int to) {
        int i = from;
        while (i < to && !isListPunctuation(text.charAt(i))) {
            i++;
        }
        if (i == to) {
            return text.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        b.append(text, from, i);
        while (i < to) {
            char c = text.charAt(i);
            if (isListPunctuation(c)) {
                b.append(' ');
                do {
                    i++;
                } while (i < to && isListPunctuation(text.charAt(i)));
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    static boolean isListPunctuation(char c) {
        return switch (c) {
            case ',', ';', '/', '·', '・', '、', ' ', '\t', '\n', '\u000B', '\f', '\r' -> true;
            default -> false;
        };
    }
}
