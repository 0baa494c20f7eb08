package dev.tumen.classifier.kafka;

import dev.tumen.common.config.SettingCatalogue;
import jakarta.inject.Singleton;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** {@code tumen.classifier.*}: what {@link ClassifierSettings} binds, read from its setters so the two cannot part. */
@Singleton
public class ClassifierSettingCatalogue implements SettingCatalogue {
    @Override
    public String prefix() {
        return "tumen.classifier";
    }

    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>();
        bound(ClassifierSettings.class, "tumen.classifier.", names);
        bound(ClassifierSettings.Failure.class, "tumen.classifier.failure.", names);
        // application.yml reads the HTTP port as ${TUMEN_CLASSIFIER_PORT:8082}.
        names.add("tumen.classifier.port");
        return names;
    }

    private static void bound(Class<?> type, String prefix, List<String> names) {
        for (Method m : type.getMethods()) {
            if (m.getName().startsWith("set") && m.getParameterCount() == 1 && !m.getName().equals("setFailure")) {
                names.add(prefix + kebab(m.getName().substring(3)));
            }
        }
    }

    static String kebab(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('-');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
