package dev.tumen.ingest.fetch;

import java.net.URI;

/**
 * A completed fetch.
 *
 * @param url          the URL finally answered (after redirects)
 * @param status       the HTTP status (200, or 304 for a conditional GET that found nothing new)
 * @param mediaType    the response's media type without parameters, lower case, or {@code null}
 * @param charset      the charset parameter of the response's Content-Type, or {@code null}
 * @param body         the body ({@code null} for 304)
 * @param etag         the response's ETag, for the next conditional GET
 * @param lastModified the response's Last-Modified, for the next conditional GET
 */
public record FetchResult(URI url, int status, String mediaType, String charset, byte[] body, String etag, String lastModified) {
    public boolean notModified() {
        return status == 304;
    }
}
