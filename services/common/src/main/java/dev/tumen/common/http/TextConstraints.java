package dev.tumen.common.http;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;
import jakarta.validation.Constraint;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text constraints jakarta.validation has no annotation for, shared by every service's request bodies.
 */
@Factory
public class TextConstraints {

    /**
     * A name, label or text given by the caller holds something a reader sees ({@link TextFields#hasVisible}). A value
     * of spaces, NBSP, U+3000, zero-width or bidirectional characters alone passed {@code @NotBlank} (or met no check
     * where the field is optional) and was then kept as nothing or quietly replaced by the old value or a default
     * (a {@code PATCH /feeds} name of spaces answered 200 and kept the old name; review of session 38): a value given
     * and not applied is refused, naming its field. {@code null} is valid (absent, the field's default).
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
    @Constraint(validatedBy = {})
    public @interface Visible {
        String message() default TextFields.VISIBLE_MESSAGE;

        /** Leave a value {@link String#isBlank} to the field's {@code @NotBlank}, so it is reported once. */
        boolean blankReportedElsewhere() default false;
    }

    @Singleton
    ConstraintValidator<Visible, String> visible() {
        return (value, annotation, context) -> value == null
                || annotation.booleanValue("blankReportedElsewhere").orElse(false) && value.isBlank()
                || TextFields.hasVisible(value);
    }
}
