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
import io.netty.util.ReferenceCountUtil;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 *   <li>past {@code tumen.http.max-connections} open connections (default 1,024) a new one takes the place of the
 *       connection that has waited longest without a complete request head (one that sent nothing since it opened or
 *       since its last response ended, or only part of a head): that one is closed, answered {@code 503}
 *       problem+json {@code too-many-connections} with {@code Retry-After} first when it had begun a request (one that
 *       sent nothing gets no answer, which a kept-alive client would read as the answer to its next request). A
 *       connection whose request head was read is never chosen until its response ends. Only when every open
 *       connection has a request in progress is the new one answered that 503 and closed at once, so the descriptors the
 *       service needs for Kafka and its own requests stay free.</li>
 * </ul>
 * The bound refused every new connection before (probe of session 41): about 1,100 connections that sent nothing, or a
 * head without its end, kept {@code /health} and every client out (503) until the keep-alive or header timeout closed
 * them, and an attacker opening them again kept it so for good. Choosing among the waiting ones reads them all, once
 * per connection past the bound (about 1,000 at the default: microseconds). HTTP/2 connections (the services speak
 * HTTP/1.1 only) hold their place once their pipeline is built. {@code 0} turns either off. Gauge
 * {@code tumen.http.connections}, counters {@code tumen.http.connections.refused} and
 * {@code tumen.http.connections.evicted}. {@link RequestReadDeadline}'s customizer calls it for each connection.
 */
@Singleton
public class ConnectionLimits {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLimits.class);
    private static final AttributeKey<Place> PLACE = AttributeKey.valueOf("tumen.connection.place");
    /** A place's states: waiting for a complete request head, holding one in progress, chosen to make way, refused. */
    private static final int WAITING = 0;
    private static final int BUSY = 1;
    private static final int EVICTED = 2;
    private static final int REFUSED = 3;
    private final int maxConnections;
    private final long keepAliveMillis;
    private final AtomicInteger open = new AtomicInteger();
    private final Set<Place> places = ConcurrentHashMap.newKeySet();
    private final Counter refused;
    private final Counter evicted;
    /** The refusal's detail and extra header lines; its bytes are made at each refusal, for the Date they carry. */
    private final String refusalDetail;
    private final String refusalHeaders;

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
                .description("connections answered 503 because tumen.http.max-connections were open already, each with a "
                        + "request in progress").register(meters);
        this.evicted = Counter.builder("tumen.http.connections.evicted")
                .description("connections without a complete request head closed to make way for a new one past "
                        + "tumen.http.max-connections").register(meters);
        Gauge.builder("tumen.http.connections", open, AtomicInteger::get).description("HTTP connections open now").register(meters);
        this.refusalDetail = "this instance holds as many connections as it may (tumen.http.max-connections); try again shortly";
        this.refusalHeaders = "Retry-After: " + Math.max(1, retryAfterSeconds) + "\r\n";
    }

    private byte[] refusal() {
        return RequestFraming.rawClosing(HttpResponseStatus.SERVICE_UNAVAILABLE, "too-many-connections", refusalDetail, refusalHeaders);
    }

    /** Connections open now. */
    public int open() {
        return open.get();
    }

    /**
     * A new connection, before anything is read from it: counted, and past the maximum either given the place of the
     * longest-waiting connection without a complete request head or, when there is none, marked refused.
     */
    void opened(Channel channel) {
        Place place = new Place(channel);
        channel.attr(PLACE).set(place);
        int now = open.incrementAndGet();
        channel.closeFuture().addListener(f -> {
            places.remove(place);
            open.decrementAndGet();
        });
        if (maxConnections > 0 && now > maxConnections && !makeWay()) {
            refused.increment();
            LOG.debug("Refusing {}: {} connections open, each with a request in progress", channel.remoteAddress(), now);
            place.state.set(REFUSED);
            channel.config().setAutoRead(false);
            return;
        }
        places.add(place);
        if (!channel.isOpen()) {
            // Closed before it was added: the listener above has run and would not remove it again.
            places.remove(place);
        }
    }

    /**
     * Closes the connection that has waited longest without a complete request head, false when every one has a request
     * in progress. A place is claimed by one compare-and-set, so a head completing at the same moment on the other
     * connection's event loop either keeps its place (and another is chosen) or is dropped with its connection.
     */
    private boolean makeWay() {
        for (int attempt = 0; attempt < 8; attempt++) {
            Place oldest = null;
            for (Place p : places) {
                if (p.state.get() == WAITING && (oldest == null || p.waitingSince - oldest.waitingSince < 0)) {
                    oldest = p;
                }
            }
            if (oldest == null) {
                return false;
            }
            if (oldest.state.compareAndSet(WAITING, EVICTED)) {
                evicted.increment();
                Place victim = oldest;
                victim.channel.eventLoop().execute(victim::evict);
                return true;
            }
        }
        return false;
    }

    /**
     * The connection's HTTP pipeline is built: a refused one is answered and closed, and one chosen to make way already
     * closed (false: nothing else to place on it); an admitted HTTP/1 one gets its place's handlers (true).
     */
    boolean streamPipelineBuilt(Channel channel, ChannelPipeline pipeline) {
        boolean http1 = pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null;
        Place place = channel.attr(PLACE).get();
        if (place == null) {
            return true;
        }
        if (place.state.get() == REFUSED) {
            if (!http1) {
                channel.close();
                return false;
            }
            // Written before the codec, as raw bytes, once the pipeline is complete and the channel registered.
            pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "tumen-connection-refusal",
                    new ChannelInboundHandlerAdapter() {
                        @Override
                        public void handlerAdded(ChannelHandlerContext ctx) {
                            ctx.executor().execute(() -> ctx.writeAndFlush(Unpooled.wrappedBuffer(refusal()))
                                    .addListener(f -> ctx.channel().close()));
                        }
                    });
            return false;
        }
        if (!http1) {
            if (!place.state.compareAndSet(WAITING, BUSY)) {
                channel.close();
                return false;
            }
            return true;
        }
        if (place.state.get() == EVICTED) {
            channel.close();
            return false;
        }
        pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "tumen-keep-alive-bytes", place.bytes);
        pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "tumen-keep-alive-messages", place.messages);
        return true;
    }

    /**
     * One connection's place: whether it waits for a request head (and since when), and its idle deadline. The state is
     * read by other connections' event loops choosing whom to close; everything else runs on the connection's own. The
     * deadline is armed when the connection opens and whenever its last response in progress ends, disarmed by any byte
     * that comes in.
     */
    private final class Place {
        final Channel channel;
        final AtomicInteger state = new AtomicInteger(WAITING);
        /** {@link System#nanoTime()} when it began to wait for a request head: opened, or its last response ended. */
        volatile long waitingSince = System.nanoTime();
        /** Whether bytes of a request came while it waited: a request begun, which is answered when it must make way. */
        private boolean begun;
        /** The context before the codec, where a raw answer is written; null until the pipeline is built. */
        private ChannelHandlerContext raw;
        private ScheduledFuture<?> timer;
        /** Requests read whose responses have not ended: while one is open (a live stream), the connection is not idle. */
        private int inProgress;

        Place(Channel channel) {
            this.channel = channel;
        }

        final ChannelInboundHandlerAdapter bytes = new ChannelInboundHandlerAdapter() {
            @Override
            public void handlerAdded(ChannelHandlerContext ctx) {
                raw = ctx;
                arm(ctx);
            }

            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof ByteBuf b && b.isReadable()) {
                    timer = RequestReadDeadline.cancel(timer);
                    if (inProgress == 0) {
                        begun = true;
                    }
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
                    // Claimed against makeWay: a connection chosen to make way does not begin the request it completed.
                    if (!state.compareAndSet(WAITING, BUSY) && state.get() == EVICTED) {
                        ReferenceCountUtil.release(msg);
                        return;
                    }
                    inProgress++;
                    begun = false;
                    timer = RequestReadDeadline.cancel(timer);
                } else if (state.get() == EVICTED) {
                    ReferenceCountUtil.release(msg);
                    return;
                }
                ctx.fireChannelRead(msg);
            }

            @Override
            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
                if (msg instanceof LastHttpContent && inProgress > 0 && --inProgress == 0) {
                    waitingSince = System.nanoTime();
                    state.compareAndSet(BUSY, WAITING);
                    arm(ctx);
                }
                ctx.write(msg, promise);
            }
        };

        /** Chosen to make way: on the connection's event loop, after its place was claimed. */
        void evict() {
            if (!channel.isOpen()) {
                return;
            }
            timer = RequestReadDeadline.cancel(timer);
            if (begun && raw != null) {
                LOG.debug("Closing {}: a request begun and not complete makes way for a new connection", channel.remoteAddress());
                raw.writeAndFlush(Unpooled.wrappedBuffer(refusal())).addListener(f -> channel.close());
            } else {
                LOG.debug("Closing {}: an idle connection makes way for a new one", channel.remoteAddress());
                channel.close();
            }
        }

        private void arm(ChannelHandlerContext ctx) {
            timer = RequestReadDeadline.cancel(timer);
            if (keepAliveMillis > 0) {
                timer = ctx.executor().schedule(() -> expire(ctx), keepAliveMillis, TimeUnit.MILLISECONDS);
            }
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
