package dev.tumen.alert.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import dev.tumen.alert.delivery.DeliveryAttempt;
import dev.tumen.alert.delivery.DeliveryLog;
import dev.tumen.alert.delivery.DeliveryPublisher;
import dev.tumen.alert.delivery.DeliveryTask;
import dev.tumen.alert.subscription.SubscriptionPatch;
import dev.tumen.alert.subscription.SubscriptionRequest;
import dev.tumen.alert.subscription.SubscriptionService;
import dev.tumen.alert.subscription.SubscriptionView;
import dev.tumen.common.http.BearerTokenFilter;
import dev.tumen.common.http.ProblemException;
import dev.tumen.common.security.Scope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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

    public SubscriptionController(SubscriptionService service, DeliveryLog log, DeliveryPublisher publisher) {
        this.service = service;
        this.log = log;
        this.publisher = publisher;
    }

    @ApiResponse(responseCode = "201", description = "created; the only answer that shows the signing secret",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)),
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location", description = "the new subscription's path",
                    schema = @Schema(type = "string")))
    @Operation(operationId = "createSubscription", summary = "Subscribes a webhook to alerts; the signing secret is returned once")
    @Post(consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<SubscriptionView> create(@Valid @Body SubscriptionRequest request) {
        SubscriptionView created = service.create(request);
        return HttpResponse.created(created).header("Location", "/subscriptions/" + created.id());
    }

    @Operation(operationId = "listSubscriptions", summary = "Lists the subscriptions (secrets never shown; a read-only token sees each URL's origin only)")
    @Get
    public List<SubscriptionView> list(HttpRequest<?> request) {
        List<SubscriptionView> all = service.list();
        return mayChange(request) ? all : all.stream().map(SubscriptionView::originOnly).toList();
    }

    @Operation(operationId = "getSubscription", summary = "One subscription (secrets never shown; a read-only token sees the URL's origin only)")
    @Get("/{id}")
    public SubscriptionView get(@PathVariable String id, HttpRequest<?> request) {
        SubscriptionView view = SubscriptionView.of(service.get(id));
        return mayChange(request) ? view : view.originOnly();
    }

    /** Whoever may change subscriptions sees their URLs whole; a dashboard's read token must not harvest chat webhooks. */
    private static boolean mayChange(HttpRequest<?> request) {
        return BearerTokenFilter.granted(request).includes(Scope.WRITE);
    }

    @Operation(operationId = "replaceSubscription", summary = "Replaces a subscription's settings")
    @Put(value = "/{id}", consumes = MediaType.APPLICATION_JSON)
    public SubscriptionView replace(@PathVariable String id, @Body SubscriptionRequest request) {
        return service.replace(id, request);
    }

    @Operation(operationId = "updateSubscription", summary = "Changes the fields present (JSON merge patch)")
    @Patch(value = "/{id}", consumes = {MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public SubscriptionView patch(@PathVariable String id, @Body SubscriptionPatch patch) {
        return service.patch(id, patch);
    }

    // Reads no body: a client generated with axios sends a body-less POST as an empty form, which the default consumes
    // (application/json) answered 415 (probe of session 28).
    @Operation(operationId = "pauseSubscription", summary = "Stops deliveries until resumed; alerts raised meanwhile are not delivered later")
    @Post(uri = "/{id}/pause", consumes = MediaType.ALL)
    public SubscriptionView pause(@PathVariable String id) {
        return service.setPaused(id, true);
    }

    @Operation(operationId = "resumeSubscription", summary = "Delivers again from now on")
    @Post(uri = "/{id}/resume", consumes = MediaType.ALL)
    public SubscriptionView resume(@PathVariable String id) {
        return service.setPaused(id, false);
    }

    @ApiResponse(responseCode = "204", description = "deleted")
    @Operation(operationId = "deleteSubscription", summary = "Deletes a subscription")
    @Delete("/{id}")
    public HttpResponse<Void> delete(@PathVariable String id) {
        service.delete(id);
        return HttpResponse.noContent();
    }

    /** A new signing secret, returned once; the previous one signs too until {@code DELETE .../secret/previous}. */
    @Operation(operationId = "rotateSubscriptionSecret", summary = "A new signing secret, returned once; the previous one may keep signing")
    @Post(uri = "/{id}/secret/rotate", consumes = MediaType.ALL)
    public SubscriptionView rotate(@PathVariable String id, @Nullable @QueryValue Boolean keepPrevious) {
        return service.rotateSecret(id, keepPrevious == null || keepPrevious);
    }

    @Operation(operationId = "dropPreviousSubscriptionSecret", summary = "Stops signing with the previous secret")
    @Delete("/{id}/secret/previous")
    public SubscriptionView dropPrevious(@PathVariable String id) {
        return service.dropPreviousSecrets(id);
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
            throw ProblemException.notFound("delivery " + deliveryId + " of subscription " + id + " (or it is no longer in the log)");
        }
        publisher.retry(1, task.replay(Instant.now())).get(10, TimeUnit.SECONDS);
        return HttpResponse.<ReplayAccepted>status(HttpStatus.ACCEPTED).body(new ReplayAccepted(deliveryId, "replaying"));
    }
}
