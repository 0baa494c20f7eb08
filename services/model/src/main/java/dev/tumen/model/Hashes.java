package dev.tumen.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids and content hashes. */
public final class Hashes {
    private Hashes() {
    }

    /** Hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Hex SHA-256 of {@code utf8}: for a caller that has the text's UTF-8 bytes already (ingest writes them to Kafka). */
    public static String sha256(byte[] utf8) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(utf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** The page id: first 32 hex digits of the SHA-256 of the canonical URL (or of the content, without one). */
    public static String pageId(String canonicalUrl, String content) {
        return sha256(canonicalUrl != null && !canonicalUrl.isBlank() ? canonicalUrl : content).substring(0, 32);
    }
}
