package dev.tumen.common.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AttributeKey;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds what connections cost a service before any request arrives, on every connection of every service (probe of
 * session 31). {@link RequestReadDeadline} times a request from its first byte, so a connection that sends no byte at
 * all was held until the server's idle timeout (the alert's is 30 minutes, for its live stream), and nothing bounded
 * how many there were: 21,000 idle TCP connections, without a token or a byte, took every file descriptor of the alert
 * (20,000 on the probe's host), after which {@code /health} itself went unanswered and the log filled with "Too many
 * open files" (every outbound socket, Kafka's and the webhooks', needs one too).
 * <ul>
 *   <li>a connection with no request in progress (new, or kept alive after its last response) is closed once
 *       {@code tumen.http.keep-alive-timeout} (default 60 s) passes without the first byte of a request; a request in
 *       progress, a live stream included, is the other deadlines' business;</li>
 *   <li>past {@code tumen.http.max-connections} open connections (default 1,024) a new one is answered {@code 503}
 *       problem+json {@code too-many-connections} with {@code Retry-After} and closed at once, so the descriptors
 *       the service needs for Kafka and its own requests stay free.</li>
 * </ul>
 * {@code 0} turns either off. Gauge {@code tumen.http.connections}, counter {@code tumen.http.connections.refused}.
 * {@link RequestReadDeadline}'s customizer calls it for each connection.
 */
@Singleton
public class ConnectionLimits {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLimits.class);
    private static final AttributeKey<Boolean> REFUSED = AttributeKey.valueOf("tumen.connection.refused");
    private final int maxConnections;
    private final long keepAliveMillis;
    private final AtomicInteger open = new AtomicInteger();
    private final Counter refused;
    private final byte[] refusal;

    public ConnectionLimits(@Value("${tumen.http.max-connections:1024}") int maxConnections,
                            @Value("${tumen.http.keep-alive-timeout:60s}") Duration keepAlive,
                            @Value("${tumen.http.overload-retry-after-seconds:1}") int retryAfterSeconds,
                            MeterRegistry meters) {
        if (maxConnections < 0) {
            throw new ConfigurationException("tumen.http.max-connections must not be negative, got " + maxConnections);
        }
        this.maxConnections = maxConnections;
        this.keepAliveMillis = keepAlive.toMillis();
        this.refused = Counter.builder("tumen.http.connections.refused")
                .description("connections answered 503 because tumen.http.max-connections were open already").register(meters);
        Gauge.builder("tumen.http.connections", open, AtomicInteger::get).description("HTTP connections open now").register(meters);
        this.refusal = RequestFraming.rawClosing(HttpResponseStatus.SERVICE_UNAVAILABLE, "too-many-connections",
                "this instance holds as many connections as it may (tumen.http.max-connections); try again shortly",
                "Retry-After: " + Math.max(1, retryAfterSeconds) + "\r\n");
    }

    /** Connections open now. */
    public int open() {
        return open.get();
    }

    /** A new connection, before anything is read from it: counted, and marked refused past the maximum. */
    void opened(Channel channel) {
        int now = open.incrementAndGet();
        channel.closeFuture().addListener(f -> open.decrementAndGet());
        if (maxConnections > 0 && now > maxConnections) {
            refused.increment();
            LOG.debug("Refusing {}: {} connections open", channel.remoteAddress(), now);
            channel.config().setAutoRead(false);
            channel.attr(REFUSED).set(Boolean.TRUE);
        }
    }

    /**
     * The connection's HTTP pipeline is built: a refused one is answered and closed (false: nothing else to place on
     * it), an admitted HTTP/1 one gets its keep-alive deadline (true).
     */
    boolean streamPipelineBuilt(Channel channel, ChannelPipeline pipeline) {
        boolean http1 = pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null;
        if (Boolean.TRUE.equals(channel.attr(REFUSED).get())) {
            if (!http1) {
                channel.close();
                return false;
            }
            // Written before the codec, as raw bytes, once the pipeline is complete and the channel registered.
            pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "tumen-connection-refusal",
                    new ChannelInboundHandlerAdapter() {
                        @Override
                        public void handlerAdded(ChannelHandlerContext ctx) {
                            ctx.executor().execute(() -> ctx.writeAndFlush(Unpooled.wrappedBuffer(refusal))
                                    .addListener(f -> ctx.channel().close()));
                        }
                    });
            return false;
        }
        if (keepAliveMillis > 0 && http1) {
            KeepAlive keepAlive = new KeepAlive();
            pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "tumen-keep-alive-bytes", keepAlive.bytes);
            pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "tumen-keep-alive-messages", keepAlive.messages);
        }
        return true;
    }

    /**
     * One connection's idle deadline; every method runs on the connection's event loop. Armed when the connection opens
     * and whenever its last response in progress ends; disarmed by any byte that comes in.
     */
    private final class KeepAlive {
        private ScheduledFuture<?> timer;
        /** Requests read whose responses have not ended: while one is open (a live stream), the connection is not idle. */
        private int inProgress;

        final ChannelInboundHandlerAdapter bytes = new ChannelInboundHandlerAdapter() {
            @Override
            public void handlerAdded(ChannelHandlerContext ctx) {
                arm(ctx);
            }

            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof ByteBuf b && b.isReadable()) {
                    timer = RequestReadDeadline.cancel(timer);
                }
                ctx.fireChannelRead(msg);
            }

            @Override
            public void channelInactive(ChannelHandlerContext ctx) {
                timer = RequestReadDeadline.cancel(timer);
                ctx.fireChannelInactive();
            }

            @Override
            public void handlerRemoved(ChannelHandlerContext ctx) {
                timer = RequestReadDeadline.cancel(timer);
            }
        };

        final ChannelDuplexHandler messages = new ChannelDuplexHandler() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof HttpRequest) {
                    inProgress++;
                    timer = RequestReadDeadline.cancel(timer);
                }
                ctx.fireChannelRead(msg);
            }

            @Override
            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
                if (msg instanceof LastHttpContent && inProgress > 0 && --inProgress == 0) {
                    arm(ctx);
                }
                ctx.write(msg, promise);
            }
        };

        private void arm(ChannelHandlerContext ctx) {
            timer = RequestReadDeadline.cancel(timer);
            timer = ctx.executor().schedule(() -> expire(ctx), keepAliveMillis, TimeUnit.MILLISECONDS);
        }

        private void expire(ChannelHandlerContext ctx) {
            timer = null;
            if (inProgress == 0) {
                LOG.debug("Closing {}: no request within {} ms", ctx.channel().remoteAddress(), keepAliveMillis);
                ctx.channel().close();
            }
        }
    }
}
