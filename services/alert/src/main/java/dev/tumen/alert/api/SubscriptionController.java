package dev.tumen.alert.api;

import dev.tumen.common.http.Problems;
import dev.tumen.common.http.EntityTags;
import io.micronaut.json.JsonMapper;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import dev.tumen.alert.delivery.DeliveryAttempt;
import dev.tumen.alert.delivery.DeliveryLog;
import dev.tumen.alert.delivery.DeliveryPublisher;
import dev.tumen.alert.delivery.DeliveryTask;
import dev.tumen.alert.subscription.Preconditions;
import dev.tumen.alert.subscription.SubscriptionPatch;
import dev.tumen.alert.subscription.SubscriptionRequest;
import dev.tumen.alert.subscription.SubscriptionService;
import dev.tumen.alert.subscription.SubscriptionView;
import dev.tumen.common.http.BearerTokenFilter;
import dev.tumen.common.http.ProblemException;
import dev.tumen.common.security.Scope;
import io.micronaut.core.annotation.Nullable;
import dev.tumen.model.Subscription;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Subscriptions over HTTP (bearer token, see {@code BearerTokenFilter}). Every change is written to the
 * subscriptions topic and answered once this instance has read it back. Errors are problem+json.
 */
@ApiResponse(responseCode = "4XX", description = "the request's problem (RFC 9457)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@ApiResponse(responseCode = "5XX", description = "the service's problem (RFC 9457)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@Tag(name = "subscriptions", description = "Webhook subscriptions and their deliveries")
@Controller("/subscriptions")
// Each change waits (briefly) for its Kafka write to come back: not on the event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
public class SubscriptionController {
    private final SubscriptionService service;
    private final DeliveryLog log;
    private final DeliveryPublisher publisher;

    private final JsonMapper json;

    public SubscriptionController(SubscriptionService service, DeliveryLog log, DeliveryPublisher publisher, JsonMapper json) {
        this.service = service;
        this.json = json;
        this.log = log;
        this.publisher = publisher;
    }

    @ApiResponse(responseCode = "201", description = "created; the only answer that shows the signing secret (and a repeat of the "
            + "creation with the same Idempotency-Key and body, which answers the same subscription with its current secret)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)),
            headers = {
                    @Header(name = "Location", description = "the new subscription's path", schema = @Schema(type = "string")),
                    @Header(name = "ETag", description = "the subscription's version, for If-Match (\"3\", or \"3-held\" while it is held)", schema = @Schema(type = "string")),
                    @Header(name = "Idempotent-Replayed", description = "true when this answers a repeat of an earlier creation "
                            + "with the same Idempotency-Key", schema = @Schema(type = "string"))})
    @Operation(operationId = "createSubscription", summary = "Subscribes a webhook to alerts; the signing secret is returned once",
            description = "With an `Idempotency-Key` header (1 to 255 visible ASCII characters, a UUID say), sending the same "
                    + "creation again with the same key under the same token within 24 hours answers the subscription it "
                    + "created (201, `Idempotent-Replayed: true`, with its current signing secret) instead of creating another; "
                    + "the key with another body is 422 `idempotency-key-reused`. Sent through two instances at once, the key "
                    + "still creates one: the later creation on the topic is withdrawn and answers the first.")
    @Post(consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<SubscriptionView> create(@Valid @Body SubscriptionRequest request, HttpRequest<?> http,
                                                 @Parameter(description = "makes a repeated creation answer the first one (24 hours)")
                                                 @Nullable @io.micronaut.http.annotation.Header("Idempotency-Key") String idempotencyKey) {
        SubscriptionService.Created created = service.create(request,
                Preconditions.idempotencyKey(http.getHeaders().getAll("Idempotency-Key")));
        MutableHttpResponse<SubscriptionView> response = HttpResponse.created(created.view())
                .header("Location", "/subscriptions/" + created.view().id())
                .header(HttpHeaders.ETAG, service.etag(created.subscription()));
        return created.replayed() ? response.header("Idempotent-Replayed", "true") : response;
    }

    @ApiResponse(responseCode = "200", description = "the subscriptions; ETag a digest of the list as shown to this caller",
            content = @Content(mediaType = "application/json", array = @io.swagger.v3.oas.annotations.media.ArraySchema(
                    schema = @Schema(implementation = SubscriptionView.class))),
            headers = @Header(name = "ETag", description = "the list's tag, for If-None-Match", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "not modified: If-None-Match names the list's current ETag (or is *); no body",
            headers = @Header(name = "ETag", description = "the list's tag", schema = @Schema(type = "string")))
    @Operation(operationId = "listSubscriptions", summary = "Lists the subscriptions (secrets never shown; a read-only token sees each URL's origin only)",
            description = "With `If-None-Match` (an `ETag` this list answered, weak or strong, or `*`) the answer is 304 and no body "
                    + "while the list is as it was; any subscription's change changes the tag.")
    @Get
    public HttpResponse<List<SubscriptionView>> list(HttpRequest<?> request,
                                                     @Parameter(description = "ETags the caller holds, or *: 304 while the list is at one of them")
                                                     @Nullable @io.micronaut.http.annotation.Header("If-None-Match") String ifNoneMatch) {
        List<SubscriptionView> all = service.list();
        return EntityTags.listed(request, mayChange(request) ? all : all.stream().map(SubscriptionView::originOnly).toList(), json);
    }

    @ApiResponse(responseCode = "200", description = "the subscription; ETag its version (for a caller who may change it)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)),
            headers = @Header(name = "ETag", description = "the subscription's version, for If-Match (\"3\", or \"3-held\" while it is held)", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "not modified: If-None-Match names the subscription's current ETag (or is *); no body",
            headers = @Header(name = "ETag", description = "the subscription's version", schema = @Schema(type = "string")))
    @Operation(operationId = "getSubscription", summary = "One subscription (secrets never shown; a read-only token sees the URL's origin only)",
            description = "With `If-None-Match` (an `ETag` a read or change answered, weak or strong, or `*`) a caller who may change "
                    + "subscriptions gets 304 and no body while the subscription is at that version. A read token's view has no "
                    + "ETag, so it is always answered whole.")
    @Get("/{id}")
    public HttpResponse<SubscriptionView> get(@PathVariable String id, HttpRequest<?> request,
                                              @Parameter(description = "ETags the caller holds, or *: 304 while the subscription is at one of them")
                                              @Nullable @io.micronaut.http.annotation.Header("If-None-Match") String ifNoneMatch) {
        List<String> held = Preconditions.ifNoneMatch(request.getHeaders().getAll(HttpHeaders.IF_NONE_MATCH));
        Subscription s = service.get(id);
        if (!mayChange(request)) {
            // The tag names the whole representation; a read token's (the URL cut to its origin) is another, and it may not change.
            return HttpResponse.ok(service.view(s).originOnly());
        }
        if (service.unchanged(held, s)) {
            // If-None-Match was ignored (200 and the whole body every time: the sixth review's note), so a client polling
            // one subscription for changes downloaded it each time.
            return HttpResponse.<SubscriptionView>notModified().header(HttpHeaders.ETAG, service.etag(s));
        }
        return tagged(s, service.view(s));
    }

    /** Whoever may change subscriptions sees their URLs whole; a dashboard's read token must not harvest chat webhooks. */
    private static boolean mayChange(HttpRequest<?> request) {
        return BearerTokenFilter.granted(request).includes(Scope.WRITE);
    }

    private MutableHttpResponse<SubscriptionView> tagged(Subscription s, SubscriptionView view) {
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, service.etag(s));
    }

    private MutableHttpResponse<SubscriptionView> tagged(Subscription s) {
        return tagged(s, service.view(s));
    }

    private static Preconditions.Condition condition(HttpRequest<?> request) {
        return Preconditions.Condition.of(request.getHeaders().getAll(HttpHeaders.IF_MATCH),
                request.getHeaders().getAll(HttpHeaders.IF_NONE_MATCH));
    }

    @ApiResponse(responseCode = "200", description = "the subscription as changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)),
            headers = @Header(name = "ETag", description = "the subscription's new version", schema = @Schema(type = "string")))
    @Operation(operationId = "replaceSubscription", summary = "Replaces a subscription's settings",
            description = IF_MATCH_NOTE)
    @Put(value = "/{id}", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<SubscriptionView> replace(@PathVariable String id, @Body SubscriptionRequest request, HttpRequest<?> http,
                                                  @Parameter(description = "an ETag of the subscription, or *: change only that version") @Nullable @io.micronaut.http.annotation.Header("If-Match") String ifMatch,
            @Parameter(description = NONE_MATCH_PARAM) @Nullable @io.micronaut.http.annotation.Header("If-None-Match") String ifNoneMatch) {
        return tagged(service.replace(id, request, condition(http)));
    }

    static final String IF_MATCH_NOTE = "With `If-Match` (an `ETag` a read or change answered, or `*`) the change applies only while "
            + "the subscription is at that version, on whichever instance, else 412 `precondition-failed` with the current `ETag`; "
            + "without it the change applies to the current version (a change racing another through another instance is made "
            + "again on the winner, 409 `concurrent-change` after three losses). If-Match is optional: 428 is never answered. "
            + "With `If-None-Match` (tags compared weakly, or `*`) the change is made only while the subscription is at none of "
            + "the tags named (`*`: never, as it exists), else 412.";

    static final String NONE_MATCH_PARAM = "ETags, or *: change only while the subscription is at none of them (*: never)";

    @ApiResponse(responseCode = "200", description = "the subscription as changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)),
            headers = @Header(name = "ETag", description = "the subscription's new version", schema = @Schema(type = "string")))
    @Operation(operationId = "updateSubscription", summary = "Changes the fields present (JSON merge patch, RFC 7396)",
            description = "Under `application/merge-patch+json` a field given as `null` is removed (RFC 7396: a list becomes empty, "
                    + "`format` and `minSeverity` go back to `json` and `low`; `name` and `url` cannot be removed: 422); under "
                    + "`application/json` a `null` keeps the field. " + IF_MATCH_NOTE)
    @Patch(value = "/{id}", consumes = {MediaType.APPLICATION_JSON, MERGE_PATCH})
    public HttpResponse<SubscriptionView> patch(@PathVariable String id, @Body SubscriptionPatch patch, HttpRequest<?> http,
                                                @Parameter(description = "an ETag of the subscription, or *: change only that version") @Nullable @io.micronaut.http.annotation.Header("If-Match") String ifMatch,
            @Parameter(description = NONE_MATCH_PARAM) @Nullable @io.micronaut.http.annotation.Header("If-None-Match") String ifNoneMatch) {
        boolean mergePatch = http.getContentType().map(t -> MERGE_PATCH.equalsIgnoreCase(t.getName())).orElse(false);
        return tagged(service.patch(id, patch, mergePatch, condition(http)));
    }

    static final String MERGE_PATCH = "application/merge-patch+json";


    // Reads no body: a client generated with axios sends a body-less POST as an empty form, which the default consumes
    // (application/json) answered 415 (probe of session 28).
    @Operation(operationId = "pauseSubscription", summary = "Stops deliveries until resumed; alerts raised meanwhile are not delivered later",
            description = IF_MATCH_NOTE)
    @Post(uri = "/{id}/pause", consumes = MediaType.ALL)
    public HttpResponse<SubscriptionView> pause(@PathVariable String id, HttpRequest<?> http,
                                                @Parameter(description = "an ETag of the subscription, or *: change only that version") @Nullable @io.micronaut.http.annotation.Header("If-Match") String ifMatch,
            @Parameter(description = NONE_MATCH_PARAM) @Nullable @io.micronaut.http.annotation.Header("If-None-Match") String ifNoneMatch) {
        return tagged(service.setPaused(id, true, condition(http)));
    }

    @Operation(operationId = "resumeSubscription", summary = "Delivers again from now on", description = IF_MATCH_NOTE)
    @Post(uri = "/{id}/resume", consumes = MediaType.ALL)
    public HttpResponse<SubscriptionView> resume(@PathVariable String id, HttpRequest<?> http,
                                                 @Parameter(description = "an ETag of the subscription, or *: change only that version") @Nullable @io.micronaut.http.annotation.Header("If-Match") String ifMatch,
            @Parameter(description = NONE_MATCH_PARAM) @Nullable @io.micronaut.http.annotation.Header("If-None-Match") String ifNoneMatch) {
        return tagged(service.setPaused(id, false, condition(http)));
    }

    @ApiResponse(responseCode = "204", description = "deleted")
    @Operation(operationId = "deleteSubscription", summary = "Deletes a subscription",
            description = "With `If-Match` only while the subscription is at that version (412 otherwise, checked on the instance "
                    + "that answers); a deletion wins over any change racing it through another instance. With `If-None-Match` only while it is at "
                    + "none of the tags named (`*`: never).")
    @Delete("/{id}")
    public HttpResponse<Void> delete(@PathVariable String id, HttpRequest<?> http,
                                     @Parameter(description = "an ETag of the subscription, or *: change only that version") @Nullable @io.micronaut.http.annotation.Header("If-Match") String ifMatch,
            @Parameter(description = NONE_MATCH_PARAM) @Nullable @io.micronaut.http.annotation.Header("If-None-Match") String ifNoneMatch) {
        service.delete(id, condition(http));
        return HttpResponse.noContent();
    }

    /** A new signing secret, returned once; the previous one signs too until {@code DELETE .../secret/previous}. */
    @Operation(operationId = "rotateSubscriptionSecret", summary = "A new signing secret, returned once; the previous one may keep signing",
            description = IF_MATCH_NOTE)
    @Post(uri = "/{id}/secret/rotate", consumes = MediaType.ALL)
    public HttpResponse<SubscriptionView> rotate(@PathVariable String id, @Nullable @QueryValue Boolean keepPrevious, HttpRequest<?> http,
                                                 @Parameter(description = "an ETag of the subscription, or *: change only that version") @Nullable @io.micronaut.http.annotation.Header("If-Match") String ifMatch,
            @Parameter(description = NONE_MATCH_PARAM) @Nullable @io.micronaut.http.annotation.Header("If-None-Match") String ifNoneMatch) {
        Subscription s = service.rotateSecret(id, keepPrevious == null || keepPrevious, condition(http));
        return tagged(s, service.view(s, s.secrets().get(0)));
    }

    @Operation(operationId = "dropPreviousSubscriptionSecret", summary = "Stops signing with the previous secret", description = IF_MATCH_NOTE)
    @Delete("/{id}/secret/previous")
    public HttpResponse<SubscriptionView> dropPrevious(@PathVariable String id, HttpRequest<?> http,
                                                       @Parameter(description = "an ETag of the subscription, or *: change only that version") @Nullable @io.micronaut.http.annotation.Header("If-Match") String ifMatch,
            @Parameter(description = NONE_MATCH_PARAM) @Nullable @io.micronaut.http.annotation.Header("If-None-Match") String ifNoneMatch) {
        return tagged(service.dropPreviousSecrets(id, condition(http)));
    }

    /** The delivery log: attempts, outcomes, status codes and latency, newest first. */
    @Operation(operationId = "listDeliveries", summary = "The delivery log: attempts, outcomes, status codes and latency, newest first")
    @Get("/{id}/deliveries")
    public List<DeliveryAttempt> deliveries(@PathVariable String id, @Nullable @QueryValue @Min(1) @Max(500) Integer limit) {
        service.get(id);
        int n = limit == null ? 50 : limit;
        return log.recent(id, n).stream().map(DeliveryAttempt::withoutTask).toList();
    }

    /** Sends a logged delivery again, same {@code webhook-id}, with a fresh retry schedule. */
    @ApiResponse(responseCode = "202", description = "queued for another attempt",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReplayAccepted.class)))
    @Operation(operationId = "replayDelivery", summary = "Sends a logged delivery again, same webhook-id, with a fresh retry schedule (admin)")
    @Post(uri = "/{id}/deliveries/{deliveryId}/replay", consumes = MediaType.ALL)
    public HttpResponse<ReplayAccepted> replay(@PathVariable String id, @PathVariable String deliveryId) throws Exception {
        service.get(id);
        DeliveryTask task = log.task(id, deliveryId);
        if (task == null) {
            throw ProblemException.notFound("delivery '" + Problems.quote(deliveryId) + "' of subscription '" + Problems.quote(id) + "' (or it is no longer in the log)");
        }
        publisher.retry(1, task.replay(Instant.now())).get(10, TimeUnit.SECONDS);
        return HttpResponse.<ReplayAccepted>status(HttpStatus.ACCEPTED).body(new ReplayAccepted(deliveryId, "replaying"));
    }
}
