package dev.tumen.alert.stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tumen.alert.delivery.Alert;
import dev.tumen.model.ArticleLabelled;
import java.time.Instant;

/**
 * A story event for the live stream, the value of the stream topic: a new story or a copy that raised a story's
 * severity. Kept with the whole article so stream clients can filter by keyword like subscriptions do.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StreamEvent(String type, Instant timestamp, ArticleLabelled article, Alert.StoryRef story, Alert.Escalation escalation) {

    /** What an SSE client receives: the webhook shape without a subscription and without the body. */
    public Alert toAlert() {
        return new Alert(type, timestamp, new Alert.Data(null, Alert.ArticleView.of(article), story, escalation));
    }
}
