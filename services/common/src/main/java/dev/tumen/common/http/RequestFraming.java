package dev.tumen.common.http;

import dev.tumen.model.Json;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests whose framing the services cannot read are answered precisely, problem+json with {@code Connection: close},
 * on every HTTP/1 connection of every service, before any route runs:
 * <ul>
 *   <li>a body whose chunked encoding is broken (a chunk size that is not hexadecimal, a chunk longer than it said):
 *       400 {@code malformed-framing}. It was answered 400 {@code empty-body}, naming the wrong mistake;</li>
 *   <li>a {@code Transfer-Encoding} other than {@code chunked} alone ({@code gzip, chunked}, {@code identity}):
 *       501 {@code unsupported-transfer-encoding}, as RFC 9112 §6.1 asks of a server that does not implement a coding.
 *       The body was read as if only chunked, and a gzipped page would have been labelled as its compressed bytes;</li>
 *   <li>an HTTP version other than 1.0 or 1.1 on an HTTP/1 connection ({@code HTTP/9.9}): 505. It was answered 200, in
 *       the version the client made up;</li>
 *   <li>a request target with a '%' not followed by two hexadecimal digits ({@code /feeds/%ZZ}): 400 {@code bad-request}.
 *       It was answered 401, as a request for "/" without credentials;</li>
 *   <li>a head the codec could not parse: 414, 431 or 400 {@code bad-request} with the codec's reason;</li>
 *   <li>both {@code Transfer-Encoding} and {@code Content-Length}: 400 {@code malformed-framing}. The codec dropped the
 *       length and read the body as chunked, and answered what followed as the next request on the connection: a proxy
 *       in front that framed by the length saw one request where the service saw two (request smuggling, RFC 9112
 *       §6.3; probe of session 33);</li>
 *   <li>an HTTP/1.1 request without a {@code Host}, any request with two, or one whose value is no host and port:
 *       400 {@code bad-request}, as RFC 9112 §3.2 requires. They were answered 200 (probe of session 33).</li>
 *   <li>a gzip or deflate body that ends before its compressed stream does: 400 {@code bad-content-encoding}
 *       ({@link CompressedBodyCheck}). It was read as the part that arrived.</li>
 *   <li>(probe of session 41) any {@code Transfer-Encoding} on HTTP/1.0, which has no chunked framing: 400
 *       {@code malformed-framing}, as RFC 9112 §6.1 requires ("as if the framing is faulty, even if a Content-Length is
 *       present"). A chunked body was read as chunked (200), where an HTTP/1.0 proxy in front reads it to the close;</li>
 *   <li>a {@code Content-Length} the codec refused (given twice, a list, not a decimal number, folded) and a
 *       {@code Transfer-Encoding} it refused: 400 {@code malformed-framing} naming the header, where it was the
 *       generic {@code bad-request};</li>
 *   <li>a request target that is not a path, or an absolute {@code http}/{@code https} URL without credentials: a byte
 *       outside the characters of a URI (a NUL, a control, a space, a backslash, non-ASCII), a fragment, a target without
 *       its leading '/', {@code *} with another method than OPTIONS, an authority with another method than CONNECT:
 *       400 {@code bad-request} naming it. Micronaut routed such a target as "/" without headers (401 for a token
 *       holder) or as a path that is none (404). {@code CONNECT host:port} and {@code OPTIONS *} ask a proxy's and a
 *       server's questions this origin server answers for no resource: 405 {@code method-not-allowed} with an empty
 *       {@code Allow};</li>
 *   <li>a standard method in other letters than capitals ({@code get}, {@code post}): 400 {@code bad-request}.
 *       Methods are case-sensitive (RFC 9110 §9.1), yet Micronaut ran {@code get} as GET and {@code post} as POST: a
 *       proxy in front that allows or denies by method would have read another method than the service ran.</li>
 * </ul>
 * The connection is closed after the answer: what follows the broken part cannot be told from the next request.
 * {@link RequestReadDeadline} installs it on each connection.
 */
public final class RequestFraming {
    private static final Logger LOG = LoggerFactory.getLogger(RequestFraming.class);

    private RequestFraming() {
    }

    /**
     * The answer to a request head the codec could not parse, named as RFC 9110 names it: a request line or header block
     * longer than the server reads (414, 431), or another mistake (two Content-Length values, one that is not a number,
     * a space in the path) with the codec's words for it, where Micronaut answered "Bad Request" and nothing more.
     */
    static FullHttpResponse unreadableHead(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return closing(HttpResponseStatus.REQUEST_URI_TOO_LONG, "uri-too-long",
                    "the request line (method, path and query) is longer than the server reads; shorten the URL");
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return closing(HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers-too-large",
                    "the request headers are larger than the server reads; send fewer or shorter headers");
        }
        String why = cause == null || cause.getMessage() == null ? "malformed" : Problems.abbreviate(
                cause.getMessage().replaceAll("\\s+", " "), 200);
        String framing = framingHeaderNamed(why);
        if (framing != null) {
            return closing(HttpResponseStatus.BAD_REQUEST, "malformed-framing", "the request's " + framing + " could not be "
                    + "read (" + why + "), so its body cannot be framed; send one Content-Length of one decimal number, or "
                    + "Transfer-Encoding: chunked alone, each on one line");
        }
        return closing(HttpResponseStatus.BAD_REQUEST, "bad-request", "the request line or headers could not be read (" + why
                + "); send one request line of method, path and HTTP/1.1, and headers of one value each where HTTP allows one");
    }

    /**
     * The framing header a codec's reason names (Netty's "Multiple Content-Length values found", "Content-Length value is
     * not a number", "Validation failed for header 'Transfer-Encoding'"), or null.
     */
    static String framingHeaderNamed(String reason) {
        String lower = reason.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("content-length")) {
            return "Content-Length";
        }
        return lower.contains("transfer-encoding") ? "Transfer-Encoding" : null;
    }

    /** A new connection's check, to be placed right after the HTTP/1 codec ({@link RequestReadDeadline} does). */
    static ChannelInboundHandlerAdapter handler() {
        return handler(Long.MAX_VALUE);
    }

    /** The same, refusing a body announced past {@code maxBody} bytes before it is invited ({@link #expectTooLarge}). */
    static ChannelInboundHandlerAdapter handler(long maxBody) {
        return new Check(maxBody);
    }

    /**
     * 413 for {@code Expect: 100-continue} over a {@code Content-Length} past {@code maxBody}, or null. Micronaut
     * answered {@code 100 Continue} once the route asked for the body, and then 413 at once: the client was invited to
     * send a body the server would not read (probe of session 31). RFC 9110 (10.1.1) lets a server answer the final
     * status instead of 100; the connection is closed, as the body may come anyway.
     */
    static FullHttpResponse expectTooLarge(HttpRequest request, long maxBody) {
        String expect = request.headers().get(HttpHeaderNames.EXPECT);
        if (expect == null || !expect.trim().equalsIgnoreCase("100-continue")) {
            return null;
        }
        long length;
        try {
            length = Long.parseLong(request.headers().get(HttpHeaderNames.CONTENT_LENGTH, "-1").trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (length <= maxBody) {
            return null;
        }
        return closing(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "body-too-large", "the body announced (Content-Length "
                + length + ") is larger than the " + maxBody + " bytes this service reads; it was not invited (no 100 Continue)");
    }

    /**
     * A complete problem+json answer that closes its connection, for handlers after the HTTP codec (which encodes it),
     * where no route runs to answer.
     */
    static FullHttpResponse closing(HttpResponseStatus status, String slug, String detail) {
        byte[] body = Json.string(Problem.of(slug, io.micronaut.http.HttpStatus.valueOf(status.code()), detail, null, null))
                .getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        AnswerHeaders.fill(response.headers());
        return response;
    }

    /**
     * A complete problem+json answer as raw bytes, for handlers before the HTTP codec (which takes only responses it began
     * itself), that closes its connection; {@code extraHeaders} are whole header lines, each ending in CRLF.
     */
    static byte[] rawClosing(HttpResponseStatus status, String slug, String detail, String extraHeaders) {
        byte[] body = Json.string(Problem.of(slug, io.micronaut.http.HttpStatus.valueOf(status.code()), detail, null, null))
                .getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 " + status.code() + " " + status.reasonPhrase() + "\r\nContent-Type: " + Problem.MEDIA_TYPE
                + "\r\nContent-Length: " + body.length + "\r\n" + AnswerHeaders.lines() + extraHeaders + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] raw = new byte[head.length + body.length];
        System.arraycopy(head, 0, raw, 0, head.length);
        System.arraycopy(body, 0, raw, head.length, body.length);
        return raw;
    }

    /** The refusal of a request head, or null when its framing is one the services read. */
    static FullHttpResponse refusal(HttpRequest request) {
        HttpVersion version = request.protocolVersion();
        if (version.majorVersion() != 1 || version.minorVersion() > 1) {
            return closing(HttpResponseStatus.HTTP_VERSION_NOT_SUPPORTED, "http-version-not-supported",
                    "HTTP version '" + Problems.quote(version.text()) + "' is not supported here; send HTTP/1.1");
        }
        if (version.minorVersion() == 0 && request.headers().contains(HttpHeaderNames.TRANSFER_ENCODING)) {
            return closing(HttpResponseStatus.BAD_REQUEST, "malformed-framing", "HTTP/1.0 has no Transfer-Encoding, so a "
                    + "request that has one cannot be framed (RFC 9112, 6.1); send HTTP/1.1, or a Content-Length");
        }
        if (request.headers().contains(HttpHeaderNames.TRANSFER_ENCODING) && (request.headers().contains(HttpHeaderNames.CONTENT_LENGTH)
                || request.headers() instanceof FramingHeaders f && f.lengthDropped)) {
            return closing(HttpResponseStatus.BAD_REQUEST, "malformed-framing", "the request has both Transfer-Encoding and "
                    + "Content-Length, so its body can be framed two ways (a proxy in front may read it otherwise); send one of them");
        }
        List<String> hosts = request.headers().getAll(HttpHeaderNames.HOST);
        if (hosts.size() > 1 || (hosts.isEmpty() && version.minorVersion() == 1) || (hosts.size() == 1 && !isHost(hosts.get(0)))) {
            return closing(HttpResponseStatus.BAD_REQUEST, "bad-request", hosts.size() > 1
                    ? "the request has " + hosts.size() + " Host headers; send exactly one (RFC 9112, 3.2)"
                    : hosts.isEmpty() ? "an HTTP/1.1 request needs a Host header (RFC 9112, 3.2)"
                    : "the Host header is not a host and port (RFC 9112, 3.2)");
        }
        FullHttpResponse target = targetRefusal(request.method().name(), request.uri());
        if (target != null) {
            return target;
        }
        int badPercent = badPercent(request.uri());
        if (badPercent >= 0) {
            return closing(HttpResponseStatus.BAD_REQUEST, "bad-request", "the request target has a '%' at character "
                    + (badPercent + 1) + " that is not followed by two hexadecimal digits; percent-encode '%' itself as %25");
        }
        FullHttpResponse method = methodRefusal(request.method().name());
        if (method != null) {
            return method;
        }
        List<String> codings = request.headers().getAll(HttpHeaderNames.TRANSFER_ENCODING);
        if (!codings.isEmpty() && !(codings.size() == 1 && codings.get(0).trim().equalsIgnoreCase("chunked"))) {
            return closing(HttpResponseStatus.NOT_IMPLEMENTED, "unsupported-transfer-encoding",
                    "Transfer-Encoding '" + Problems.quote(String.join(", ", codings)) + "' is not supported; send 'chunked' alone, or a "
                            + "Content-Length (compress with Content-Encoding: gzip)");
        }
        return null;
    }

    private static final java.util.Set<String> METHODS = java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT",
            "OPTIONS", "TRACE", "PATCH");

    /** 400 for a standard method in other letters than capitals, which Micronaut read as the method; or null. */
    static FullHttpResponse methodRefusal(String method) {
        String upper = method.toUpperCase(java.util.Locale.ROOT);
        if (upper.equals(method) || !METHODS.contains(upper)) {
            return null;
        }
        return closing(HttpResponseStatus.BAD_REQUEST, "bad-request", "the method '" + Problems.quote(method)
                + "' is not " + upper + ": methods are case-sensitive (RFC 9110, 9.1); send " + upper);
    }

    /**
     * The refusal of a request target in none of the forms its method may take (RFC 9112, 3.2), or null: a path, or an
     * absolute {@code http}/{@code https} URL with a host and no credentials, of the characters a URI has, without a
     * fragment.
     */
    static FullHttpResponse targetRefusal(String method, String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '#') {
                return closing(HttpResponseStatus.BAD_REQUEST, "bad-request", "the request target has a fragment ('#' at "
                        + "character " + (i + 1) + "), which is not sent in a request (RFC 9112, 3.2); leave it out, or "
                        + "percent-encode '#' as %23");
            }
            if (!isUriCharacter(c)) {
                return closing(HttpResponseStatus.BAD_REQUEST, "bad-request", "the request target has " + describe(c)
                        + " at character " + (i + 1) + ", which a URI does not hold; percent-encode it (RFC 3986)");
            }
        }
        boolean connect = method.equals("CONNECT");
        boolean options = method.equals("OPTIONS");
        if (target.equals("*") && options || connect && !target.startsWith("/") && AUTHORITY.matcher(target).matches()) {
            FullHttpResponse refusal = closing(HttpResponseStatus.METHOD_NOT_ALLOWED, "method-not-allowed", connect
                    ? "CONNECT asks for a tunnel, and this service is no proxy: no method is allowed on an authority"
                    : "OPTIONS * asks about the server as a whole: the service describes itself at /openapi instead");
            refusal.headers().set(HttpHeaderNames.ALLOW, "");
            return refusal;
        }
        if (target.startsWith("/")) {
            return null;
        }
        java.util.regex.Matcher absolute = ABSOLUTE.matcher(target);
        if (absolute.matches()) {
            String scheme = absolute.group(1).toLowerCase(java.util.Locale.ROOT);
            String authority = absolute.group(2);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return closing(HttpResponseStatus.BAD_REQUEST, "bad-request", "the request target's scheme '"
                        + Problems.quote(absolute.group(1)) + "' is not http or https; send a path");
            }
            if (authority.contains("@")) {
                return closing(HttpResponseStatus.BAD_REQUEST, "bad-request", "the request target holds credentials before "
                        + "its host ('@'), which a request never carries (RFC 9110, 4.2.4); send a path");
            }
            if (authority.isEmpty() || !isHost(authority)) {
                return closing(HttpResponseStatus.BAD_REQUEST, "bad-request", "the request target's authority is not a host "
                        + "and port (RFC 9112, 3.2.2); send a path");
            }
            return null;
        }
        return closing(HttpResponseStatus.BAD_REQUEST, "bad-request", target.equals("*")
                ? "the request target '*' is for OPTIONS alone (RFC 9112, 3.2.4); send a path"
                : AUTHORITY.matcher(target).matches() && !target.isEmpty()
                ? "a request target of a host and port is for CONNECT alone (RFC 9112, 3.2.3); send a path"
                : "the request target '" + Problems.quote(target) + "' is not a path: it must start with '/' "
                        + "(or be an absolute http or https URL)");
    }

    /** RFC 3986's characters: unreserved, reserved (a fragment's '#' is refused on its own) and '%'. */
    private static boolean isUriCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
    }

    private static String describe(char c) {
        return c > 0x20 && c < 0x7f ? "'" + c + "'" : String.format("the byte 0x%02X", (int) c);
    }

    private static final java.util.regex.Pattern ABSOLUTE = java.util.regex.Pattern.compile(
            "([A-Za-z][A-Za-z0-9+.-]*)://([^/?]*)(?:[/?].*)?");
    private static final java.util.regex.Pattern AUTHORITY = java.util.regex.Pattern.compile(
            "(?:\\[[0-9A-Fa-f:.]{2,45}]|[A-Za-z0-9._~!$&'()*+,;=%-]{1,255}):[0-9]{1,5}");

    /**
     * Whether {@code value} is a Host header's value: empty (a target without an authority), or a host name, an IPv4
     * address or a bracketed IPv6 literal, with an optional port. Spaces, slashes, {@code @} and non-ASCII are not.
     */
    static boolean isHost(String value) {
        return HOST.matcher(value).matches();
    }

    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile(
            "(?:\\[[0-9A-Fa-f:.]{2,45}]|[A-Za-z0-9._~!$&'()*+,;=%-]{1,255})?(?::[0-9]{0,5})?");

    /**
     * The HTTP/1 codec as Micronaut builds it (its line, header and chunk bounds, header validation), whose request headers
     * remember when the decoder dropped a Content-Length for a Transfer-Encoding (RFC 9112 §6.3 lets it; {@link #refusal}
     * refuses such a request instead, which it could not tell once the length was gone).
     */
    static HttpServerCodec codec(NettyHttpServerConfiguration server) {
        HttpDecoderConfig config = new HttpDecoderConfig().setMaxInitialLineLength(server.getMaxInitialLineLength())
                .setMaxHeaderSize(server.getMaxHeaderSize()).setMaxChunkSize(server.getMaxChunkSize())
                .setValidateHeaders(server.isValidateHeaders()).setInitialBufferSize(server.getInitialBufferSize());
        DefaultHttpHeadersFactory headers = (DefaultHttpHeadersFactory) config.getHeadersFactory();
        return new HttpServerCodec(config.setHeadersFactory(new HttpHeadersFactory() {
            @Override
            public HttpHeaders newHeaders() {
                return new FramingHeaders(headers.getNameValidator(), headers.getValueValidator());
            }

            @Override
            public HttpHeaders newEmptyHeaders() {
                return headers.newEmptyHeaders();
            }
        }));
    }

    /** A request's headers that remember whether the decoder removed a Content-Length while a Transfer-Encoding was there. */
    static final class FramingHeaders extends DefaultHttpHeaders {
        private boolean lengthDropped;

        FramingHeaders(io.netty.handler.codec.DefaultHeaders.NameValidator<CharSequence> names,
                       io.netty.handler.codec.DefaultHeaders.ValueValidator<CharSequence> values) {
            super(names, values);
        }

        @Override
        public HttpHeaders remove(CharSequence name) {
            if (!lengthDropped && io.netty.util.AsciiString.contentEqualsIgnoreCase(name, HttpHeaderNames.CONTENT_LENGTH)
                    && contains(HttpHeaderNames.CONTENT_LENGTH) && contains(HttpHeaderNames.TRANSFER_ENCODING)) {
                lengthDropped = true;
            }
            return super.remove(name);
        }
    }

    /**
     * Where the request target has a '%' without two hexadecimal digits after it, or -1. Micronaut could not decode such a
     * path or query and routed what it had instead, a request for "/" without headers: a caller with a valid token got
     * 401 "requires the header 'Authorization'" for {@code /feeds/%ZZ} or {@code /stream?minSeverity=%ZZ}.
     */
    static int badPercent(String target) {
        for (int i = target.indexOf('%'); i >= 0; i = target.indexOf('%', i + 1)) {
            if (i + 2 >= target.length() || Character.digit(target.charAt(i + 1), 16) < 0 || Character.digit(target.charAt(i + 2), 16) < 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Accept-Charset is dropped before any route sees it. The services answer UTF-8 whatever it says (RFC 9110 lets a
     * server ignore it, and browsers no longer send it), but Micronaut read it as the request's own charset when the
     * Content-Type named none, and its parser failed on a value with no charset in it ({@code Accept-Charset:} empty,
     * {@code ","}): a 500 for any request, found by the fuzzer.
     */
    static void ignoreAcceptCharset(HttpRequest request) {
        request.headers().remove(HttpHeaderNames.ACCEPT_CHARSET);
    }

    private static final java.util.Set<String> HEALTH_PATHS = java.util.Set.of("/health", "/health/liveness", "/health/readiness");

    /**
     * HEAD on a health path is run as GET; the codec, which saw HEAD, still sends no body (probe of session 41).
     * Micronaut maps the health's status (DOWN: 503) from the answer's body, which a HEAD answer does not have, so HEAD
     * answered 200 while GET answered 503: a load balancer checking with HEAD kept an instance that was down. RFC 9110
     * (9.3.2) asks HEAD to answer what GET does.
     */
    static void headOnHealthAsGet(HttpRequest request) {
        if (request.method().equals(io.netty.handler.codec.http.HttpMethod.HEAD)) {
            String uri = request.uri();
            int query = uri.indexOf('?');
            if (HEALTH_PATHS.contains(query < 0 ? uri : uri.substring(0, query))) {
                request.setMethod(io.netty.handler.codec.http.HttpMethod.GET);
            }
        }
    }

    /** One connection's; runs on its event loop. */
    private static final class Check extends ChannelDuplexHandler {
        private final long maxBody;
        private boolean refused;
        /** The current request's compressed body, followed to its end; null when it is not compressed. */
        private CompressedBodyCheck compressed;
        /** Whether the current request was answered already (a limit refused it early): no second answer then. */
        private boolean answered;

        Check(long maxBody) {
            this.maxBody = maxBody;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (refused) {
                ReferenceCountUtil.release(msg);
                return;
            }
            FullHttpResponse refusal = null;
            // A broken body is not seen by any route, which would read it as empty.
            if (msg instanceof HttpRequest request && request.decoderResult().isSuccess()) {
                refusal = refusal(request);
                if (refusal == null) {
                    refusal = expectTooLarge(request, maxBody);
                }
                ignoreAcceptCharset(request);
                headOnHealthAsGet(request);
                endCheck();
                answered = false;
                compressed = refusal == null ? CompressedBodyCheck.of(request) : null;
            } else if (msg instanceof HttpRequest request) {
                refusal = unreadableHead(request.decoderResult().cause());
            }
            if (refusal == null && msg instanceof HttpContent content) {
                if (content.decoderResult().isFailure()) {
                    Throwable cause = content.decoderResult().cause();
                    refusal = closing(HttpResponseStatus.BAD_REQUEST, "malformed-framing",
                            "the request body's framing could not be read (" + (cause == null ? "malformed" : cause.getMessage())
                                    + "); send a Content-Length or valid chunked encoding");
                } else if (compressed != null) {
                    compressed.feed(content.content());
                    if (msg instanceof LastHttpContent) {
                        String truncated = answered ? null : compressed.truncated();
                        endCheck();
                        if (truncated != null) {
                            // The route has the body so far and waits for its end, which never comes: it publishes nothing.
                            refusal = closing(HttpResponseStatus.BAD_REQUEST, "bad-content-encoding", truncated
                                    + "; send the whole compressed body");
                        }
                    }
                }
            }
            if (refusal == null) {
                ctx.fireChannelRead(msg);
                return;
            }
            refused = true;
            endCheck();
            ReferenceCountUtil.release(msg);
            LOG.debug("Closing {}: {}", ctx.channel().remoteAddress(), refusal.status());
            ctx.writeAndFlush(refusal).addListener(ChannelFutureListener.CLOSE);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof HttpResponse response && response.status().code() >= 200) {
                answered = true;
            }
            super.write(ctx, msg, promise);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            endCheck();
            super.channelInactive(ctx);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            endCheck();
        }

        private void endCheck() {
            if (compressed != null) {
                compressed.close();
                compressed = null;
            }
        }
    }
}
