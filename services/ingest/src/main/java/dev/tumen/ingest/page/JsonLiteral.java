package dev.tumen.ingest.page;

/**
 * Where a page's content stood as a JSON string in the bytes it arrived in: {@code bytes[from, to)} is the literal's
 * inside, without its quotes, as a JSON parser accepted it. {@code bytes} is not changed after this is made.
 */
public record JsonLiteral(byte[] bytes, int from, int to) {
}
