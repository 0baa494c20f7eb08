package dev.tumen.alert.subscription;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tumen.alert.AlertSettings;
import dev.tumen.alert.delivery.Payloads;
import dev.tumen.alert.delivery.Signer;
import dev.tumen.common.http.ProblemException;
import dev.tumen.common.net.OutboundGuard;
import dev.tumen.model.Category;
import dev.tumen.model.Json;
import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscription use cases: validate, write to the topic, and answer only once this instance sees the write, so a
 * client that creates and then reads never gets a 404.
 */
@Singleton
public class SubscriptionService {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionService.class);
    private static final ObjectReader STRICT = Json.mapper().readerFor(SubscriptionRequest.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_LIST = 100;
    private static final int MAX_TEXT = 200;

    private final SubscriptionStore store;
    private final SubscriptionWriter writer;
    private final OutboundGuard guard;
    private final AlertSettings settings;
    private final SecretBox secrets;
    private final int maxPerToken;

    public SubscriptionService(SubscriptionStore store, SubscriptionWriter writer, OutboundGuard guard, AlertSettings settings,
                               SecretBox secrets,
                               @io.micronaut.context.annotation.Value("${tumen.alert.max-subscriptions-per-token:100}") int maxPerToken) {
        this.store = store;
        this.writer = writer;
        this.guard = guard;
        this.settings = settings;
        this.secrets = secrets;
        this.maxPerToken = maxPerToken;
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

    public SubscriptionView create(String body) {
        Subscription draft = validate(parse(body), null);
        String owner = caller();
        long owned = owner == null ? 0 : store.all().stream().filter(x -> owner.equals(x.owner())).count();
        if (owner != null && owned >= maxPerToken) {
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "subscription-quota", "Subscription quota reached",
                    "the token '" + owner + "' already owns " + owned + " subscriptions, the most allowed "
                            + "(tumen.alert.max-subscriptions-per-token); delete one first");
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
    public SubscriptionView replace(String id, String body) {
        Subscription old = get(id);
        return SubscriptionView.of(write(merge(old, validate(parse(body), old))));
    }

    /** JSON merge: fields present in the body replace the current ones. */
    public SubscriptionView patch(String id, String body) {
        Subscription old = get(id);
        JsonNode patch = tree(body);
        ObjectNode current = Json.mapper().valueToTree(requestOf(old));
        patch.fields().forEachRemaining(e -> current.set(e.getKey(), e.getValue()));
        return SubscriptionView.of(write(merge(old, validate(parse(current.toString()), old))));
    }

    public SubscriptionView setPaused(String id, boolean paused) {
        Subscription old = get(id);
        if (old.paused() == paused) {
            return SubscriptionView.of(old);
        }
        return SubscriptionView.of(write(copy(old, paused, old.secrets())));
    }

    /** Pauses a subscription from the delivery side (410 Gone, failing for days); quiet when it is gone already. */
    public void pauseQuietly(String id, String why) {
        Subscription old = store.get(id);
        if (old != null && !old.paused()) {
            LOG.warn("Pausing subscription {}: {}", id, why);
            write(copy(old, true, old.secrets()));
        }
    }

    /** A new signing secret; the previous one keeps signing too (both signatures sent) unless {@code keepPrevious} is false. */
    public SubscriptionView rotateSecret(String id, boolean keepPrevious) {
        Subscription old = get(id);
        String secret = Signer.newSecret();
        List<String> secrets = keepPrevious && !old.secrets().isEmpty() ? List.of(secret, old.secrets().get(0)) : List.of(secret);
        return SubscriptionView.of(write(copy(old, old.paused(), secrets)), secret);
    }

    /** Ends a rotation: only the newest secret signs from now on. */
    public SubscriptionView dropPreviousSecrets(String id) {
        Subscription old = get(id);
        if (old.secrets().size() <= 1) {
            return SubscriptionView.of(old);
        }
        return SubscriptionView.of(write(copy(old, old.paused(), List.of(old.secrets().get(0)))));
    }

    public void delete(String id) {
        get(id);
        await(writer.delete(id));
    }

    private Subscription write(Subscription s) {
        // Secrets leave this service only encrypted: the topic is readable by anyone with broker access.
        await(writer.put(secrets.seal(s)));
        return s;
    }

    private void await(SubscriptionWriter.Written written) {
        if (!writer.awaitVisible(written, settings.writeTimeout())) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "write-not-visible", "Service unavailable",
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

    private static JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("empty-body", "the request needs a JSON object body");
        }
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node == null || !node.isObject()) {
                throw ProblemException.badRequest("malformed-json", "the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("malformed-json", "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static SubscriptionRequest parse(String body) {
        tree(body);
        try {
            return STRICT.readValue(body);
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.badRequest("unknown-field", "unknown field '" + e.getPropertyName()
                    + "'; known fields: name, url, format, minSeverity, categories, languages, sources, keywords");
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("malformed-json", "the body does not have the expected shape: " + e.getOriginalMessage());
        }
    }

    /** Every problem with a request at once, so a client fixes them in one round. */
    Subscription validate(SubscriptionRequest r, Subscription old) {
        List<String> errors = new ArrayList<>();
        String name = r.name() == null ? "" : r.name().trim();
        if (name.isEmpty()) {
            errors.add("name: required");
        } else if (name.length() > MAX_TEXT) {
            errors.add("name: at most " + MAX_TEXT + " characters");
        }
        String url = r.url() == null ? "" : r.url().trim();
        if (url.isEmpty()) {
            errors.add("url: required");
        } else {
            try {
                URI uri = new URI(url);
                if (!uri.isAbsolute()) {
                    errors.add("url: must be an absolute http(s) URL");
                } else if (uri.getFragment() != null) {
                    errors.add("url: must not have a fragment");
                } else {
                    guard.check(uri);
                }
            } catch (URISyntaxException e) {
                errors.add("url: not a valid URL (" + e.getReason() + ")");
            } catch (OutboundGuard.Refused e) {
                errors.add("url: " + e.getMessage());
            }
        }
        String format = r.format() == null ? "json" : r.format().trim().toLowerCase(Locale.ROOT);
        if (!Payloads.FORMATS.contains(format)) {
            errors.add("format: must be one of json, slack, discord; got '" + r.format() + "'");
        }
        Severity min = Severity.LOW;
        if (r.minSeverity() != null) {
            try {
                min = Severity.parse(r.minSeverity());
                if (min == Severity.NONE) {
                    errors.add("minSeverity: must be low, medium, high or critical (none would alert on irrelevant articles)");
                }
            } catch (IllegalArgumentException e) {
                errors.add("minSeverity: " + e.getMessage());
            }
        }
        List<Category> categories = new ArrayList<>();
        for (String c : list(r.categories(), "categories", errors)) {
            try {
                categories.add(Category.parse(c));
            } catch (IllegalArgumentException e) {
                errors.add("categories: unknown category '" + c + "' (military, security, diplomatic, economic, sanctions, cultural, humanitarian)");
            }
        }
        List<String> languages = new ArrayList<>();
        for (String l : list(r.languages(), "languages", errors)) {
            String code = l.trim().toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(code).matches()) {
                errors.add("languages: '" + l + "' is not an ISO 639-1 code such as en, ru or ko");
            } else {
                languages.add(code);
            }
        }
        List<String> sources = list(r.sources(), "sources", errors).stream().map(String::trim).toList();
        List<String> keywords = list(r.keywords(), "keywords", errors).stream().map(String::trim).toList();
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("invalid-subscription", String.join("; ", errors)).with("errors", errors);
        }
        return new Subscription(old == null ? null : old.id(), name, url, format, min, categories.stream().distinct().toList(),
                languages.stream().distinct().toList(), sources, keywords, false, List.of(), null, null);
    }

    private static List<String> list(List<String> values, String field, List<String> errors) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_LIST) {
            errors.add(field + ": at most " + MAX_LIST + " entries");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v == null || v.isBlank()) {
                errors.add(field + ": entries must not be empty");
            } else if (v.length() > MAX_TEXT) {
                errors.add(field + ": entries must be at most " + MAX_TEXT + " characters");
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }
}
