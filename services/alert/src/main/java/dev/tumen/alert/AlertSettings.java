package dev.tumen.alert;

import dev.tumen.kafka.RecordLoop;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * Every {@code tumen.alert.*} setting, parsed once (see the configuration table in the README).
 *
 * @param backoff            when each attempt is made, counted from the previous failure; the first entry is the
 *                           first attempt and must be zero
 * @param jitter             each retry delay is multiplied by a random factor in [1 - jitter, 1 + jitter]
 * @param timeout            how long one attempt may take in total
 * @param connectTimeout     how long connecting may take
 * @param maxResponseBytes   how much of a receiver's response body is read (and kept in the delivery log)
 * @param maxInFlightPerSubscription the most attempts in flight to one subscriber; the adaptive limit moves between 1
 *                           and this, so one slow receiver cannot hold unbounded sockets
 * @param initialInFlightPerSubscription where a subscriber's adaptive limit starts
 *                           ({@code tumen.alert.delivery.ordered} sets both to 1: each subscriber's receiver gets an
 *                           alert only after it answered the one before, strictly in queue order)
 * @param slowAttempt        an attempt slower than this counts against the receiver like an error (the limit shrinks)
 * @param queueSize          alerts one subscriber may have waiting; a full queue pauses the consumer
 * @param queueWait          a full queue whose oldest alert waited longer than this (or whose receiver fails) moves its
 *                           newest half to the first retry tier, so it cannot hold the consumer for everyone
 * @param maxConcurrentRequests webhook requests open at once (all subscribers); more wait in a queue
 * @param slowRequest        a request unanswered this long stops counting against {@code maxConcurrentRequests} (its
 *                           slot goes to the next request) and counts against {@code maxSlowRequests} instead
 * @param maxSlowRequests    requests open longer than {@code slowRequest} at once; sockets are bounded by the sum
 * @param maxRetryAfter      the longest {@code Retry-After} honoured
 * @param autoPauseAfter     a subscription whose deliveries have failed without a success for this long is paused
 * @param logLookback        how far back the delivery log is read at start
 * @param logSize            delivery-log entries kept per subscription
 * @param logBudgetMb        MiB the kept delivery-log entries of all subscriptions may take (each keeps where its record is);
 *                           past it the oldest entries go first
 * @param storyWindow        how long a story stays open for new copies
 * @param storyMaxDistance   the largest SimHash Hamming distance of copies of one story
 * @param writeTimeout       how long the API waits for its own subscription write to become visible
 * @param createTopics       whether the service creates the topics it needs at start
 * @param topicPartitions    partitions of the topics it creates
 * @param handoverWait       how long a partition's revocation waits for the answer of an attempt on the wire, so that
 *                           the answer is written for its record and the next owner does not send it again; below the
 *                           record loop's bound for a hand-over ({@link RecordLoop#HAND_OVER_TIMEOUT}), which also
 *                           covers writing that answer
 */
public record AlertSettings(
        List<Duration> backoff,
        double jitter,
        Duration timeout,
        Duration connectTimeout,
        int maxResponseBytes,
        int maxInFlightPerSubscription,
        int initialInFlightPerSubscription,
        Duration slowAttempt,
        int queueSize,
        Duration queueWait,
        int maxConcurrentRequests,
        Duration slowRequest,
        int maxSlowRequests,
        Duration maxRetryAfter,
        Duration autoPauseAfter,
        Duration logLookback,
        int logSize,
        int logBudgetMb,
        Duration storyWindow,
        int storyMaxDistance,
        Duration writeTimeout,
        boolean createTopics,
        int topicPartitions,
        Duration handoverWait) {

    public AlertSettings {
        if (backoff.isEmpty() || !backoff.get(0).isZero()) {
            throw new ConfigurationException("tumen.alert.delivery.backoff must start with 0s (the first attempt), got " + backoff);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new ConfigurationException("tumen.alert.delivery.jitter must be in [0, 1), got " + jitter);
        }
        if (initialInFlightPerSubscription < 1 || initialInFlightPerSubscription > maxInFlightPerSubscription) {
            throw new ConfigurationException("tumen.alert.delivery.initial-in-flight-per-subscription must be in [1, "
                    + maxInFlightPerSubscription + "], got " + initialInFlightPerSubscription);
        }
        if (maxConcurrentRequests < 1 || maxSlowRequests < 0) {
            throw new ConfigurationException("tumen.alert.delivery.max-concurrent-requests must be at least 1 and max-slow-requests "
                    + "at least 0, got " + maxConcurrentRequests + " and " + maxSlowRequests);
        }
        if (slowRequest.isNegative() || slowRequest.isZero()) {
            throw new ConfigurationException("tumen.alert.delivery.slow-request must be positive, got " + slowRequest);
        }
        if (queueSize < 2) {
            throw new ConfigurationException("tumen.alert.delivery.queue-size must be at least 2, got " + queueSize);
        }
        if (handoverWait.isNegative() || handoverWait.compareTo(RecordLoop.HAND_OVER_TIMEOUT) >= 0) {
            throw new ConfigurationException("tumen.alert.delivery.handover-wait must be at least 0s and below the hand-over's own bound, "
                    + RecordLoop.HAND_OVER_TIMEOUT.toSeconds() + "s (which also covers writing the answer), got " + handoverWait);
        }
        if (storyMaxDistance < 0 || storyMaxDistance > 16) {
            throw new ConfigurationException("tumen.alert.story.max-distance must be in [0, 16], got " + storyMaxDistance);
        }
    }

    /** Number of retry tiers (each a topic): every attempt after the first. */
    public int retryTiers() {
        return backoff.size() - 1;
    }

    /** Total attempts before a delivery is dead-lettered. */
    public int maxAttempts() {
        return backoff.size();
    }

    @Factory
    static class FromConfig {
        @Singleton
        AlertSettings alertSettings(
                @Value("${tumen.alert.delivery.backoff:0s,5s,5m,30m,2h,5h,10h}") String backoff,
                @Value("${tumen.alert.delivery.jitter:0.2}") double jitter,
                @Value("${tumen.alert.delivery.timeout:15s}") String timeout,
                @Value("${tumen.alert.delivery.connect-timeout:5s}") String connectTimeout,
                @Value("${tumen.alert.delivery.max-response-bytes:2048}") int maxResponseBytes,
                @Value("${tumen.alert.delivery.max-in-flight-per-subscription:32}") int maxInFlight,
                @Value("${tumen.alert.delivery.initial-in-flight-per-subscription:4}") int initialInFlight,
                @Value("${tumen.alert.delivery.ordered:false}") boolean ordered,
                @Value("${tumen.alert.delivery.slow-attempt:5s}") String slowAttempt,
                @Value("${tumen.alert.delivery.queue-size:500}") int queueSize,
                @Value("${tumen.alert.delivery.queue-wait:10s}") String queueWait,
                @Value("${tumen.alert.delivery.max-concurrent-requests:256}") int maxConcurrent,
                @Value("${tumen.alert.delivery.slow-request:1s}") String slowRequest,
                @Value("${tumen.alert.delivery.max-slow-requests:768}") int maxSlow,
                @Value("${tumen.alert.delivery.max-retry-after:12h}") String maxRetryAfter,
                @Value("${tumen.alert.delivery.auto-pause-after:3d}") String autoPauseAfter,
                @Value("${tumen.alert.delivery.log-lookback:7d}") String logLookback,
                @Value("${tumen.alert.delivery.log-size:200}") int logSize,
                @Value("${tumen.alert.delivery.log-budget-mb:32}") int logBudgetMb,
                @Value("${tumen.alert.story.window:12h}") String storyWindow,
                @Value("${tumen.alert.story.max-distance:4}") int storyMaxDistance,
                @Value("${tumen.alert.write-timeout:5s}") String writeTimeout,
                @Value("${tumen.alert.create-topics:true}") boolean createTopics,
                @Value("${tumen.alert.topic-partitions:6}") int topicPartitions,
                @Value("${tumen.alert.delivery.handover-wait:5s}") String handoverWait) {
            if (ordered) {
                // One attempt per subscriber on the wire: the only way a receiver is sure to see alerts in order, since
                // requests on separate connections can overtake each other on the way to (and inside) the receiver.
                maxInFlight = 1;
                initialInFlight = 1;
            }
            return new AlertSettings(Durations.parseList(backoff), jitter, Durations.parse(timeout), Durations.parse(connectTimeout),
                    maxResponseBytes, maxInFlight, initialInFlight, Durations.parse(slowAttempt), queueSize, Durations.parse(queueWait),
                    maxConcurrent, Durations.parse(slowRequest), maxSlow, Durations.parse(maxRetryAfter), Durations.parse(autoPauseAfter),
                    Durations.parse(logLookback), logSize, logBudgetMb, Durations.parse(storyWindow), storyMaxDistance,
                    Durations.parse(writeTimeout), createTopics, topicPartitions, Durations.parse(handoverWait));
        }
    }
}
