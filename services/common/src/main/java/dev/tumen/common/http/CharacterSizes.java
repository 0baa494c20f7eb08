package dev.tumen.common.http;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.DefaultConstraintValidators;
import io.micronaut.validation.validator.constraints.SizeValidator;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Optional;

/**
 * Bean validation with {@code @Size} on text counting characters (Unicode code points), as the published
 * {@code maxLength} and {@code minLength} do: JSON Schema counts a string's length in characters (RFC 8259's), while
 * the built-in validator counts UTF-16 units, in which an emoji or a CJK character outside the Basic Multilingual
 * Plane is two. A name of 101 emoji, valid by the served description's {@code maxLength: 200}, was refused 422 "size
 * must be between 0 and 200" (probe of session 42). Every other constraint and type is validated as before.
 */
@Singleton
@Replaces(DefaultConstraintValidators.class)
public class CharacterSizes extends DefaultConstraintValidators {

    private static final SizeValidator<CharSequence> IN_CHARACTERS = text -> Character.codePointCount(text, 0, text.length());

    public CharacterSizes(BeanContext beanContext) {
        super(beanContext);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A extends Annotation, T> Optional<ConstraintValidator<A, T>> findConstraintValidator(Class<A> constraintType,
                                                                                               Class<T> targetType) {
        if (constraintType == Size.class && CharSequence.class.isAssignableFrom(targetType)) {
            return Optional.of((ConstraintValidator<A, T>) (ConstraintValidator<?, ?>) IN_CHARACTERS);
        }
        return super.findConstraintValidator(constraintType, targetType);
    }
}
