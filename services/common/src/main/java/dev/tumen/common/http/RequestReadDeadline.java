package dev.tumen.common.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deadlines on reading a request, on every HTTP/1 connection of every service. Micronaut's {@code read-idle-timeout}
 * restarts with every byte, so a client that trickles one byte a second would hold a connection for ever:
 * <ul>
 *   <li>from a request's first byte, its headers must be complete within {@code tumen.http.header-timeout} (default
 *       20 s), or the connection is answered {@code 408} {@code request-timeout} and closed;</li>
 *   <li>from its headers, its body must be complete within {@code tumen.http.body-timeout} (default 60 s: a 2 MiB
 *       page at 35 KB/s), or it is answered {@code 408} {@code request-body-timeout} and closed. A request holds one of
 *       the service's request slots ({@link RequestAdmissionFilter}) from its headers on, so without this a token
 *       holder trickling a few bodies would hold every slot, and every other client would be refused 503.</li>
 * </ul>
 * Both answers are problem+json with {@code Connection: close}; {@code 0} turns either off. A request without a body
 * is not timed past its headers: a long-lived SSE response ({@code /stream}) is not cut, idle timeouts still apply. A
 * kept-alive connection arms the header deadline again at the first byte of its next request.
 *
 * <p>The same customizer places {@link RequestFraming}'s check and {@link ConnectionLimits} on each connection. Two handlers share the deadlines' state: one before the HTTP codec sees raw bytes (arms the header deadline), one after it
 * sees the decoded request head and body (disarms it, times the body) and the responses (ready for the next request).
 */
@Singleton
public class RequestReadDeadline implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
    private static final Logger LOG = LoggerFactory.getLogger(RequestReadDeadline.class);
    private final long headerMillis;
    private final long bodyMillis;
    private final String headerTimeoutDetail;
    private final String bodyTimeoutDetail;

    private final ConnectionLimits limits;
    private final long maxRequestSize;
    private final io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration server;

    public RequestReadDeadline(@Value("${tumen.http.header-timeout:20s}") Duration headerTimeout,
                               @Value("${tumen.http.body-timeout:60s}") Duration bodyTimeout, ConnectionLimits limits,
                               @Value("${micronaut.server.max-request-size:10485760}") long maxRequestSize,
                               io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration server) {
        this.limits = limits;
        this.server = server;
        this.maxRequestSize = maxRequestSize;
        this.headerMillis = headerTimeout.toMillis();
        this.bodyMillis = bodyTimeout.toMillis();
        this.headerTimeoutDetail = "the request headers were not complete within " + headerMillis + " ms of their first byte";
        this.bodyTimeoutDetail = "the request body was not complete within " + bodyMillis
                + " ms of its headers (tumen.http.body-timeout); send it faster or smaller";
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    private final class Customizer implements NettyServerCustomizer {
        private final Channel channel;

        Customizer(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new Customizer(channel) : this;
        }

        @Override
        public void onInitialPipelineBuilt() {
            if (channel != null) {
                limits.opened(channel);
            }
        }

        @Override
        public void onStreamPipelineBuilt() {
            ChannelPipeline pipeline = channel == null ? null : channel.pipeline();
            if (pipeline == null || !limits.streamPipelineBuilt(channel, pipeline)) {
                return;
            }
            // HTTP/1 only: HTTP/2 has no codec by that name (and its own header frames).
            if (pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) == null) {
                return;
            }
            pipeline.replace(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC,
                    RequestFraming.codec(server));
            pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "tumen-request-framing", RequestFraming.handler(maxRequestSize));
            if (headerMillis <= 0 && bodyMillis <= 0) {
                return;
            }
            Deadline deadline = new Deadline();
            pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "tumen-header-deadline-arm", deadline.arm);
            pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "tumen-header-deadline-disarm", deadline.disarm);
        }
    }

    /** One connection's state; every method runs on the connection's event loop. */
    private final class Deadline {
        private ScheduledFuture<?> headerTimer;
        private ScheduledFuture<?> bodyTimer;
        private boolean inRequest;
        private boolean responseStarted;

        final ChannelInboundHandlerAdapter arm = new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (headerMillis > 0 && !inRequest && headerTimer == null && msg instanceof ByteBuf b && b.isReadable()) {
                    headerTimer = ctx.executor().schedule(() -> expireHeaders(ctx), headerMillis, TimeUnit.MILLISECONDS);
                }
                ctx.fireChannelRead(msg);
            }

            @Override
            public void channelInactive(ChannelHandlerContext ctx) {
                headerTimer = cancel(headerTimer);
                bodyTimer = cancel(bodyTimer);
                ctx.fireChannelInactive();
            }
        };

        final ChannelDuplexHandler disarm = new ChannelDuplexHandler() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof HttpRequest) {
                    inRequest = true;
                    responseStarted = false;
                    headerTimer = cancel(headerTimer);
                    if (bodyMillis > 0 && !(msg instanceof LastHttpContent)) {
                        bodyTimer = cancel(bodyTimer);
                        bodyTimer = ctx.executor().schedule(() -> expireBody(ctx), bodyMillis, TimeUnit.MILLISECONDS);
                    }
                }
                if (msg instanceof LastHttpContent) {
                    bodyTimer = cancel(bodyTimer);
                }
                ctx.fireChannelRead(msg);
            }

            @Override
            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
                if (msg instanceof HttpResponse) {
                    responseStarted = true;
                }
                if (msg instanceof LastHttpContent) {
                    inRequest = false;
                }
                ctx.write(msg, promise);
            }
        };

        /**
         * Answers from before the codec, as raw bytes: the codec holds a half-read request head and would not write a
         * response for a request it never decoded. Written through {@code ctx}, so a TLS handler in front still applies.
         */
        private void expireHeaders(ChannelHandlerContext ctx) {
            headerTimer = null;
            if (!inRequest) {
                LOG.debug("Closing {}: request headers not complete within {} ms", ctx.channel().remoteAddress(), headerMillis);
                ctx.writeAndFlush(Unpooled.wrappedBuffer(RequestFraming.rawClosing(HttpResponseStatus.REQUEST_TIMEOUT,
                        "request-timeout", headerTimeoutDetail, ""))).addListener(ChannelFutureListener.CLOSE);
            }
        }

        /**
         * Answers through the codec (the request head was decoded), unless the service has already begun its own
         * answer (a refusal sent before the body was read): then the connection is only closed.
         */
        private void expireBody(ChannelHandlerContext ctx) {
            bodyTimer = null;
            LOG.debug("Closing {}: request body not complete within {} ms of its headers", ctx.channel().remoteAddress(), bodyMillis);
            if (responseStarted) {
                ctx.close();
                return;
            }
            ctx.writeAndFlush(RequestFraming.closing(HttpResponseStatus.REQUEST_TIMEOUT, "request-body-timeout", bodyTimeoutDetail))
                    .addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** Cancels {@code timer} when there is one; returns {@code null}, for {@code timer = cancel(timer)}. */
    static ScheduledFuture<?> cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
        return null;
    }
}
