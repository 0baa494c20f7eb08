package dev.tumen.model;

/**
 * The classifier that produced a label, so labels from different model versions can be told apart
 * (and history re-labelled after a change).
 *
 * @param name    the classifier's name, e.g. {@code tumen-rules}
 * @param version its version; bumped whenever rules, word lists or thresholds change
 */
public record ModelVersion(String name, String version) {
    @Override
    public String toString() {
        return name + "/" + version;
    }
}
