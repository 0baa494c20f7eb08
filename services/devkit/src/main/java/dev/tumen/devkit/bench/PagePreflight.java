package dev.tumen.devkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.devkit.JsonHttp;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Before a timed step, labels one generated page per template through the running classifier's {@code POST /classify}
 * (the production extractor and labeller) and refuses to start when a page could not yield the alert the step counts
 * on: an expected figure that includes deliveries which cannot happen makes the delivered count and the drain window
 * meaningless (the failing-receivers scenario counted 5,076 of 9,000 for three sessions that way).
 */
final class PagePreflight {
    private PagePreflight() {
    }

    /**
     * The problems found, one line per template (empty: every template is relevant, at least low severity and, with
     * groups, keeps its group word in the title or body that subscriptions match against).
     */
    static List<String> problems(URI classifyUrl, LoadDriver driver, int groups) {
        List<String> problems = new ArrayList<>();
        for (int t = 0; t < driver.templateCount(); t++) {
            String content = driver.page("preflight", t);
            JsonNode article = JsonHttp.post(classifyUrl, Map.of("content", content, "contentType", "text/plain",
                    "url", "https://bench.example/preflight/" + t, "source", "bench-preflight"), Duration.ofSeconds(30));
            String severity = article.path("severity").asText("none");
            if (!article.path("relevant").asBoolean() || severity.equalsIgnoreCase("none")) {
                problems.add("template " + t + ": labelled relevant=" + article.path("relevant").asBoolean() + ", severity " + severity);
            }
            if (groups > 0) {
                String word = LoadDriver.groupWord(t % groups);
                String text = (article.path("title").asText("") + "\n" + article.path("body").asText("")).toLowerCase(Locale.ROOT);
                if (!text.contains(word)) {
                    problems.add("template " + t + ": the extracted article lost the keyword " + word);
                }
            }
        }
        return problems;
    }

    /** Logs the check and throws when any template fails it. */
    static void require(URI classifyUrl, LoadDriver driver, int groups) {
        List<String> problems = problems(classifyUrl, driver, groups);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("bench pages that cannot be delivered (fix the templates or LoadDriver): "
                    + String.join("; ", problems));
        }
        Bench.log("preflight: all %d templates labelled relevant%s by the running classifier", driver.templateCount(),
                groups > 0 ? " and keep their keyword" : "");
    }
}
