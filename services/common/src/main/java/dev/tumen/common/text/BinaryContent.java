package dev.tumen.common.text;

/**
 * Whether what a caller sent as a page is text at all. Ingest refuses images, PDFs, archives and control-byte
 * soup before it decodes a body, and so does {@code POST /classify}: labelling them "not relevant" would be a fake
 * result for a request that was wrong.
 */
public final class BinaryContent {
    /** How much of a body is looked at: binary formats show themselves in their first bytes. */
    public static final int SNIFF = 8192;

    private BinaryContent() {
    }

    /** {@code null} for text, else a word for what the bytes look like (magic numbers, NULs, control bytes). */
    public static String kind(byte[] b) {
        if (startsWith(b, "%PDF")) {
            return "PDF";
        }
        if (startsWith(b, "\u0089PNG") || startsWith(b, "GIF8") || b.length > 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8) {
            return "image";
        }
        if (startsWith(b, "PK\u0003\u0004") || b.length > 1 && (b[0] & 0xff) == 0x1F && (b[1] & 0xff) == 0x8B) {
            return "archive";
        }
        boolean utf16Bom = b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE);
        if (utf16Bom) {
            return null;
        }
        int limit = Math.min(b.length, SNIFF);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return "NUL bytes";
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return limit > 0 && control * 100 > limit * 2 ? "control bytes" : null;
    }

    /**
     * {@code null} for text, else why decoded text is not text: NUL characters, or more than 2% control or
     * replacement characters (binary data smuggled in a JSON string, or bytes decoded with the wrong charset).
     */
    public static String notText(String text) {
        int control = 0;
        int limit = Math.min(text.length(), SNIFF);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "the content contains NUL characters: it is not text";
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\uFFFD') {
                control++;
            }
        }
        if (limit > 0 && control * 100 > limit * 2) {
            return "the content is mostly control or undecodable characters (" + control + " of the first " + limit
                    + "): it is not text, or not in the charset it claims";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((b[i] & 0xff) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
