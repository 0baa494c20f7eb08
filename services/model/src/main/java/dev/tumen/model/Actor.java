package dev.tumen.model;

/**
 * A named person, body or outlet found in an article's own text.
 *
 * @param name canonical name, e.g. {@code "Kim Jong Un"}, whatever spelling or language the article used
 * @param side the side the actor belongs to
 * @param kind what the actor is: {@code person}, {@code body}, {@code media}, {@code place} or {@code country}
 */
public record Actor(String name, Side side, String kind) {
}
