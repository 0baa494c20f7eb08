package dev.tumen.alert.subscription;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import dev.tumen.common.http.TextFields;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code PATCH /subscriptions/{id}}: a field absent keeps the current value, a field given replaces it.
 * A field given as {@code null} depends on the body's type: under {@code application/merge-patch+json} it removes the
 * value as RFC 7396 says (a list becomes empty, {@code format} and {@code minSeverity} go back to their defaults
 * {@code json} and {@code low}; {@code name} and {@code url} are required, so removing them is 422); under
 * {@code application/json} it keeps the value, as before session 32 (a generated client may send every field, unset
 * ones as {@code null}). The result is validated as a whole {@link SubscriptionRequest}; the getters' schemas publish
 * the same limits, which the description left out (probe of session 38: a generated client sent a 5,000-character name
 * its schema allowed and got 422).
 */
@Schema(description = "The body of `PATCH /subscriptions/{id}`: a field absent keeps the current value, a field given replaces it. "
        + "`null` under `application/merge-patch+json` removes the value (RFC 7396: a list becomes empty, `format` and `minSeverity` "
        + "go back to `json` and `low`, `name` and `url` are required: 422); under `application/json` `null` keeps it. "
        + "The result must be a valid SubscriptionRequest.")
public final class SubscriptionPatch {
    private final Set<String> given = new HashSet<>();
    private String name;
    private String url;
    private String format;
    private String minSeverity;
    private List<String> categories;
    private List<String> languages;
    private List<String> sources;
    private List<String> keywords;

    public SubscriptionPatch() {
    }

    /** A patch of these fields as a body would give them ({@code null} values included). */
    public static SubscriptionPatch of(java.util.Map<String, Object> fields) {
        return dev.tumen.model.Json.mapper().convertValue(fields, SubscriptionPatch.class);
    }

    @Nullable
    @Schema(minLength = 1, maxLength = SubscriptionRequest.MAX_TEXT, pattern = TextFields.ONE_LINE,
            description = "display name; " + TextFields.VISIBLE_RULE)
    public String getName() {
        return name;
    }

    @JsonProperty("name")
    public void setName(@Nullable String name) {
        this.name = name;
        given.add("name");
    }

    @Nullable
    @Schema(minLength = 1, maxLength = TextFields.MAX_URL)
    public String getUrl() {
        return url;
    }

    @JsonProperty("url")
    public void setUrl(@Nullable String url) {
        this.url = url;
        given.add("url");
    }

    @Nullable
    @Schema(allowableValues = {"json", "slack", "discord"})
    public String getFormat() {
        return format;
    }

    @JsonProperty("format")
    public void setFormat(@Nullable String format) {
        this.format = format;
        given.add("format");
    }

    @Nullable
    @Schema(allowableValues = {"low", "medium", "high", "critical"})
    public String getMinSeverity() {
        return minSeverity;
    }

    @JsonProperty("minSeverity")
    public void setMinSeverity(@Nullable String minSeverity) {
        this.minSeverity = minSeverity;
        given.add("minSeverity");
    }

    @Nullable
    @ArraySchema(maxItems = SubscriptionRequest.MAX_LIST, schema = @Schema(minLength = 1, allowableValues = {"military", "security",
            "diplomatic", "economic", "sanctions", "cultural", "humanitarian"}))
    public List<String> getCategories() {
        return categories;
    }

    @JsonProperty("categories")
    public void setCategories(@Nullable List<String> categories) {
        this.categories = categories;
        given.add("categories");
    }

    @Nullable
    @ArraySchema(maxItems = SubscriptionRequest.MAX_LIST, schema = @Schema(minLength = 1, pattern = SubscriptionRequest.LANGUAGE))
    public List<String> getLanguages() {
        return languages;
    }

    @JsonProperty("languages")
    public void setLanguages(@Nullable List<String> languages) {
        this.languages = languages;
        given.add("languages");
    }

    @Nullable
    @ArraySchema(maxItems = SubscriptionRequest.MAX_LIST, schema = @Schema(minLength = 1, maxLength = SubscriptionRequest.MAX_TEXT,
            pattern = TextFields.ONE_LINE), arraySchema = @Schema(description = "outlets (empty: any); each " + TextFields.VISIBLE_RULE))
    public List<String> getSources() {
        return sources;
    }

    @JsonProperty("sources")
    public void setSources(@Nullable List<String> sources) {
        this.sources = sources;
        given.add("sources");
    }

    @Nullable
    @ArraySchema(maxItems = SubscriptionRequest.MAX_LIST, schema = @Schema(minLength = 1, maxLength = SubscriptionRequest.MAX_TEXT,
            pattern = TextFields.ONE_LINE), arraySchema = @Schema(description = "words an article must mention (empty: any); each " + TextFields.VISIBLE_RULE))
    public List<String> getKeywords() {
        return keywords;
    }

    @JsonProperty("keywords")
    public void setKeywords(@Nullable List<String> keywords) {
        this.keywords = keywords;
        given.add("keywords");
    }

    /**
     * The patch applied to {@code r}; with {@code nullRemoves} (RFC 7396, {@code application/merge-patch+json}) a field
     * given as {@code null} is removed, else it is kept.
     */
    @JsonIgnore
    public SubscriptionRequest applyTo(SubscriptionRequest r, boolean nullRemoves) {
        return new SubscriptionRequest(pick("name", name, r.name(), nullRemoves), pick("url", url, r.url(), nullRemoves),
                pick("format", format, r.format(), nullRemoves), pick("minSeverity", minSeverity, r.minSeverity(), nullRemoves),
                pick("categories", categories, r.categories(), nullRemoves), pick("languages", languages, r.languages(), nullRemoves),
                pick("sources", sources, r.sources(), nullRemoves), pick("keywords", keywords, r.keywords(), nullRemoves));
    }

    private <T> T pick(String field, T value, T current, boolean nullRemoves) {
        if (value != null) {
            return value;
        }
        return nullRemoves && given.contains(field) ? null : current;
    }
}
