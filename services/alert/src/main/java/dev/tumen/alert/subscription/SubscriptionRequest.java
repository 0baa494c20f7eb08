package dev.tumen.alert.subscription;

import dev.tumen.common.http.TextConstraints;
import dev.tumen.common.http.TextFields;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /subscriptions} and {@code PUT /subscriptions/{id}} (and what a {@code PATCH} must add up
 * to), checked by Micronaut validation: every broken constraint is reported at once as 422 {@code invalid-request}.
 *
 * @param name        display name; must hold a letter, digit, punctuation mark or symbol: spaces or invisible characters alone are refused (422)
 * @param url         the webhook, an absolute http(s) URL the outbound guard allows (https only outside dev)
 * @param format      payload format (default json)
 * @param minSeverity lowest severity that alerts (default low)
 * @param categories  alert only on these categories (empty: any)
 * @param languages   ISO 639-1 codes (empty: any)
 * @param sources     outlets (empty: any); each must hold a letter, digit, punctuation mark or symbol: spaces or invisible characters alone are refused (422)
 * @param keywords    words an article must mention (empty: any); each must hold a letter, digit, punctuation mark or symbol: spaces or invisible characters alone are refused (422)
 */
@Introspected
public record SubscriptionRequest(
        @NotBlank(message = "required") @TextConstraints.Visible(blankReportedElsewhere = true) @Size(max = MAX_TEXT) @Pattern(regexp = TextFields.ONE_LINE, message = TextFields.ONE_LINE_MESSAGE) String name,
        @NotBlank(message = "required") @Size(max = TextFields.MAX_URL) @SubscriptionConstraints.WebhookUrl String url,
        @Nullable @SubscriptionConstraints.Format
        @Schema(allowableValues = {"json", "slack", "discord"}, defaultValue = "json") String format,
        @Nullable @SubscriptionConstraints.MinSeverity
        @Schema(allowableValues = {"low", "medium", "high", "critical"}, defaultValue = "low") String minSeverity,
        @Nullable @Size(max = MAX_LIST)
        @ArraySchema(schema = @Schema(allowableValues = {"military", "security", "diplomatic", "economic", "sanctions", "cultural",
                "humanitarian"}))
        List<@NotBlank @SubscriptionConstraints.CategoryName String> categories,
        @Nullable @Size(max = MAX_LIST)
        List<@NotBlank @Pattern(regexp = LANGUAGE, message = LANGUAGE_MESSAGE)
                String> languages,
        @Nullable @Size(max = MAX_LIST) List<@NotBlank @TextConstraints.Visible(blankReportedElsewhere = true) @Size(max = MAX_TEXT) @Pattern(regexp = TextFields.ONE_LINE, message = TextFields.ONE_LINE_MESSAGE) String> sources,
        @Nullable @Size(max = MAX_LIST) List<@NotBlank @TextConstraints.Visible(blankReportedElsewhere = true) @Size(max = MAX_TEXT) @Pattern(regexp = TextFields.ONE_LINE, message = TextFields.ONE_LINE_MESSAGE) String> keywords) {

    /**
     * A language filter's code, here and in the stream's query ({@code StreamController}). Anchored, as every published
     * pattern is (TextFields.ONE_LINE says why: unanchored, "english" matched), and its spaces spelt out: JavaScript's
     * {@code \s} also reads a no-break space, Java's does not.
     */
    public static final String LANGUAGE = "^" + TextFields.ASCII_SPACE + "*[A-Za-z]{2,3}" + TextFields.ASCII_SPACE + "*$";
    public static final String LANGUAGE_MESSAGE = "must be an ISO 639-1 code such as en, ru or ko";
    /** The longest source or keyword, here and in the stream's query. */
    public static final int MAX_TEXT = TextFields.MAX_NAME;
    /** The most entries of one filter list, here and in the stream's query. */
    public static final int MAX_LIST = 100;
}
