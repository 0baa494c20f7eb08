package dev.tumen.common.net;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Builds the service's {@link OutboundGuard} from {@code tumen.outbound.*}. A {@link OutboundGuard.Resolver} bean,
 * when one exists (tests), replaces the system resolver.
 */
@Factory
public class OutboundGuardFactory {
    @Singleton
    OutboundGuard outboundGuard(@Value("${tumen.outbound.allow-private:false}") boolean allowPrivate,
                                @Value("${tumen.outbound.allowed-hosts:}") List<String> allowedHosts,
                                @Value("${tumen.outbound.require-https:false}") boolean requireHttps,
                                @Nullable OutboundGuard.Resolver resolver) {
        List<String> hosts = allowedHosts.stream().filter(h -> !h.isBlank()).toList();
        return resolver == null ? new OutboundGuard(allowPrivate, hosts, requireHttps)
                : new OutboundGuard(allowPrivate, hosts, requireHttps, resolver);
    }
}
