package dev.tumen.ingest.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.ingest.feed.Feed;
import dev.tumen.ingest.feed.FeedPoller;
import dev.tumen.ingest.feed.FeedRegistry;
import dev.tumen.ingest.page.Refusal;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * {@code /feeds}: follow, list, edit, pause, resume, poll now and remove RSS/Atom feeds. State lives in
 * the compacted feeds topic, so every instance sees the same feeds.
 */
@Controller("/feeds")
// Changes wait for Kafka's acknowledgement and a poll waits on the feed's server.
@ExecuteOn(TaskExecutors.BLOCKING)
public class FeedsController {
    private final FeedRegistry registry;
    private final FeedPoller poller;
    private final long defaultInterval;

    public FeedsController(FeedRegistry registry, FeedPoller poller,
                           @Value("${tumen.ingest.feeds.default-interval:300}") long defaultInterval) {
        this.registry = registry;
        this.poller = poller;
        this.defaultInterval = defaultInterval;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public List<Feed> list() {
        return registry.list();
    }

    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    public Feed get(@PathVariable String id) {
        return find(id);
    }

    /** 201 with the new feed, or 200 with the existing one when the URL is already followed. */
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Feed> add(@Nullable @Body byte[] body) {
        JsonNode node = JsonBodies.object(body);
        String url = JsonBodies.text(node, "url");
        if (url == null || url.isBlank()) {
            throw Refusal.badRequest("missing-url", "\"url\" is required");
        }
        FeedRegistry.Added added = registry.add(url, JsonBodies.text(node, "name"), JsonBodies.number(node, "intervalSeconds"),
                Boolean.TRUE.equals(JsonBodies.bool(node, "paused")), "api", defaultInterval);
        if (!added.created()) {
            return HttpResponse.ok(added.feed());
        }
        return HttpResponse.created(added.feed(), URI.create("/feeds/" + added.feed().id()));
    }

    @Patch(uri = "/{id}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public Feed update(@PathVariable String id, @Nullable @Body byte[] body) {
        find(id);
        JsonNode node = JsonBodies.object(body);
        return registry.update(id, JsonBodies.text(node, "name"), JsonBodies.number(node, "intervalSeconds"), JsonBodies.bool(node, "paused"));
    }

    @Post(uri = "/{id}/pause", produces = MediaType.APPLICATION_JSON)
    public Feed pause(@PathVariable String id) {
        find(id);
        return registry.update(id, null, null, true);
    }

    @Post(uri = "/{id}/resume", produces = MediaType.APPLICATION_JSON)
    public Feed resume(@PathVariable String id) {
        find(id);
        return registry.update(id, null, null, false);
    }

    /** Polls the feed now (even when paused) and answers how many pages it published. */
    @Post(uri = "/{id}/poll", produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> poll(@PathVariable String id) {
        find(id);
        int published = poller.poll(id);
        return Map.of("published", published, "feed", find(id));
    }

    @Delete(uri = "/{id}")
    public HttpResponse<Void> remove(@PathVariable String id) {
        registry.remove(id);
        return HttpResponse.noContent();
    }

    private Feed find(String id) {
        return registry.get(id).orElseThrow(() -> new Refusal(404, "not-found", "feed " + id + " does not exist"));
    }
}
