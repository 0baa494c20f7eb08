package dev.tumen.alert;

import dev.tumen.model.Actor;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Category;
import dev.tumen.model.ModelVersion;
import dev.tumen.model.Severity;
import dev.tumen.model.Side;
import dev.tumen.model.Subscription;
import java.time.Instant;
import java.util.List;

/** Test data. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Subscription subscription(String id, Severity min) {
        return subscription(id, min, "https://example.org/hook");
    }

    public static Subscription subscription(String id, Severity min, String url) {
        return new Subscription(id, id, url, "json", min, List.of(), List.of(), List.of(), List.of(), false,
                List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), Instant.EPOCH, Instant.EPOCH);
    }

    public static ArticleLabelled article(String id, Severity severity, String fingerprint, String url) {
        return article(id, severity, fingerprint, url, "");
    }

    /** An article whose title carries {@code token}, so only subscriptions filtering on that keyword match it. */
    public static ArticleLabelled article(String id, Severity severity, String fingerprint, String url, String token) {
        Instant now = Instant.now();
        return new ArticleLabelled(id, url, "feed:test", "Russia and North Korea sign military pact " + token, "en", now, now, now,
                "Kim Jong Un and Vladimir Putin signed a treaty in Pyongyang.\n\nThe pact includes mutual defence.",
                severity != Severity.NONE, severity == Severity.NONE ? 0.05 : 0.9, severity,
                severity == Severity.NONE ? List.of() : List.of(Category.MILITARY, Category.DIPLOMATIC),
                List.of(new Actor("Kim Jong Un", Side.DPRK, "person"), new Actor("Vladimir Putin", Side.RUSSIA, "person")),
                List.of("Kim Jong Un and Vladimir Putin signed a treaty in Pyongyang."), new ModelVersion("tumen-rules", "test"),
                fingerprint);
    }
}
