package dev.tumen.common.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * A {@code Content-Type} whose charset Java does not know ({@code charset=nonsense}) or cannot even parse
 * ({@code charset="}) is the client's mistake: 415 problem+json. Micronaut's body readers throw these while binding a
 * {@code String} body, which answered 500 (found by the fuzz tests).
 */
public final class CharsetExceptionHandlers {
    private CharsetExceptionHandlers() {
    }

    static HttpResponse<?> unsupported(HttpRequest<?> request) {
        String type = request.getHeaders().get("Content-Type");
        return Problems.response(new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unknown-charset",
                "unknown charset in Content-Type '" + Problems.quote(type) + "'; send UTF-8"), request);
    }

    /** {@code charset=nonsense}. */
    @Produces
    @Singleton
    public static class Unsupported implements ExceptionHandler<UnsupportedCharsetException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, UnsupportedCharsetException exception) {
            return unsupported(request);
        }
    }

    /** {@code charset="} and other names that are not names. */
    @Produces
    @Singleton
    public static class IllegalName implements ExceptionHandler<IllegalCharsetNameException, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, IllegalCharsetNameException exception) {
            return unsupported(request);
        }
    }
}
