package dev.tumen.ingest.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import dev.tumen.common.http.Problems;
import dev.tumen.common.http.BearerTokenFilter;
import dev.tumen.common.http.EntityTags;
import dev.tumen.common.http.UntaggedPreconditionsFilter;
import dev.tumen.common.net.AsciiUrls;
import dev.tumen.common.security.Scope;
import dev.tumen.common.net.OutboundGuard;
import dev.tumen.ingest.feed.Feed;
import dev.tumen.ingest.feed.FeedPoller;
import dev.tumen.ingest.feed.FeedRegistry;
import dev.tumen.ingest.page.Refusal;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.json.JsonMapper;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * {@code /feeds}: follow, list, edit, pause, resume, poll now and remove RSS/Atom feeds. State lives in
 * the compacted feeds topic, so every instance sees the same feeds.
 */
@ApiResponse(responseCode = "4XX", description = "the request's problem (RFC 9457)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@ApiResponse(responseCode = "5XX", description = "the service's or an upstream's problem (RFC 9457)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@Tag(name = "feeds", description = "RSS and Atom feeds ingest polls")
@Controller("/feeds")
// Changes wait for Kafka's acknowledgement and a poll waits on the feed's server.
@ExecuteOn(TaskExecutors.BLOCKING)
public class FeedsController {
    private final FeedRegistry registry;
    private final FeedPoller poller;
    private final long defaultInterval;
    private final Duration loadWait;
    private final OutboundGuard guard;
    private final JsonMapper json;

    public FeedsController(FeedRegistry registry, FeedPoller poller, OutboundGuard guard, JsonMapper json,
                           @Value("${tumen.ingest.feeds.default-interval:300}") long defaultInterval,
                           @Value("${tumen.ingest.feeds.load-wait:10s}") Duration loadWait) {
        this.registry = registry;
        this.json = json;
        this.guard = guard;
        this.poller = poller;
        this.defaultInterval = defaultInterval;
        this.loadWait = loadWait;
    }

    @ApiResponse(responseCode = "200", description = "the feeds; ETag a digest of the list as shown to this caller",
            content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = Feed.class))),
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "ETag", description = "the list's tag, for If-None-Match",
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "not modified: If-None-Match names the list's current ETag (or is *); no body",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "ETag", description = "the list's tag", schema = @Schema(type = "string")))
    @Operation(operationId = "listFeeds", summary = "Lists the followed feeds with their polling state (a read-only token sees each URL's origin only)",
            description = "With `If-None-Match` (an `ETag` this list answered, weak or strong, or `*`) the answer is 304 and no body "
                    + "while the list is as it was; any feed's change or poll changes the tag.")
    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<List<Feed>> list(HttpRequest<?> request,
                                         @Parameter(description = "ETags the caller holds, or *: 304 while the list is at one of them")
                                         @Nullable @Header("If-None-Match") String ifNoneMatch) {
        ready();
        List<Feed> all = registry.list().stream().map(Feed::shown).toList();
        return EntityTags.listed(request, mayChange(request) ? all : all.stream().map(Feed::originOnly).toList(), json);
    }

    @Operation(operationId = "getFeed", summary = "One followed feed with its polling state (a read-only token sees the URL's origin only)")
    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    public Feed get(@PathVariable String id, HttpRequest<?> request) {
        Feed feed = find(id).shown();
        return mayChange(request) ? feed : feed.originOnly();
    }

    /** Whoever may change feeds sees their URLs whole; a read token must not learn a private feed's key from its URL. */
    private static boolean mayChange(HttpRequest<?> request) {
        return BearerTokenFilter.granted(request).includes(Scope.WRITE);
    }

    /** 201 with the new feed, or 200 with the existing one when the URL is already followed. */
    @ApiResponse(responseCode = "201", description = "followed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Feed.class)),
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location", description = "the new feed's path",
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "200", description = "already followed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Feed.class)))
    @Operation(operationId = "followFeed", summary = "Follows an RSS or Atom feed (200 with the existing one when already followed)")
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Feed> add(@Valid @Body FeedRequest request) {
        refuseForbiddenAddress(request.url());
        ready();
        FeedRegistry.Added added = registry.add(request.url(), request.name(), request.intervalSeconds(),
                Boolean.TRUE.equals(request.paused()), "api", defaultInterval);
        if (!added.created()) {
            return HttpResponse.ok(added.feed().shown());
        }
        return HttpResponse.created(added.feed().shown(), URI.create("/feeds/" + added.feed().id()));
    }

    @Operation(operationId = "updateFeed", summary = "Changes a feed's name, interval or pause; only the fields present change")
    @Patch(uri = "/{id}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public Feed update(@PathVariable String id, @Valid @Body FeedChange change, HttpRequest<?> request, @Parameter(description = NONE_MATCH_PARAM) @Nullable @Header("If-None-Match") String ifNoneMatch) {
        ready();
        onlyIfAbsent(id, request);
        return registry.update(id, change.name(), change.intervalSeconds(), change.paused()).shown();
    }

    // Reads no body: a client generated with axios sends a body-less POST as an empty form, which the default consumes
    // (application/json) answered 415 (probe of session 28).
    @Operation(operationId = "pauseFeed", summary = "Stops polling a feed until it is resumed")
    @Post(uri = "/{id}/pause", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public Feed pause(@PathVariable String id, HttpRequest<?> request, @Parameter(description = NONE_MATCH_PARAM) @Nullable @Header("If-None-Match") String ifNoneMatch) {
        ready();
        onlyIfAbsent(id, request);
        return registry.update(id, null, null, true).shown();
    }

    @Operation(operationId = "resumeFeed", summary = "Polls a paused feed again")
    @Post(uri = "/{id}/resume", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public Feed resume(@PathVariable String id, HttpRequest<?> request, @Parameter(description = NONE_MATCH_PARAM) @Nullable @Header("If-None-Match") String ifNoneMatch) {
        ready();
        onlyIfAbsent(id, request);
        return registry.update(id, null, null, false).shown();
    }

    /** Polls the feed now (even when paused) and answers how many pages it published. */
    @Operation(operationId = "pollFeed", summary = "Polls the feed now (even when paused) and answers how many pages it published")
    @Post(uri = "/{id}/poll", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public PollResult poll(@PathVariable String id, HttpRequest<?> request, @Parameter(description = NONE_MATCH_PARAM) @Nullable @Header("If-None-Match") String ifNoneMatch) {
        // A feed just added through another instance is found here too (FeedRegistry's changes catch up themselves).
        ready();
        registry.catchUp();
        onlyIfAbsent(id, request);
        find(id);
        int published = poller.poll(id);
        return new PollResult(published, find(id).shown());
    }

    @ApiResponse(responseCode = "204", description = "removed (404 when the feed is not followed)")
    @Operation(operationId = "unfollowFeed", summary = "Stops following a feed")
    @Delete(uri = "/{id}")
    public HttpResponse<Void> remove(@PathVariable String id, HttpRequest<?> request, @Parameter(description = NONE_MATCH_PARAM) @Nullable @Header("If-None-Match") String ifNoneMatch) {
        ready();
        onlyIfAbsent(id, request);
        registry.remove(id);
        return HttpResponse.noContent();
    }

    /**
     * A feed whose address every poll would refuse is refused now, as {@code POST /fetch} refuses the same URL: a 201
     * would tell the caller it is followed while no poll can ever read it. Each poll still checks again (DNS answers
     * change), and a host that does not resolve yet is accepted: its polls report the failure on the feed.
     */
    private void refuseForbiddenAddress(String url) {
        URI uri;
        try {
            uri = URI.create(AsciiUrls.of(url.strip()));
        } catch (IllegalArgumentException e) {
            return; // the registry's canonicalisation answers 400 invalid-url with the parser's reason
        }
        try {
            guard.check(uri);
        } catch (OutboundGuard.Refused e) {
            switch (e.reason()) {
                case "unresolvable" -> { }
                case "invalid-url", "scheme", "userinfo" -> throw Refusal.badRequest(e.reason(), "url: " + e.getMessage());
                default -> throw new Refusal(403, "forbidden-address", "url: " + e.getMessage());
            }
        }
    }

    /**
     * The feeds table is read from Kafka on a thread of its own after start. Until it has been read whole, a list or a
     * feed shown is incomplete or stale (a feed's first record applied, its later poll state not yet: CI saw exactly
     * that right after a restart), and adding a feed already followed would store it again as new, its poll state and
     * validators lost. So every call waits for it, briefly, and otherwise answers 503 with Retry-After.
     */
    private void ready() {
        if (!registry.awaitLoaded(loadWait)) {
            throw new Refusal(503, "feeds-loading", "the feeds table is still being read from Kafka; try again shortly")
                    .retryAfter(2);
        }
    }

    private static final String NONE_MATCH_PARAM = "*: change only if the feed does not exist (then 404, as without the header);"
            + " a feed has no entity tags, so a list of tags never matches and the change is made";

    /**
     * {@code If-None-Match} on a feed's change. The shared filter refused {@code *} without knowing whether the feed
     * exists, so a change to a feed that is gone was 412 where RFC 9110 (13.1.2) makes the condition true and the
     * answer the one without the header, 404 (left in session 47's review, done in session 48). Here the feed is
     * looked up as the change will see it, after this instance has read every feed change already in Kafka.
     */
    private void onlyIfAbsent(String id, HttpRequest<?> request) {
        List<String> held = EntityTags.parse(request.getHeaders().getAll(HttpHeaders.IF_NONE_MATCH), HttpHeaders.IF_NONE_MATCH, true);
        if (held != null && held.contains("*")) {
            registry.catchUp();
            if (registry.get(id).isPresent()) {
                throw new Refusal(412, "precondition-failed", UntaggedPreconditionsFilter.EXISTS);
            }
        }
    }

    private Feed find(String id) {
        ready();
        return registry.get(id).orElseThrow(() -> new Refusal(404, "not-found", "feed '" + Problems.quote(id) + "' does not exist"));
    }
}
