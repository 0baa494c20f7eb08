package dev.tumen.ingest.page;

/**
 * A page's content as bytes, where its source already had them: the intake counts and hashes {@link #utf8} instead of
 * encoding the string again, and the pages record may copy {@link #json} instead of escaping the content again.
 *
 * @param utf8     exactly {@code content.getBytes(UTF_8)} of the page's content; never changed after this is made
 * @param json     an array holding the content as the inside of a valid JSON string literal (no quotes) from
 *                 {@code jsonFrom} to {@code jsonTo}, or {@code null} when there is none to copy
 * @param jsonFrom where that literal's inside starts in {@code json}
 * @param jsonTo   where it ends (the closing quote's index)
 */
public record EncodedContent(byte[] utf8, byte[] json, int jsonFrom, int jsonTo) {

    /** Only the UTF-8 bytes: the record escapes them. */
    public static EncodedContent utf8(byte[] utf8) {
        return new EncodedContent(utf8, null, 0, 0);
    }
}
