package dev.tumen.testkit;

import dev.tumen.kafka.CloudEvents;
import dev.tumen.kafka.DeadLetters;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What every text Tumen writes that may quote outside input keeps where no problem bounds it (review of session 51): a
 * dead letter's reason, the command line's error lines, a health detail, a feed's last failure. At most
 * {@link #MAX_MESSAGE} characters, and no character that shows nothing or reorders what follows (the rule
 * {@link ProblemTexts} checks problems by, written there on its own). {@link TestKafka#read} checks every dead letter
 * any test reads, so each poison-record test that writes a hostile record to a consumed topic checks its reason.
 */
public final class OutsideTexts {
    private OutsideTexts() {
    }

    /** The same bound as a problem's detail ({@link ProblemTexts#MAX_DETAIL}): one rule for every such text. */
    public static final int MAX_MESSAGE = ProblemTexts.MAX_DETAIL;

    /** The headers of a dead letter whose text may quote what the record held. */
    private static final List<String> DEAD_LETTER_TEXTS = List.of(DeadLetters.REASON, DeadLetters.EXCEPTION);

    /** Why {@code text} breaks the rule, or {@code null} when it keeps it. */
    public static String refusal(String text) {
        if (text == null) {
            return null;
        }
        List<String> wrong = new ArrayList<>();
        int length = text.codePointCount(0, text.length());
        if (length > MAX_MESSAGE) {
            wrong.add(length + " characters (at most " + MAX_MESSAGE + ")");
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (ProblemTexts.hidden(c)) {
                wrong.add("holds U+" + String.format("%04X", c) + " at character " + i);
                break;
            }
            i += Character.charCount(c);
        }
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    /** Why a dead letter's reason or exception header breaks the rule, or {@code null}. */
    public static String deadLetterRefusal(ConsumerRecord<String, byte[]> deadLetter) {
        List<String> wrong = new ArrayList<>();
        for (String header : DEAD_LETTER_TEXTS) {
            String why = refusal(CloudEvents.header(deadLetter.headers(), header));
            if (why != null) {
                wrong.add(header + " " + why);
            }
        }
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    /** Throws naming each dead letter of {@code records} whose texts break the rule. */
    public static void requireDeadLettersKeepTheRule(String topic, List<ConsumerRecord<String, byte[]>> records) {
        List<String> wrong = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            String why = deadLetterRefusal(r);
            if (why != null) {
                wrong.add(topic + " offset " + r.offset() + ": " + why);
            }
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError("dead letters quoting outside input beyond the rule: " + String.join(" | ", wrong));
        }
    }
}
