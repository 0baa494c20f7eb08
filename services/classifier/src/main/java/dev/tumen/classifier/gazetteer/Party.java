package dev.tumen.classifier.gazetteer;

import dev.tumen.model.Side;

/**
 * Which side a gazetteer entry stands for. Wider than {@link Side}: a {@code PAIR} entry names the relationship
 * itself (Korean 북러, 조로), so one word counts for both sides.
 */
public enum Party {
    RUSSIA, DPRK, PAIR, OTHER;

    public Side side() {
        return switch (this) {
            case RUSSIA -> Side.RUSSIA;
            case DPRK -> Side.DPRK;
            default -> Side.OTHER;
        };
    }

    public boolean russia() {
        return this == RUSSIA || this == PAIR;
    }

    public boolean dprk() {
        return this == DPRK || this == PAIR;
    }
}
