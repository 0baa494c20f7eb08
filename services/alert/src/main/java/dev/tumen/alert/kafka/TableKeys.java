package dev.tumen.alert.kafka;

import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.text.OutsideText;

/**
 * The key shapes of the tables the alert reads whole (subscriptions, stories, the delivery log and the delivered
 * alerts): a record under a key of another shape is refused, so its reader dead-letters it with the reason instead of
 * filing it. Without this, a subscription whose id was the empty string (under the empty key) passed the key-equals-id
 * check with a url and a secret and became a live subscription nobody could address ({@code /subscriptions/} has no
 * id), the rule ingest's tables got in 28d9d65.
 *
 * <p>The shapes are the ones the alert writes, with room for ids written by hand or by older tests: a subscription id
 * is {@code sub_} and 1 to 64 letters, digits, {@code _} or {@code -} (the API writes {@code sub_} and 20 hex digits);
 * a story id is {@code story_} and 1 to 24 characters, not all blank and no control character (the first copy's
 * article id, cut to 24: an article id is any non-blank string). The log tables are keyed by subscription id.
 */
final class TableKeys {
    static final String SUBSCRIPTION_PREFIX = "sub_";
    static final String STORY_PREFIX = "story_";
    private static final int MAX_SUBSCRIPTION_SUFFIX = 64;
    private static final int MAX_STORY_SUFFIX = 24;

    private TableKeys() {
    }

    /** Whether {@code s} has the shape of a subscription id. */
    static boolean isSubscriptionId(String s) {
        if (s == null || !s.startsWith(SUBSCRIPTION_PREFIX)) {
            return false;
        }
        int n = s.length() - SUBSCRIPTION_PREFIX.length();
        if (n < 1 || n > MAX_SUBSCRIPTION_SUFFIX) {
            return false;
        }
        for (int i = SUBSCRIPTION_PREFIX.length(); i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} has the shape of a story id. */
    static boolean isStoryId(String s) {
        if (s == null || !s.startsWith(STORY_PREFIX)) {
            return false;
        }
        String rest = s.substring(STORY_PREFIX.length());
        if (rest.isEmpty() || rest.length() > MAX_STORY_SUFFIX || rest.isBlank()) {
            return false;
        }
        return rest.chars().noneMatch(Character::isISOControl);
    }

    /** Refuses a subscriptions-table key that is not a subscription id; tombstones included. */
    static void requireSubscriptionKey(String key) {
        if (!isSubscriptionId(key)) {
            throw new MalformedRecordException("a subscription record's key must be a subscription id (sub_ and 1-64 of "
                    + "[A-Za-z0-9_-]), not " + quoted(key));
        }
    }

    /** Refuses a stories-table key that is not a story id; tombstones included. */
    static void requireStoryKey(String key) {
        if (!isStoryId(key)) {
            throw new MalformedRecordException("a story record's key must be a story id (story_ and 1-24 characters), not "
                    + quoted(key));
        }
    }

    /** Refuses a delivery-log record (deliveries or delivered alerts) not keyed by a subscription id. */
    static void requireLogKey(String key) {
        if (!isSubscriptionId(key)) {
            throw new MalformedRecordException("a delivery log record's key must be its subscription id, not " + quoted(key));
        }
    }

    /** The key for a reason: bounded, since junk keys can be long. */
    private static String quoted(String key) {
        if (key == null) {
            return "no key";
        }
        return "'" + OutsideText.quote(key) + "'";
    }
}
