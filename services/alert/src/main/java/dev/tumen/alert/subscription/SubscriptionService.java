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

    public SubscriptionView create(SubscriptionRequest request) {
        Subscription draft = draft(request);
        String owner = caller();
        return locks.creating(() -> create(draft, owner));
    }

    private SubscriptionView create(Subscription draft, String owner) {
        java.util.Collection<Subscription> all = store.all();
        // Without tokens (dev) every caller is one anonymous owner: a quota still bounds what a runaway script creates.
        long owned = all.stream().filter(x -> Objects.equals(owner, x.owner())).count();
        int quota = owner == null ? maxWithoutToken : maxPerToken;
        if (owned >= quota) {
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "subscription-quota",
                    (owner == null ? "callers without a token already own " + owned + " subscriptions, the most allowed "
                            + "(tumen.alert.max-subscriptions-without-token)"
                            : "the token '" + owner + "' already owns " + owned + " subscriptions, the most allowed "
                            + "(tumen.alert.max-subscriptions-per-token)") + "; delete one first").with("limit", quota);
        }
        if (all.size() >= maxTotal) {
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "subscription-cap",
                    "the service already has " + all.size() + " subscriptions, the most it allows (tumen.alert.max-subscriptions); "
                            + "delete one first").with("limit", maxTotal);
        }
        String secret = Signer.newSecret();
        Instant now = Instant.now();
        Subscription s = new Subscription("sub_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20), draft.name(),
                draft.url(), draft.format(), draft.minSeverity(), draft.categories(), draft.languages(), draft.sources(), draft.keywords(),
                false, List.of(secret), now, now, owner);
        write(s);
        LOG.info("Subscription {} created for {}", s.id(), host(s.url()));
        return SubscriptionView.of(s, secret);
    }

    public List<SubscriptionView> list() {
        return store.all().stream().sorted(Comparator.comparing(Subscription::createdAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(SubscriptionView::of).toList();
    }

    public Subscription get(String id) {
        Subscription s = store.get(id);
        if (s == null) {
            throw ProblemException.notFound("subscription " + id);
        }
        return s;
    }

    /** Full replacement of the editable fields; id, secrets, paused and creation time stay. */
    /** Checked here rather than by {@code @Valid} so that a missing subscription answers 404 before any 422. */
    public SubscriptionView replace(String id, SubscriptionRequest request) {
        return locks.changing(id, () -> {
            Subscription old = get(id);
            return SubscriptionView.of(write(merge(old, draft(valid(request)))));
        });
    }

    /** Fields given in the patch replace the current ones; the result must pass the request's constraints. */
    public SubscriptionView patch(String id, SubscriptionPatch patch) {
        return locks.changing(id, () -> {
            Subscription old = get(id);
            return SubscriptionView.of(write(merge(old, draft(valid(patch.applyTo(requestOf(old)))))));
        });
    }

    private SubscriptionRequest valid(SubscriptionRequest request) {
        Set<ConstraintViolation<SubscriptionRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    public SubscriptionView setPaused(String id, boolean paused) {
        return locks.changing(id, () -> {
            Subscription old = get(id);
            if (old.paused() == paused) {
                return SubscriptionView.of(old);
            }
            return SubscriptionView.of(write(copy(old, paused, old.secrets())));
        });
    }

    /** Pauses a subscription from the delivery side (410 Gone, failing for days); quiet when it is gone already. */
    public void pauseQuietly(String id, String why) {
        locks.changing(id, () -> {
            Subscription old = store.get(id);
            if (old != null && !old.paused()) {
                LOG.warn("Pausing subscription {}: {}", id, why);
                write(copy(old, true, old.secrets()));
            }
            return null;
        });
    }

    /** A new signing secret; the previous one keeps signing too (both signatures sent) unless {@code keepPrevious} is false. */
    public SubscriptionView rotateSecret(String id, boolean keepPrevious) {
        return locks.changing(id, () -> {
            Subscription old = get(id);
            String secret = Signer.newSecret();
            List<String> secrets = keepPrevious && !old.secrets().isEmpty() ? List.of(secret, old.secrets().get(0)) : List.of(secret);
            return SubscriptionView.of(write(copy(old, old.paused(), secrets)), secret);
        });
    }

    /** Ends a rotation: only the newest secret signs from now on. */
    public SubscriptionView dropPreviousSecrets(String id) {
        return locks.changing(id, () -> {
            Subscription old = get(id);
            if (old.secrets().size() <= 1) {
                return SubscriptionView.of(old);
            }
            return SubscriptionView.of(write(copy(old, old.paused(), List.of(old.secrets().get(0)))));
        });
    }

    public void delete(String id) {
        locks.changing(id, () -> {
            get(id);
            await(writer.delete(id));
            return null;
        });
    }

    private Subscription write(Subscription s) {
        // Secrets leave this service only encrypted: the topic is readable by anyone with broker access.
        await(writer.put(secrets.seal(s)));
        return s;
    }

    private void await(SubscriptionWriter.Written written) {
        if (!writer.awaitVisible(written, settings.writeTimeout())) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "write-not-visible",
                    "the change was written but is not visible yet; read it again shortly");
        }
    }

    private static Subscription copy(Subscription s, boolean paused, List<String> secrets) {
        return new Subscription(s.id(), s.name(), s.url(), s.format(), s.minSeverity(), s.categories(), s.languages(), s.sources(),
                s.keywords(), paused, secrets, s.createdAt(), Instant.now(), s.owner());
    }

    private static Subscription merge(Subscription old, Subscription edit) {
        return new Subscription(old.id(), edit.name(), edit.url(), edit.format(), edit.minSeverity(), edit.categories(), edit.languages(),
                edit.sources(), edit.keywords(), old.paused(), old.secrets(), old.createdAt(), Instant.now(), old.owner());
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
