package dev.tumen.alert.subscription;

import dev.tumen.common.http.TextFields;
import dev.tumen.common.net.AsciiUrls;
import dev.tumen.alert.delivery.Payloads;
import dev.tumen.common.net.OutboundGuard;
import dev.tumen.model.Category;
import dev.tumen.model.Severity;
import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;
import jakarta.validation.Constraint;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The subscription constraints jakarta.validation has no annotation for. Each asks the code that later uses the
 * value (the outbound guard, the model's enums, the payload formats), so a value that validates is one that works.
 */
@Factory
public class SubscriptionConstraints {

    /** An absolute http(s) URL without a fragment whose host the outbound guard allows and whose labels do not mix scripts. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
    @Constraint(validatedBy = {})
    public @interface WebhookUrl {
        String message() default "must be an absolute http(s) URL the service may call";
    }

    /** One of {@link Payloads#FORMATS}, any case. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
    @Constraint(validatedBy = {})
    public @interface Format {
        String message() default "must be one of json, slack, discord";
    }

    /** A severity that can alert: low, medium, high or critical ({@code none} would alert on irrelevant articles). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
    @Constraint(validatedBy = {})
    public @interface MinSeverity {
        String message() default "must be low, medium, high or critical";
    }

    /** A {@link Category} name. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
    @Constraint(validatedBy = {})
    public @interface CategoryName {
        String message() default "unknown category (military, security, diplomatic, economic, sanctions, cultural, humanitarian)";
    }

    @Singleton
    ConstraintValidator<WebhookUrl, String> webhookUrl(OutboundGuard guard) {
        return (value, annotation, context) -> {
            if (value == null || value.isBlank()) {
                return true; // @NotBlank's to report
            }
            String problem;
            if (!TextFields.isUrlText(value)) {
                // Kept and shown as given: an override or an invisible character makes it read as another URL.
                context.messageTemplate(TextFields.URL_TEXT_MESSAGE);
                return false;
            }
            String misleading = WebhookHosts.misleadingHost(value.trim());
            if (misleading != null) {
                // Kept and shown as given (as a URL with an override was, session 38): a host mixing scripts (probe of
                // session 43) or written wholly in letters that look Latin (session 44) reads as another host to
                // whoever lists the subscriptions.
                context.messageTemplate(misleading.replace("{", "(").replace("}", ")").replace("$", ""));
                return false;
            }
            try {
                URI uri = new URI(AsciiUrls.of(value.trim()));
                if (!uri.isAbsolute()) {
                    problem = "must be an absolute http(s) URL";
                } else if (uri.getFragment() != null) {
                    problem = "must not have a fragment";
                } else {
                    guard.check(uri);
                    return true;
                }
            } catch (URISyntaxException e) {
                problem = "not a valid URL (" + e.getReason() + ")";
            } catch (IllegalArgumentException e) {
                problem = "not a valid internationalised host name (" + e.getMessage() + ")";
            } catch (OutboundGuard.Refused e) {
                problem = e.getMessage();
            }
            // The message is a template: braces from the URL must not be read as parameters.
            context.messageTemplate(problem.replace("{", "(").replace("}", ")").replace("$", ""));
            return false;
        };
    }

    @Singleton
    ConstraintValidator<Format, String> format() {
        return (value, annotation, context) -> value == null || Payloads.FORMATS.contains(value.trim().toLowerCase(Locale.ROOT));
    }

    @Singleton
    ConstraintValidator<MinSeverity, String> minSeverity() {
        return (value, annotation, context) -> {
            if (value == null) {
                return true;
            }
            try {
                return Severity.parse(value) != Severity.NONE;
            } catch (IllegalArgumentException e) {
                return false;
            }
        };
    }

    @Singleton
    ConstraintValidator<CategoryName, String> categoryName() {
        return (value, annotation, context) -> {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                Category.parse(value);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        };
    }
}
