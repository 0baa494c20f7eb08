package dev.tumen.alert.story;

import dev.tumen.model.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One news story: every near-duplicate copy (same SimHash within the configured distance) seen within the story
 * window, and what each subscription has been told about it. Kept in the compacted stories topic so every
 * instance and every restart agrees. Key: {@link #id()}.
 *
 * @param id           story id, derived from the first copy's article id
 * @param fingerprints fingerprints of the copies (bounded), used to recognise further copies
 * @param outlets      distinct sources that reported the story
 * @param articleIds   article ids of the copies (bounded)
 * @param maxSeverity  the highest severity of any copy
 * @param alerted      per subscription id: what it was last alerted with
 * @param firstSeen    when the first copy was processed; the window runs from here
 * @param lastSeen     when the latest copy was processed
 * @param version      increases with every change, so a stale replica never overwrites a newer one
 */
public record Story(String id, List<String> fingerprints, List<String> outlets, List<String> articleIds, Severity maxSeverity,
                    Map<String, Alerted> alerted, Instant firstSeen, Instant lastSeen, long version) {

    public Story {
        fingerprints = fingerprints == null ? List.of() : List.copyOf(fingerprints);
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
        alerted = alerted == null ? Map.of() : Map.copyOf(alerted);
        maxSeverity = maxSeverity == null ? Severity.NONE : maxSeverity;
    }

    /**
     * What one subscription was last sent about a story.
     *
     * @param severity  the severity it was told
     * @param articleId the copy that triggered it (a re-processed copy re-sends the same alert, same webhook-id)
     * @param type      {@code alert.created} or {@code alert.escalated}
     * @param from      for an escalation, the severity it escalated from
     */
    public record Alerted(Severity severity, String articleId, String type, Severity from) {
        /**
         * Every field the grouping reads: an entry without its article id or severity (a record on the stories topic from
         * outside) threw at every later copy of the story for that subscriber, so each was retried and dead-lettered as
         * failed, its alerts to every subscriber lost, for the story's window; its type is the type re-sent
         * (probe of session 34). Read as a malformed story instead.
         */
        public Alerted {
            if (severity == null || articleId == null || !(StoryGrouping.CREATED.equals(type) || StoryGrouping.ESCALATED.equals(type))
                    || (StoryGrouping.ESCALATED.equals(type) && from == null)) {
                throw new IllegalArgumentException("an alerted entry needs a severity, an articleId and the type alert.created, or "
                        + "alert.escalated with from");
            }
        }
    }
}
