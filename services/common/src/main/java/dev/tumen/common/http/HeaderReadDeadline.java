package dev.tumen.common.http;

import dev.tumen.model.Json;
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
import io.netty.handler.codec.http.LastHttpContent;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A deadline on reading a request's headers, on every HTTP/1 connection of every service: from the first byte of a
 * request, its headers must be complete within {@code tumen.http.header-timeout} (default 20 s, 0 turns it off),
 * or the connection is answered {@code 408 Request Timeout} (problem+json, {@code Connection: close}) and closed.
 * Micronaut's {@code read-idle-timeout} restarts with every byte, so a client that
 * trickles one header byte a second would hold a connection for ever; this bounds the total. Once the headers are
 * in, the deadline is off: a slow upload or a long-lived SSE response ({@code /stream}) is not cut, idle timeouts
 * still apply. A kept-alive connection arms it again at the first byte of its next request.
 *
 * <p>Two handlers share the state: one before the HTTP codec sees raw bytes (arms), one after it sees the decoded
 * request head (disarms) and the end of each response (ready for the next request).
 */
@Singleton
public class HeaderReadDeadline implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
    private static final Logger LOG = LoggerFactory.getLogger(HeaderReadDeadline.class);
    private final long timeoutMillis;
    private final byte[] timeoutResponse;

    public HeaderReadDeadline(@Value("${tumen.http.header-timeout:20s}") Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
        byte[] body = Json.string(Problem.of("request-timeout", io.micronaut.http.HttpStatus.REQUEST_TIMEOUT,
                "the request headers were not complete within " + timeoutMillis + " ms of their first byte", null, null))
                .getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 408 Request Timeout\r\nContent-Type: " + Problem.MEDIA_TYPE + "\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        this.timeoutResponse = new byte[head.length + body.length];
        System.arraycopy(head, 0, timeoutResponse, 0, head.length);
        System.arraycopy(body, 0, timeoutResponse, head.length, body.length);
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        if (timeoutMillis > 0) {
            event.getBean().register(new Customizer(null));
        }
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
        public void onStreamPipelineBuilt() {
            ChannelPipeline pipeline = channel == null ? null : channel.pipeline();
            // HTTP/1 only: HTTP/2 has no codec by that name (and its own header frames).
            if (pipeline == null || pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) == null) {
                return;
            }
            Deadline deadline = new Deadline();
            pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "tumen-header-deadline-arm", deadline.arm);
            pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "tumen-header-deadline-disarm", deadline.disarm);
        }
    }

    /** One connection's state; every method runs on the connection's event loop. */
    private final class Deadline {
        private ScheduledFuture<?> timer;
        private boolean inRequest;

        final ChannelInboundHandlerAdapter arm = new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (!inRequest && timer == null && msg instanceof ByteBuf b && b.isReadable()) {
                    timer = ctx.executor().schedule(() -> expire(ctx), timeoutMillis, TimeUnit.MILLISECONDS);
                }
                ctx.fireChannelRead(msg);
            }

            @Override
            public void channelInactive(ChannelHandlerContext ctx) {
                cancel();
                ctx.fireChannelInactive();
            }
        };

        final ChannelDuplexHandler disarm = new ChannelDuplexHandler() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof HttpRequest) {
                    inRequest = true;
                    cancel();
                }
                ctx.fireChannelRead(msg);
            }

            @Override
            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
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
        private void expire(ChannelHandlerContext ctx) {
            timer = null;
            if (!inRequest) {
                LOG.debug("Closing {}: request headers not complete within {} ms", ctx.channel().remoteAddress(), timeoutMillis);
                ctx.writeAndFlush(Unpooled.wrappedBuffer(timeoutResponse)).addListener(ChannelFutureListener.CLOSE);
            }
        }

        private void cancel() {
            if (timer != null) {
                timer.cancel(false);
                timer = null;
            }
        }
    }
}
