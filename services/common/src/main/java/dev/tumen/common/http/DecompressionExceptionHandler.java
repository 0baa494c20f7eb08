package dev.tumen.common.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.compression.DecompressionException;
import jakarta.inject.Singleton;

/**
 * A body whose {@code Content-Encoding} (gzip, deflate, …) does not match its bytes is the client's mistake: 400
 * problem+json, not the 500 Netty's decoder failure becomes by default (found by the fuzz tests).
 */
@Produces
@Singleton
public class DecompressionExceptionHandler implements ExceptionHandler<DecompressionException, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, DecompressionException exception) {
        String encoding = request.getHeaders().get("Content-Encoding");
        return Problems.response(new ProblemException(HttpStatus.BAD_REQUEST, "bad-content-encoding",
                "the body cannot be decoded as its Content-Encoding '" + Problems.quote(encoding) + "' says: "
                        + Problems.quote(exception.getMessage())), request);
    }
}
