package dev.tumen.common.http;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.security.Principal;
import java.util.Optional;

/**
 * Hands the caller {@link BearerTokenFilter} authenticated to endpoints that take a {@link Principal} (the health
 * endpoint shows details only when there is one). Without micronaut-security nothing else binds it.
 */
@Singleton
public class PrincipalBinder implements TypedRequestArgumentBinder<Principal> {
    @Override
    public Argument<Principal> argumentType() {
        return Argument.of(Principal.class);
    }

    @Override
    public BindingResult<Principal> bind(ArgumentConversionContext<Principal> context, HttpRequest<?> source) {
        Optional<Principal> principal = source.getUserPrincipal();
        return principal.isPresent() ? () -> principal : BindingResult.unsatisfied();
    }
}
