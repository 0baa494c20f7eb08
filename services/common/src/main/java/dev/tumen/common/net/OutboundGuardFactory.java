package dev.tumen.common.net;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;

/** Builds the service's {@link OutboundGuard} from {@code tumen.outbound.*}. */
@Factory
public class OutboundGuardFactory {
    @Singleton
    OutboundGuard outboundGuard(@Value("${tumen.outbound.allow-private:false}") boolean allowPrivate,
                                @Value("${tumen.outbound.allowed-hosts:}") List<String> allowedHosts,
                                @Value("${tumen.outbound.require-https:false}") boolean requireHttps) {
        return new OutboundGuard(allowPrivate, allowedHosts.stream().filter(h -> !h.isBlank()).toList(), requireHttps);
    }
}
