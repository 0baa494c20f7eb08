package dev.tumen.classifier.kafka;

import dev.tumen.common.kafka.TopicNames;
import dev.tumen.kafka.ClientConfigs;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.kafka.FailurePolicy;
import dev.tumen.kafka.LoopHealth;
import dev.tumen.kafka.LoopMetrics;
import dev.tumen.kafka.RecordKeys;
import dev.tumen.kafka.TransactionalLoop;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Hashes;
import dev.tumen.model.Json;
import dev.tumen.model.PageReceived;
import dev.tumen.model.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raw pages in, labelled articles out, exactly once: the shared {@link TransactionalLoop} (one per thread) commits
 * each poll's labels, dead letters and consumed offsets in one Kafka transaction, so a {@code read_committed}
 * reader sees exactly one labelled record per raw page, whatever crashes.
 *
 * <p>A page that cannot be labelled (not a page, a labelling failure, a label too large to write) is retried as
 * {@code tumen.classifier.failure.*} says and then dead-lettered with the reason, counted and logged: never turned
 * into an "irrelevant" label, never blocking the pages behind it.
 */
@Context
public class LabellingPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(LabellingPipeline.class);
    private static final String SERVICE = "tumen-classifier";
    static final String CE_SOURCE = "/tumen/classifier";

    private final PageLabeller labeller;
    private final TopicNames topics;
    private final ClassifierSettings settings;
    private final Map<?, ?> kafkaProperties;
    private final String groupId;
    private final MeterRegistry meters;
    private final List<TransactionalLoop> loops = new ArrayList<>();
    private final String outputTopic;
    private final Counter labelled;
    private final Counter relevant;
    private final Timer labelTime;

    public LabellingPipeline(PageLabeller labeller, TopicNames topics, ClassifierSettings settings,
                             KafkaDefaultConfiguration kafka, MeterRegistry meters,
                             @Value("${micronaut.application.name}") String applicationName) {
        this.labeller = labeller;
        this.topics = topics;
        this.settings = settings;
        this.outputTopic = outputTopic(settings.getOutputTopic(), topics);
        this.kafkaProperties = kafka.getConfig();
        this.meters = meters;
        this.groupId = settings.getGroupId() == null || settings.getGroupId().isBlank()
                ? topics.prefix() + applicationName : settings.getGroupId();
        this.labelled = meters.counter("tumen.classifier.pages", "outcome", "labelled");
        this.relevant = meters.counter("tumen.classifier.relevant");
        this.labelTime = Timer.builder("tumen.classifier.label.time").publishPercentiles(0.5, 0.99).register(meters);
    }

    @PostConstruct
    void start() {
        FailurePolicy policy = FailurePolicy.of(settings.getFailure().getMaxAttempts(), settings.getFailure().getBackoff(),
                settings.getFailure().getOnFailure());
        LoopMetrics metrics = new LoopMetrics(meters, "labeller");
        for (int i = 0; i < settings.getThreads(); i++) {
            String clientId = settings.getInstanceId() + "-labeller-" + i;
            Map<String, Object> consumer = ClientConfigs.consumer(kafkaProperties);
            consumer.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
            consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(settings.getMaxBatch()));
            consumer.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
            // Smaller answers than Kafka's 50 MiB: resident memory at saturation (ClassifierSettings.fetchMaxBytes).
            consumer.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(settings.getFetchMaxBytes()));
            Map<String, Object> producer = ClientConfigs.producer(kafkaProperties);
            // Stable per instance and thread: a restart fences the crashed predecessor and aborts its open transaction.
            producer.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, groupId + "-" + settings.getInstanceId() + "-" + i);
            producer.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, Long.toString(settings.getTransactionTimeout().toMillis()));
            // Commit latency matters more than batching at the rates a news monitor sees.
            producer.put(ProducerConfig.LINGER_MS_CONFIG, "1");
            // A labelled article carries its body (several KB), and a batch's articles are sent in one burst after its
            // pages are labelled: lz4 in 64 KiB batches writes one partition's share of a transaction as one or two
            // compressed batches instead of a batch per record or two (16 KiB default), less for the broker to append
            // and for every read_committed reader to fetch. KAFKA_COMPRESSION_TYPE / KAFKA_BATCH_SIZE still win.
            producer.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
            producer.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, "65536");
            // A transaction's first sends to a partition are answered CONCURRENT_TRANSACTIONS until the previous commit's
            // markers are written there (milliseconds), and the next batch is ready as the commit returns: retry after
            // 10 ms rather than 100. The backoff still grows to retry.backoff.max.ms (1 s) for real outages.
            producer.putIfAbsent(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, "10");
            producer.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
            loops.add(new TransactionalLoop(new TransactionalLoop.Settings("labeller-" + i, SERVICE, List.of(topics.pages()),
                    consumer, producer, policy), this::label, metrics).overlapCommits(settings.isOverlapCommit())
                    // Pages arriving within batch-wait of a batch's first share its transaction; gathered by the loop, so
                    // the consumer keeps Kafka's fetch defaults and an idle one costs the broker two fetches a second
                    // (ClassifierSettings.batchWait).
                    .gather(settings.getBatchWait(), settings.getMaxBatch(), settings.getBatchBytes())
                    // A page reaching a thread that waited a whole batch-wait for it is labelled at once
                    // (ClassifierSettings.gatherAfterIdle).
                    .gatherAfterIdle(settings.isGatherAfterIdle()).start());
        }
        LOG.info("Labelling {} -> {} with {} thread(s), group {}, model {}, on failure: {}, commits overlapping labelling: {}, batch wait {} ms ({})",
                topics.pages(), outputTopic(), settings.getThreads(), groupId, dev.tumen.classifier.ArticleClassifier.MODEL, policy,
                settings.isOverlapCommit(), settings.getBatchWait().toMillis(),
                settings.isGatherAfterIdle() ? "every batch" : "busy threads only");
    }

    private List<ProducerRecord<String, byte[]>> label(ConsumerRecord<String, byte[]> record) {
        long start = System.nanoTime();
        PageReceived page = Json.read(record.value(), PageReceived.class);
        RecordKeys.requireKey(record, page.id(), "page id");
        ArticleLabelled article = labeller.label(page);
        labelTime.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        labelled.increment();
        if (article.relevant()) {
            relevant.increment();
        }
        return List.of(new ProducerRecord<>(outputTopic(), null, article.id(), Json.bytes(article), headers(page, article)));
    }

    /**
     * The CloudEvents headers of {@code article}, labelled from {@code page}: its {@code ce_id} named by the event type,
     * the page, the page's content and the model (probe of session 43). Labels are written in transactions, and a
     * transaction aborted and retried, a page re-read after a crash or rebalance, or one page written twice labels the
     * same content again: each attempt drew a random id, so a {@code read_uncommitted} reader saw an aborted copy as
     * another event, and a reader deduplicating by {@code ce_source} and {@code ce_id} (as CloudEvents 1.0 lets it) took
     * a relabelled page for two articles. The same page under another model is another event (a relabelling).
     */
    static Headers headers(PageReceived page, ArticleLabelled article) {
        String type = Topics.ARTICLES_TOPIC.ceType();
        // The hash ingest wrote, or the content's own when another producer left it out: never the URL alone, which
        // another content of the same page shares.
        String content = page.contentHash() != null ? page.contentHash()
                : Hashes.sha256(page.content() == null ? "" : page.content());
        return CloudEvents.headers(type, CE_SOURCE, article.id(),
                CloudEvents.idNamed(type, page.id(), content, String.valueOf(article.model())));
    }

    @PreDestroy
    void stop() {
        loops.forEach(TransactionalLoop::close);
    }

    /** Each loop's view of itself, for the health endpoint. */
    public List<LoopHealth> health() {
        return loops.stream().map(TransactionalLoop::health).toList();
    }

    public String groupId() {
        return groupId;
    }

    private String outputTopic() {
        return outputTopic;
    }

    /**
     * The topic labels go to: {@code tumen.classifier.output-topic}, or the articles topic when blank. One Kafka cannot
     * name started the service healthy with every transaction failing, and the pages topic itself had the classifier
     * read its own labels back as pages (probe of session 28): both stop start-up.
     */
    static String outputTopic(String configured, TopicNames topics) {
        if (configured == null || configured.isBlank()) {
            return topics.articles();
        }
        String setting = "tumen.classifier.output-topic (TUMEN_CLASSIFIER_OUTPUT_TOPIC)";
        TopicNames.requireTopicName(setting, configured, configured.length());
        if (configured.equals(topics.pages())) {
            throw new io.micronaut.context.exceptions.ConfigurationException(setting + " is " + configured
                    + ", the topic the classifier reads pages from; labels go to another topic (by default " + topics.articles() + ")");
        }
        return configured;
    }
}
