package dev.tumen.common.net;

import java.net.IDN;
import java.nio.charset.StandardCharsets;

/**
 * The ASCII spelling of a URL written with Unicode: an internationalised host ({@code мид.рф}, {@code 한국.kr}) in
 * its IDNA form ({@code xn--…}) and every other non-ASCII character percent-encoded as UTF-8, as a browser sends
 * it. {@link java.net.URI} finds no host in {@code https://мид.рф/}, so such pages, feeds and webhooks were refused as
 * "URL has no host", and a path pushed raw and pushed encoded were two pages. The address guard then judges the
 * resolved addresses of the ASCII host as for any other. Whether such a host reads as another one is the alert's to
 * judge, for webhook hosts ({@code WebhookHosts}).
 */
public final class AsciiUrls {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private AsciiUrls() {
    }

    /**
     * @return {@code url} itself when it is ASCII already, else its ASCII spelling
     * @throws IllegalArgumentException when the host is not a valid internationalised domain name
     */
    public static String of(String url) {
        if (url == null || isAscii(url)) {
            return url;
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return encode(url);
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.startsWith("[") ? hostPort.indexOf(':', hostPort.indexOf(']')) : hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        String port = colon < 0 ? "" : hostPort.substring(colon);
        String asciiHost = isAscii(host) ? host : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        return url.substring(0, start) + encode(authority.substring(0, at + 1)) + asciiHost + encode(port) + encode(url.substring(end));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String encode(String s) {
        if (isAscii(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() * 3);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp < 0x80) {
                out.append((char) cp);
            } else {
                for (byte b : s.substring(i, i + n).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            i += n;
        }
        return out.toString();
    }
}
