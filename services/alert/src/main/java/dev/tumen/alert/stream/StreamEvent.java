package dev.tumen.alert.stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tumen.alert.delivery.Alert;
import dev.tumen.alert.story.StoryGrouping;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Json;
import dev.tumen.model.Utf8;
import dev.tumen.model.text.OutsideText;
import java.time.Instant;

/**
 * A story event for the live stream, the value of the stream topic: a new story or a copy that raised a story's
 * severity. The article rides along with an excerpt of its body (the first {@link #EXCERPT_BYTES} UTF-8 bytes), so
 * stream clients can filter by keyword in the title and the start of the text, and every other text field is
 * bounded too: whatever the classifier managed to write, the stream record stays under {@link #MAX_BYTES}, so the
 * stream write can never fail on size (and the instances' replay buffers hold small records).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StreamEvent(String type, Instant timestamp, ArticleLabelled article, Alert.StoryRef story, Alert.Escalation escalation) {
    /** Body excerpt kept per event. */
    public static final int EXCERPT_BYTES = 4096;
    /** Upper bound of a serialised stream event (a few KB in practice). */
    public static final int MAX_BYTES = 32 * 1024;
    static final int TITLE_BYTES = 1024;
    static final int URL_BYTES = 2048;
    static final int SOURCE_BYTES = 256;
    static final int EVIDENCE_ITEMS = 10;
    static final int EVIDENCE_BYTES = 512;
    static final int ACTORS = 20;
    static final int ACTOR_NAME_BYTES = 256;

    public StreamEvent {
        // The type is each client's SSE event name, and Micronaut writes a name as it is: a record on the stream topic
        // typed "alert.created\ndata: …\n\n" put events of its own into every client's stream (probe of session 29).
        if (!StoryGrouping.CREATED.equals(type) && !StoryGrouping.ESCALATED.equals(type)) {
            throw new IllegalArgumentException("type must be " + StoryGrouping.CREATED + " or " + StoryGrouping.ESCALATED + ", got "
                    + (type == null ? "none" : "'" + OutsideText.quote(type) + "'"));
        }
        article = article == null ? null : bounded(article);
    }

    /** What an SSE client receives: the webhook shape without a subscription and without the body. */
    public Alert toAlert() {
        return new Alert(type, timestamp, new Alert.Data(null, Alert.ArticleView.of(article), story, escalation));
    }

    /**
     * The article with its text fields cut to their limits; the same instance when nothing is over (the common
     * case, and every record read back from the topic). Goes through a JSON tree rather than the constructor, so a
     * field added to {@link ArticleLabelled} later is kept without a change here.
     */
    static ArticleLabelled bounded(ArticleLabelled a) {
        if (withinLimits(a)) {
            return a;
        }
        ObjectNode n = Json.mapper().valueToTree(a);
        cut(n, "body", EXCERPT_BYTES);
        cut(n, "title", TITLE_BYTES);
        cut(n, "url", URL_BYTES);
        cut(n, "source", SOURCE_BYTES);
        if (n.get("evidence") instanceof ArrayNode ev) {
            while (ev.size() > EVIDENCE_ITEMS) {
                ev.remove(ev.size() - 1);
            }
            for (int i = 0; i < ev.size(); i++) {
                ev.set(i, ev.textNode(truncate(ev.get(i).asText(), EVIDENCE_BYTES)));
            }
        }
        if (n.get("actors") instanceof ArrayNode actors) {
            while (actors.size() > ACTORS) {
                actors.remove(actors.size() - 1);
            }
            actors.forEach(actor -> {
                if (actor instanceof ObjectNode o) {
                    cut(o, "name", ACTOR_NAME_BYTES);
                }
            });
        }
        // Unknown (future) fields could still be large: the last resort keeps the event, without them.
        if (Json.bytes(n).length > MAX_BYTES) {
            ObjectNode slim = n.objectNode();
            for (String keep : new String[] {"id", "url", "source", "title", "lang", "published", "receivedAt", "labelledAt", "body",
                    "relevant", "relevance", "severity", "categories", "model", "fingerprint"}) {
                if (n.has(keep)) {
                    slim.set(keep, n.get(keep));
                }
            }
            n = slim;
        }
        try {
            return Json.mapper().treeToValue(n, ArticleLabelled.class);
        } catch (Exception e) {
            throw new IllegalStateException("cannot bound stream article " + a.id(), e);
        }
    }

    private static boolean withinLimits(ArticleLabelled a) {
        if (bytesOver(a.body(), EXCERPT_BYTES) || bytesOver(a.title(), TITLE_BYTES) || bytesOver(a.url(), URL_BYTES)
                || bytesOver(a.source(), SOURCE_BYTES) || a.evidence().size() > EVIDENCE_ITEMS || a.actors().size() > ACTORS) {
            return false;
        }
        for (String e : a.evidence()) {
            if (bytesOver(e, EVIDENCE_BYTES)) {
                return false;
            }
        }
        for (var actor : a.actors()) {
            if (actor != null && bytesOver(actor.name(), ACTOR_NAME_BYTES)) {
                return false;
            }
        }
        return true;
    }

    private static void cut(ObjectNode n, String field, int maxBytes) {
        if (n.hasNonNull(field) && n.get(field).isTextual()) {
            n.put(field, truncate(n.get(field).asText(), maxBytes));
        }
    }

    /** True when {@code s} needs more than {@code maxBytes} in UTF-8 (cheap for short strings). */
    static boolean bytesOver(String s, int maxBytes) {
        return s != null && s.length() * 3 > maxBytes && Utf8.length(s) > maxBytes;
    }

    /** The longest prefix of {@code s} that fits {@code maxBytes} in UTF-8, never splitting a character. */
    static String truncate(String s, int maxBytes) {
        return Utf8.truncate(s, maxBytes);
    }
}
