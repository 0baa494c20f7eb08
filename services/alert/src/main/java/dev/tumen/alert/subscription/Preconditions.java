package dev.tumen.alert.subscription;

import dev.tumen.common.http.EntityTags;
import dev.tumen.common.http.ProblemException;
import dev.tumen.model.Subscription;
import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * A subscription's entity tag and the conditions a client may put on a change with {@code If-Match} (RFC 9110, 13.1.1),
 * and the {@code Idempotency-Key} of a creation (probe of session 32).
 *
 * <p>The tag is the subscription's {@link Subscription#version() version} in quotes, strong: {@code "7"}, and
 * {@code "7-held"} while it is held ({@link #etag(Subscription, boolean)}). {@code If-Match}
 * is optional: a change without it applies to whatever is current (as before); with it, a change applies only while
 * the subscription is at one of the tags given ({@code *}: while it exists), else 412 {@code precondition-failed}.
 */
public final class Preconditions {
    /** The longest {@code Idempotency-Key} taken. */
    public static final int MAX_KEY = 255;

    private Preconditions() {
    }

    /** The entity tag of a subscription that is not held. */
    public static String etag(Subscription s) {
        return etag(s, false);
    }

    /**
     * The subscription's entity tag as this instance shows it: its version, and whether it is held ({@code "7-held"}).
     * The tag names the representation, and a held subscription's differs ({@code status}, {@code heldReason}) at the
     * same version: a subscription held as it is loaded under a new rule keeps its version, so a client polling with
     * {@code If-None-Match} was answered 304 and never saw it held (review of session 45); a change sent with the tag
     * read before it was held is 412 naming the current one.
     */
    public static String etag(Subscription s, boolean held) {
        return "\"" + s.version() + (held ? "-held" : "") + "\"";
    }

    /**
     * The {@code If-Match} condition from the header's values (each may be a list), or {@code null} when none was sent.
     *
     * @throws ProblemException 400 {@code invalid-precondition} when a value is neither {@code *} nor entity tags
     */
    public static List<String> ifMatch(List<String> values) {
        return EntityTags.parse(values, "If-Match", false);
    }

    /**
     * The {@code If-None-Match} condition of a read, or {@code null} when none was sent. A weak tag counts as its strong
     * one: If-None-Match compares weakly (RFC 9110, 13.1.2), and a cache may have weakened the tag it kept.
     *
     * @throws ProblemException 400 {@code invalid-precondition} when a value is neither {@code *} nor entity tags
     */
    public static List<String> ifNoneMatch(List<String> values) {
        return EntityTags.parse(values, "If-None-Match", true);
    }

    /** Whether a read holding {@code ifNoneMatch} already has {@code current}'s representation: 304 then. */
    public static boolean unchanged(List<String> ifNoneMatch, Subscription current, boolean held) {
        return ifNoneMatch != null && (ifNoneMatch.contains("*") || ifNoneMatch.contains(etag(current, held)));
    }

    /**
     * The conditions a change carries, each {@code null} when not sent: {@code If-Match} (strong comparison) and
     * {@code If-None-Match} (weak). A change with {@code If-None-Match} was made whatever it named, though RFC 9110
     * (13.1.2) has a change whose condition is false refused 412: a client creating or replacing "only if it is not
     * there yet" ({@code *}) or "only if it is not still at the tag I saw" overwrote the subscription (review of
     * session 46).
     */
    public record Condition(List<String> ifMatch, List<String> ifNoneMatch) {
        /**
         * The condition of the headers' values, or {@code null} when neither header was sent.
         *
         * @throws ProblemException 400 {@code invalid-precondition} when a value is neither {@code *} nor entity tags
         */
        public static Condition of(List<String> ifMatchValues, List<String> ifNoneMatchValues) {
            List<String> match = Preconditions.ifMatch(ifMatchValues);
            List<String> noneMatch = Preconditions.ifNoneMatch(ifNoneMatchValues);
            return match == null && noneMatch == null ? null : new Condition(match, noneMatch);
        }

        /** An {@code If-Match} condition alone ({@code null} for none). */
        public static Condition ifMatching(List<String> ifMatch) {
            return ifMatch == null ? null : new Condition(ifMatch, null);
        }
    }

    /** Throws 412 {@code precondition-failed} unless {@code current} meets the condition ({@code null}: none). */
    public static void check(Condition condition, Subscription current, boolean held) {
        if (condition == null) {
            return;
        }
        String etag = etag(current, held);
        if (condition.ifMatch() != null && !condition.ifMatch().contains("*") && !condition.ifMatch().contains(etag)) {
            throw failed(current, held);
        }
        if (unchanged(condition.ifNoneMatch(), current, held)) {
            throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "precondition-failed",
                    "subscription " + current.id() + " is at " + etag + ", which If-None-Match names (or it is *, and the"
                            + " subscription exists): the change was not made")
                    .with("etag", etag).header("ETag", etag);
        }
    }

    static ProblemException failed(Subscription current, boolean held) {
        String etag = etag(current, held);
        return new ProblemException(HttpStatus.PRECONDITION_FAILED, "precondition-failed",
                "subscription " + current.id() + " is at " + etag + ", not at a tag If-Match names: another change came first; "
                        + "read it again and send the change with its ETag")
                .with("etag", etag).header("ETag", etag);
    }

    /**
     * The {@code Idempotency-Key} as sent (a structured-field string's quotes taken off, as the IETF draft writes it), or
     * {@code null} when none was sent.
     *
     * @throws ProblemException 400 {@code invalid-idempotency-key} for an empty, long, repeated or non-ASCII key
     */
    public static String idempotencyKey(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        String key = values.get(0).strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (values.size() > 1 || key.isEmpty() || key.length() > MAX_KEY || key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw ProblemException.badRequest("invalid-idempotency-key",
                    "Idempotency-Key must be given once, 1 to " + MAX_KEY + " visible ASCII characters (a UUID, say)");
        }
        return key;
    }
}
