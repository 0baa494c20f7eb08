package dev.tumen.alert.subscription;

import dev.tumen.common.net.AsciiUrls;
import dev.tumen.alert.AlertSettings;
import dev.tumen.alert.delivery.Signer;
import dev.tumen.common.http.ProblemException;
import dev.tumen.model.Category;
import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscription use cases: validate, write to the topic, and answer only once this instance sees the write, so a
 * client that creates and then reads never gets a 404.
 */
@Singleton
public class SubscriptionService {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionService.class);

    private final SubscriptionStore store;
    private final SubscriptionWriter writer;
    private final AlertSettings settings;
    private final SecretBox secrets;
    private final int maxPerToken;
    private final int maxTotal;
    private final int maxWithoutToken;
    private final Validator validator;
    private final SubscriptionLocks locks = new SubscriptionLocks();

    public SubscriptionService(SubscriptionStore store, SubscriptionWriter writer, AlertSettings settings, SecretBox secrets,
                               Validator validator,
                               @io.micronaut.context.annotation.Value("${tumen.alert.max-subscriptions-per-token:100}") int maxPerToken,
                               @io.micronaut.context.annotation.Value("${tumen.alert.max-subscriptions:10000}") int maxTotal,
                               @io.micronaut.context.annotation.Value("${tumen.alert.max-subscriptions-without-token:1000}")
                               int maxWithoutToken) {
        this.store = store;
        this.writer = writer;
        this.validator = validator;
        this.settings = settings;
        this.secrets = secrets;
        this.maxPerToken = maxPerToken;
        this.maxTotal = maxTotal;
        this.maxWithoutToken = maxWithoutToken;
    }

    /**
     * The access token behind the current HTTP request (set by the bearer-token filter), so quotas count per token
     * without every controller passing it along; {@code null} when tokens are off (dev).
     */
    private static String caller() {
        return io.micronaut.http.context.ServerRequestContext.currentRequest()
                .flatMap(r -> r.getAttribute(dev.tumen.common.http.BearerTokenFilter.TOKEN_ATTRIBUTE,
                        dev.tumen.common.security.AccessTokens.Token.class))
                .map(dev.tumen.common.security.AccessTokens.Token::name)
                .orElse(null);
    }

    /** How long an {@code Idempotency-Key} answers a creation sent again, counted from the creation. */
    public static final java.time.Duration IDEMPOTENCY_KEY_LIFETIME = java.time.Duration.ofHours(24);
    /** Tries of a change without {@code If-Match} that lost to another instance's change, before 409. */
    static final int CHANGE_TRIES = 3;

    /**
     * A creation's answer.
     *
     * @param replayed true when the request was a repeat of an earlier one with the same {@code Idempotency-Key}
     */
    public record Created(SubscriptionView view, Subscription subscription, boolean replayed) {
    }

    public SubscriptionView create(SubscriptionRequest request) {
        return create(request, null).view();
    }

    /**
     * Creates a subscription; with an {@code idempotencyKey} the same token sending the same key and body again within
     * {@link #IDEMPOTENCY_KEY_LIFETIME} gets that subscription back (with its current signing secret: the client that
     * timed out never saw it), and the key with another body is 422 {@code idempotency-key-reused}. The key is kept in
     * the subscription's own record, so it holds across restarts and instances' tables, and goes with the subscription.
     */
    public Created create(SubscriptionRequest request, String idempotencyKey) {
        Subscription draft = draft(request);
        String owner = caller();
        Subscription.Creation creation = idempotencyKey == null ? null : new Subscription.Creation(idempotencyKey, digest(request));
        return locks.creating(() -> {
            Subscription earlier = creation == null ? null : earlier(owner, idempotencyKey);
            if (earlier != null) {
                if (!creation.requestDigest().equals(earlier.creation().requestDigest())) {
                    throw ProblemException.unprocessable("idempotency-key-reused", "this token created subscription " + earlier.id()
                            + " with this Idempotency-Key from another body; use a new key for a new subscription")
                            .with("subscription", earlier.id());
                }
                return new Created(view(earlier, earlier.secrets().isEmpty() ? null : earlier.secrets().get(0)),
                        earlier, true);
            }
            Subscription created = create(draft, owner, creation);
            Subscription first = creation == null ? created : firstWithKey(owner, idempotencyKey, created);
            if (first != created) {
                // Another instance created one with this key first (earlier on the topic, so read here already): that one
                // stands on every instance; this one goes, and the answer is the first one's.
                LOG.info("Subscription {}: created with an Idempotency-Key {} was created with first; deleting it", created.id(),
                        first.id());
                await(writer.delete(created.id()));
                if (!creation.requestDigest().equals(first.creation().requestDigest())) {
                    throw ProblemException.unprocessable("idempotency-key-reused", "this token created subscription " + first.id()
                            + " with this Idempotency-Key from another body; use a new key for a new subscription")
                            .with("subscription", first.id());
                }
                return new Created(view(first, first.secrets().isEmpty() ? null : first.secrets().get(0)), first, true);
            }
            ProblemException over = overOnTheTopic(created);
            if (over != null) {
                LOG.info("Subscription {}: created past its owner's quota or the cap by creations through other instances at once; "
                        + "deleting it", created.id());
                await(writer.delete(created.id()));
                throw over;
            }
            return new Created(view(created, created.secrets().get(0)), created, false);
        });
    }

    /**
     * Of the live subscriptions this owner created with {@code key}, the one whose creation came first on the topic.
     * Creations through two instances at once both pass {@link #earlier}; each writer, once its record is visible, has read
     * every record before it, so both agree which came first (probe of session 32).
     */
    private Subscription firstWithKey(String owner, String key, Subscription mine) {
        Instant since = Instant.now().minus(IDEMPOTENCY_KEY_LIFETIME);
        Subscription first = mine;
        for (Subscription x : store.all()) {
            if (x.creation() != null && key.equals(x.creation().idempotencyKey()) && Objects.equals(owner, x.owner())
                    && x.createdAt() != null && x.createdAt().isAfter(since) && store.firstOffset(x.id()) < store.firstOffset(first.id())) {
                first = x;
            }
        }
        return first;
    }

    /**
     * The refusal a creation earns once its record is visible, counting only what came before it on the topic, or null
     * when it stands. {@link #create(Subscription, String, Subscription.Creation)} counted this instance's table, and
     * creations through several instances at once each counted before any of the others was visible: a token allowed
     * 3 owned 4 after 4 creations through 2 instances (the fifth and sixth reviews' note). Every instance reads the
     * one-partition topic in the same order, and the writer has read every record before its own: the creations past
     * the quota (or the service's cap) on the topic withdraw themselves, whichever instance they came through (session 33,
     * probe). A creation counted before it that was itself withdrawn can make this one withdraw too: a refusal that
     * waiting lifts, never one more subscription than allowed.
     */
    private ProblemException overOnTheTopic(Subscription mine) {
        long at = store.firstOffset(mine.id());
        long before = 0;
        long ownedBefore = 0;
        for (Subscription x : store.all()) {
            if (!x.id().equals(mine.id()) && store.firstOffset(x.id()) < at) {
                before++;
                if (Objects.equals(mine.owner(), x.owner())) {
                    ownedBefore++;
                }
            }
        }
        return ownedBefore >= quota(mine.owner()) ? quotaReached(mine.owner(), ownedBefore)
                : before >= maxTotal ? capReached(before) : null;
    }

    private int quota(String owner) {
        return owner == null ? maxWithoutToken : maxPerToken;
    }

    private ProblemException quotaReached(String owner, long owned) {
        int quota = quota(owner);
        return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "subscription-quota",
                (owner == null ? "callers without a token already own " + owned + " subscriptions, the most allowed "
                        + "(tumen.alert.max-subscriptions-without-token)"
                        : "the token '" + owner + "' already owns " + owned + " subscriptions, the most allowed "
                        + "(tumen.alert.max-subscriptions-per-token)") + "; delete one first").with("limit", quota);
    }

    private ProblemException capReached(long total) {
        return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "subscription-cap",
                "the service already has " + total + " subscriptions, the most it allows (tumen.alert.max-subscriptions); "
                        + "delete one first").with("limit", maxTotal);
    }

    private Subscription earlier(String owner, String key) {
        Instant since = Instant.now().minus(IDEMPOTENCY_KEY_LIFETIME);
        return store.all().stream()
                .filter(x -> x.creation() != null && key.equals(x.creation().idempotencyKey()) && Objects.equals(owner, x.owner())
                        && x.createdAt() != null && x.createdAt().isAfter(since))
                // Two with one key exist for a moment when two instances created at once: the first on the topic stands.
                .min(Comparator.comparingLong(x -> store.firstOffset(x.id()))).orElse(null);
    }

    /** The request's fields as bound (whitespace and field order of the body do not count). */
    static String digest(SubscriptionRequest request) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(dev.tumen.model.Json.bytes(request));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Subscription create(Subscription draft, String owner, Subscription.Creation creation) {
        java.util.Collection<Subscription> all = store.all();
        // Without tokens (dev) every caller is one anonymous owner: a quota still bounds what a runaway script creates.
        long owned = all.stream().filter(x -> Objects.equals(owner, x.owner())).count();
        if (owned >= quota(owner)) {
            throw quotaReached(owner, owned);
        }
        if (all.size() >= maxTotal) {
            throw capReached(all.size());
        }
        String secret = Signer.newSecret();
        Instant now = Instant.now();
        Subscription s = new Subscription("sub_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20), draft.name(),
                draft.url(), draft.format(), draft.minSeverity(), draft.categories(), draft.languages(), draft.sources(), draft.keywords(),
                false, List.of(secret), now, now, owner, 1, creation);
        write(s);
        LOG.info("Subscription {} created for {}", s.id(), host(s.url()));
        return s;
    }

    public List<SubscriptionView> list() {
        return store.all().stream().sorted(Comparator.comparing(Subscription::createdAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(this::view).toList();
    }

    /** {@code s}'s entity tag as this instance shows it, held or not ({@link Preconditions#etag(Subscription, boolean)}). */
    public String etag(Subscription s) {
        return Preconditions.etag(s, store.held(s.id()));
    }

    /** Whether a read holding {@code ifNoneMatch} already has {@code s} as this instance shows it: 304 then. */
    public boolean unchanged(List<String> ifNoneMatch, Subscription s) {
        return Preconditions.unchanged(ifNoneMatch, s, store.held(s.id()));
    }

    /** {@code s} as the API shows it, held or active as this instance's table has it (review of session 45). */
    public SubscriptionView view(Subscription s) {
        return view(s, null);
    }

    /** The same, with the signing secret shown (right after creation or rotation only). */
    public SubscriptionView view(Subscription s, String secret) {
        return SubscriptionView.of(s, secret, store.heldReason(s.id()));
    }

    public Subscription get(String id) {
        Subscription s = store.get(id);
        if (s == null) {
            throw ProblemException.notFound("subscription '" + dev.tumen.common.http.Problems.quote(id) + "'");
        }
        return s;
    }

    /** Full replacement of the editable fields; id, secrets, paused and creation time stay. */
    /** Checked here rather than by {@code @Valid} so that a missing subscription answers 404 before any 422. */
    public Subscription replace(String id, SubscriptionRequest request, Preconditions.Condition condition) {
        return change(id, condition, old -> merge(old, draft(valid(request))));
    }

    /** The patch applied to the subscription (RFC 7396); the result must pass the request's constraints. */
    public Subscription patch(String id, SubscriptionPatch patch, boolean nullRemoves, Preconditions.Condition condition) {
        return change(id, condition, old -> merge(old, draft(valid(patch.applyTo(requestOf(old), nullRemoves)))));
    }

    private SubscriptionRequest valid(SubscriptionRequest request) {
        Set<ConstraintViolation<SubscriptionRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    public Subscription setPaused(String id, boolean paused, Preconditions.Condition condition) {
        return change(id, condition, old -> old.paused() == paused ? old : copy(old, paused, old.secrets()));
    }

    /** Pauses a subscription from the delivery side (410 Gone, failing for days); quiet when it is gone already. */
    public void pauseQuietly(String id, String why) {
        try {
            change(id, null, old -> {
                if (old.paused()) {
                    return old;
                }
                LOG.warn("Pausing subscription {}: {}", id, why);
                return copy(old, true, old.secrets());
            });
        } catch (ProblemException e) {
            if (e.status() != HttpStatus.NOT_FOUND) {
                throw e;
            }
        }
    }

    /** A new signing secret; the previous one keeps signing too (both signatures sent) unless {@code keepPrevious} is false. */
    public Subscription rotateSecret(String id, boolean keepPrevious, Preconditions.Condition condition) {
        return change(id, condition, old -> {
            String secret = Signer.newSecret();
            return copy(old, old.paused(), keepPrevious && !old.secrets().isEmpty() ? List.of(secret, old.secrets().get(0)) : List.of(secret));
        });
    }

    /** Ends a rotation: only the newest secret signs from now on. */
    public Subscription dropPreviousSecrets(String id, Preconditions.Condition condition) {
        return change(id, condition, old -> old.secrets().size() <= 1 ? old : copy(old, old.paused(), List.of(old.secrets().get(0))));
    }

    /** Deletes; with {@code If-Match} only while the subscription is at a tag named. A deletion wins over any change racing it. */
    public void delete(String id, Preconditions.Condition condition) {
        locks.changing(id, () -> {
            catchUp();
            Preconditions.check(condition, get(id), store.held(id));
            await(writer.delete(id));
            return null;
        });
    }

    public void delete(String id) {
        delete(id, null);
    }

    /**
     * One read-modify-write of a subscription: under this instance's lock, checked against {@code condition}, written as the
     * next version. Another instance may have written a version on top of the one read meanwhile; every table then keeps
     * the first (SubscriptionStore.stale), and this one is the loser: its record is covered by the winner again (so a
     * compaction that keeps only a key's last record keeps the winner), and the change answers 412 when the client
     * gave {@code If-Match}, or is checked again ({@code If-None-Match}) and made again on the winner (a deletion: 404)
     * up to {@link #CHANGE_TRIES} times.
     */
    private Subscription change(String id, Preconditions.Condition condition, java.util.function.UnaryOperator<Subscription> edit) {
        return locks.changing(id, () -> {
            catchUp();
            for (int attempt = 1; ; attempt++) {
                Subscription old = get(id);
                Preconditions.check(condition, old, store.held(id));
                if (old.version() >= Subscription.MAX_VERSION) {
                    throw new ProblemException(HttpStatus.CONFLICT, "version-exhausted", "subscription " + id + " is at its last version ("
                            + old.version() + "): delete it and create it again");
                }
                Subscription next = edit.apply(old);
                if (next == old) {
                    return old;
                }
                next = next.version() > old.version() ? next : versioned(next, old.version() + 1);
                SubscriptionWriter.Written written = writeVisible(next);
                if (store.applied(id, written.offset())) {
                    return next;
                }
                coverLoser(id);
                Subscription now = get(id);
                if (condition != null && condition.ifMatch() != null) {
                    throw Preconditions.failed(now, store.held(id));
                }
                if (attempt >= CHANGE_TRIES) {
                    throw new ProblemException(HttpStatus.CONFLICT, "concurrent-change", "subscription " + id
                            + " was changed through other instances " + attempt + " times while this change was made; send it again");
                }
            }
        });
    }

    /** Writes the table's record of {@code id} (or its deletion) on top of a losing record. */
    private void coverLoser(String id) {
        Subscription current = store.get(id);
        LOG.info("Subscription {}: a change lost to another instance's; writing the winner on top again", id);
        if (current == null) {
            await(writer.delete(id));
        } else if (!current.secrets().isEmpty()) {
            write(current);
        }
    }

    private static Subscription versioned(Subscription s, long version) {
        return new Subscription(s.id(), s.name(), s.url(), s.format(), s.minSeverity(), s.categories(), s.languages(), s.sources(),
                s.keywords(), s.paused(), s.secrets(), s.createdAt(), Instant.now(), s.owner(), version, s.creation());
    }

    private Subscription write(Subscription s) {
        writeVisible(s);
        return s;
    }

    private SubscriptionWriter.Written writeVisible(Subscription s) {
        // Secrets leave this service only encrypted: the topic is readable by anyone with broker access.
        SubscriptionWriter.Written written = writer.put(secrets.seal(s));
        await(written);
        return written;
    }

    /**
     * A client that changed a subscription through one instance and then sends the next change to another must find
     * the first there: without this, a pause made on B and a resume sent to A right after could be checked against A's
     * copy from before the pause, answer 200 and leave the subscription paused (seen in CI, session 35).
     */
    private void catchUp() {
        if (!writer.awaitCaughtUp(settings.writeTimeout())) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "store-behind",
                    "this instance has not read the latest subscription changes yet; try again shortly");
        }
    }

    private void await(SubscriptionWriter.Written written) {
        if (!writer.awaitVisible(written, settings.writeTimeout())) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "write-not-visible",
                    "the change was written but is not visible yet; read it again shortly");
        }
    }

    private static Subscription copy(Subscription s, boolean paused, List<String> secrets) {
        return new Subscription(s.id(), s.name(), s.url(), s.format(), s.minSeverity(), s.categories(), s.languages(), s.sources(),
                s.keywords(), paused, secrets, s.createdAt(), Instant.now(), s.owner(), s.version() + 1, s.creation());
    }

    private static Subscription merge(Subscription old, Subscription edit) {
        return new Subscription(old.id(), edit.name(), edit.url(), edit.format(), edit.minSeverity(), edit.categories(), edit.languages(),
                edit.sources(), edit.keywords(), old.paused(), old.secrets(), old.createdAt(), Instant.now(), old.owner(), old.version() + 1,
                old.creation());
    }

    static SubscriptionRequest requestOf(Subscription s) {
        return new SubscriptionRequest(s.name(), s.url(), s.format(), s.minSeverity().wire(),
                s.categories().stream().map(Category::wire).toList(), s.languages(), s.sources(), s.keywords());
    }

    /** The request as a subscription draft; the request has passed its constraints, so every value parses. */
    static Subscription draft(SubscriptionRequest r) {
        String format = r.format() == null ? "json" : r.format().trim().toLowerCase(Locale.ROOT);
        Severity min = r.minSeverity() == null ? Severity.LOW : Severity.parse(r.minSeverity());
        List<Category> categories = trimmed(r.categories()).stream().map(Category::parse).distinct().toList();
        List<String> languages = trimmed(r.languages()).stream().map(l -> l.toLowerCase(Locale.ROOT)).distinct().toList();
        return new Subscription(null, r.name().trim(), r.url().trim(), format, min, categories, languages, trimmed(r.sources()),
                trimmed(r.keywords()), false, List.of(), null, null);
    }

    private static List<String> trimmed(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).toList();
    }

    private static String host(String url) {
        try {
            return URI.create(AsciiUrls.of(url)).getHost();
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }
}
