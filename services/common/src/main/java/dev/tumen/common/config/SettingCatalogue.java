package dev.tumen.common.config;

import java.util.List;

/**
 * The settings a service reads under a prefix it owns ({@code tumen.classifier} in the classifier): what
 * {@link UnknownSettingWarning} compares the environment with, so that a misspelt variable is named at start-up
 * instead of being ignored.
 */
public interface SettingCatalogue {
    /** e.g. {@code tumen.classifier}: every variable under it ({@code TUMEN_CLASSIFIER_*}) should name one of {@link #names()}. */
    String prefix();

    /** Full property names, e.g. {@code tumen.classifier.page-budget}. */
    List<String> names();
}
