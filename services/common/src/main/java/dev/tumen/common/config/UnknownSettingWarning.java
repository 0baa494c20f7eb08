package dev.tumen.common.config;

import io.micronaut.context.annotation.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names, at start-up, each environment variable under a prefix this service owns that matches none of its settings
 * ({@code TUMEN_CLASSIFIER_PAGEBUDGET=1s} was ignored without a word, and the default applied), with the closest
 * setting's variable. A warning, not a refusal: one environment file may serve several versions of a service.
 */
@Context
public class UnknownSettingWarning {
    private static final Logger LOG = LoggerFactory.getLogger(UnknownSettingWarning.class);

    public UnknownSettingWarning(List<SettingCatalogue> catalogues) {
        unknown(System.getenv(), catalogues).forEach(LOG::warn);
    }

    /** One line per variable that names no setting of these catalogues, with the closest one. */
    public static List<String> unknown(Map<String, String> environment, List<SettingCatalogue> catalogues) {
        List<String> lines = new ArrayList<>();
        for (String variable : new TreeSet<>(environment.keySet())) {
            for (SettingCatalogue catalogue : catalogues) {
                String prefix = SettingRange.environmentName(catalogue.prefix()) + "_";
                if (!variable.startsWith(prefix)) {
                    continue;
                }
                Set<String> known = new HashSet<>();
                catalogue.names().forEach(n -> known.add(SettingRange.environmentName(n)));
                if (!known.contains(variable)) {
                    String closest = known.stream().min(java.util.Comparator.comparingInt((String k) -> distance(k, variable))
                            .thenComparing(k -> k)).orElse("");
                    lines.add(variable + " is set but names no setting of this service (ignored); the closest is " + closest);
                }
            }
        }
        return lines;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
