package dev.tumen.classifier.gazetteer;

/** An entity found at {@code [start, end)} of the matched text; {@code weak} for ambiguous spellings such as a bare "Kim". */
public record Mention(Entity entity, int start, int end, boolean weak) {
}
