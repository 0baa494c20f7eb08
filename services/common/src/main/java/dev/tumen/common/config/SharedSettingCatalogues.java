package dev.tumen.common.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;

/** The prefixes every service reads in common: the HTTP layer's, the access tokens' and outbound requests'. */
@Factory
public class SharedSettingCatalogues {
    static SettingCatalogue of(String prefix, String... names) {
        List<String> full = java.util.Arrays.stream(names).map(n -> prefix + "." + n).toList();
        return new SettingCatalogue() {
            @Override
            public String prefix() {
                return prefix;
            }

            @Override
            public List<String> names() {
                return full;
            }
        };
    }

    @Singleton
    @Named("http")
    SettingCatalogue http() {
        return of("tumen.http", "max-pending-requests", "overload-retry-after-seconds", "header-timeout", "body-timeout", "max-connections",
                "keep-alive-timeout");
    }

    @Singleton
    @Named("security")
    SettingCatalogue security() {
        return of("tumen.security", "token", "tokens");
    }

    @Singleton
    @Named("outbound")
    SettingCatalogue outbound() {
        return of("tumen.outbound", "allow-private", "allowed-hosts", "require-https");
    }
}
