package dev.tumen.classifier.kafka;

import dev.tumen.common.kafka.TopicNames;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.kafka.DeadLetters;
import dev.tumen.model.Json;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raw pages in, labelled articles out, exactly once: each poll's labels, dead letters and consumed
 * offsets are committed in one Kafka transaction (KIP-447 consume–transform–produce), so a
 * {@code read_committed} reader sees exactly one labelled record per raw page, whatever crashes.
 *
 * <p>Written on the plain clients rather than a {@code @KafkaListener}: a poison record must go to the
 * dead-letter topic inside the same transaction as the good records around it, which a
 * {@code @SendTo} listener (one output topic) cannot express.
 *
 * <p>Errors are sorted the way the Kafka examples do: a record that cannot be labelled is data
 * (dead-letter it, move on); a fenced producer or authorisation failure is fatal for the worker; any
 * other Kafka error aborts the transaction and re-reads the batch.
 */
@Context
public class LabellingPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(LabellingPipeline.class);
    private static final String SERVICE = "tumen-classifier";

    private final PageLabeller labeller;
    private final TopicNames topics;
    private final ClassifierSettings settings;
    private final Properties kafkaProperties;
    private final String groupId;
    private final List<Worker> workers = new ArrayList<>();
    private final Counter labelled;
    private final Counter relevant;
    private final Counter deadLettered;
    private final Counter aborted;
    private final Timer labelTime;
    private final AtomicLong lastProgress = new AtomicLong(System.currentTimeMillis());

    public LabellingPipeline(PageLabeller labeller, TopicNames topics, ClassifierSettings settings,
                             KafkaDefaultConfiguration kafka, MeterRegistry meters,
                             @Value("${micronaut.application.name}") String applicationName) {
        this.labeller = labeller;
        this.topics = topics;
        this.settings = settings;
        this.kafkaProperties = kafka.getConfig();
        this.groupId = settings.getGroupId() == null || settings.getGroupId().isBlank()
                ? topics.prefix() + applicationName : settings.getGroupId();
        this.labelled = meters.counter("tumen.classifier.pages", "outcome", "labelled");
        this.relevant = meters.counter("tumen.classifier.relevant");
        this.deadLettered = meters.counter("tumen.classifier.pages", "outcome", "dead-letter");
        this.aborted = meters.counter("tumen.classifier.transactions.aborted");
        this.labelTime = Timer.builder("tumen.classifier.label.time").publishPercentiles(0.5, 0.99).register(meters);
    }

    @PostConstruct
    void start() {
        for (int i = 0; i < settings.getThreads(); i++) {
            Worker worker = new Worker(i);
            workers.add(worker);
            Thread thread = new Thread(worker, "labeller-" + i);
            thread.setDaemon(false);
            worker.thread = thread;
            thread.start();
        }
        LOG.info("Labelling {} -> {} with {} thread(s), group {}, model {}", topics.pages(), outputTopic(),
                settings.getThreads(), groupId, dev.tumen.classifier.ArticleClassifier.MODEL);
    }

    @PreDestroy
    void stop() {
        workers.forEach(Worker::shutdown);
        for (Worker worker : workers) {
            try {
                worker.thread.join(Duration.ofSeconds(20).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether every worker is running (for the health endpoint). */
    public boolean healthy() {
        return !workers.isEmpty() && workers.stream().allMatch(w -> w.thread.isAlive() && w.failure == null);
    }

    /** Time of the last committed batch, or of start-up. */
    public Instant lastProgress() {
        return Instant.ofEpochMilli(lastProgress.get());
    }

    public String groupId() {
        return groupId;
    }

    private String outputTopic() {
        return settings.getOutputTopic().isBlank() ? topics.articles() : settings.getOutputTopic();
    }

    private final class Worker implements Runnable, ConsumerRebalanceListener {
        private final int index;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private volatile Thread thread;
        private volatile Throwable failure;
        private KafkaConsumer<String, byte[]> consumer;

        Worker(int index) {
            this.index = index;
        }

        void shutdown() {
            running.set(false);
            KafkaConsumer<String, byte[]> c = consumer;
            if (c != null) {
                c.wakeup();
            }
        }

        @Override
        public void run() {
            while (running.get()) {
                try (KafkaConsumer<String, byte[]> c = newConsumer(); KafkaProducer<String, byte[]> producer = newProducer()) {
                    consumer = c;
                    producer.initTransactions();
                    c.subscribe(List.of(topics.pages()), this);
                    failure = null;
                    loop(c, producer);
                } catch (WakeupException | InterruptException e) {
                    if (running.get()) {
                        LOG.warn("labeller-{} interrupted unexpectedly; restarting", index);
                    }
                } catch (ProducerFencedException | InvalidProducerEpochException e) {
                    // Another instance took over our transactional id (a duplicate instance-id, or we were a zombie).
                    LOG.error("labeller-{} was fenced ({}); restarting with fresh clients", index, e.toString());
                    failure = e;
                    pause();
                } catch (AuthorizationException | UnsupportedVersionException e) {
                    LOG.error("labeller-{} cannot work against this cluster: {}", index, e.toString());
                    failure = e;
                    pause();
                } catch (RuntimeException e) {
                    LOG.error("labeller-{} failed; restarting its clients", index, e);
                    failure = e;
                    pause();
                }
            }
            LOG.info("labeller-{} stopped", index);
        }

        private void pause() {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.set(false);
            }
        }

        private void loop(KafkaConsumer<String, byte[]> c, KafkaProducer<String, byte[]> producer) {
            while (running.get()) {
                ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(250));
                if (records.isEmpty()) {
                    continue;
                }
                producer.beginTransaction();
                try {
                    for (ConsumerRecord<String, byte[]> record : records) {
                        producer.send(transform(record));
                    }
                    producer.sendOffsetsToTransaction(nextOffsets(records), c.groupMetadata());
                    producer.commitTransaction();
                    lastProgress.set(System.currentTimeMillis());
                } catch (ProducerFencedException | InvalidProducerEpochException | AuthorizationException e) {
                    throw e;
                } catch (KafkaException e) {
                    LOG.warn("labeller-{} aborting a batch of {} and re-reading it: {}", index, records.count(), e.toString());
                    aborted.increment();
                    producer.abortTransaction();
                    rewind(c, records);
                }
            }
        }

        private ProducerRecord<String, byte[]> transform(ConsumerRecord<String, byte[]> record) {
            try {
                long start = System.nanoTime();
                ArticleLabelled article = labeller.label(record.value());
                labelTime.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
                labelled.increment();
                if (article.relevant()) {
                    relevant.increment();
                }
                ProducerRecord<String, byte[]> out = new ProducerRecord<>(outputTopic(), null, article.id(), Json.bytes(article),
                        CloudEvents.headers(CloudEvents.TYPE_ARTICLE_LABELLED, "/tumen/classifier", article.id()));
                return out;
            } catch (RuntimeException e) {
                // Labelling is deterministic: a record that fails now fails on every retry, so it is data, not an outage.
                deadLettered.increment();
                LOG.warn("dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
                return DeadLetters.of(record, e, SERVICE);
            }
        }

        private Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> records) {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            for (TopicPartition partition : records.partitions()) {
                List<ConsumerRecord<String, byte[]>> list = records.records(partition);
                offsets.put(partition, new OffsetAndMetadata(list.get(list.size() - 1).offset() + 1));
            }
            return offsets;
        }

        private void rewind(KafkaConsumer<String, byte[]> c, ConsumerRecords<String, byte[]> records) {
            for (TopicPartition partition : records.partitions()) {
                c.seek(partition, records.records(partition).get(0).offset());
            }
        }

        private KafkaConsumer<String, byte[]> newConsumer() {
            Properties p = new Properties();
            p.putAll(kafkaProperties);
            p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
            // Offsets are committed inside the producer's transaction, never by the consumer.
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            // Only committed pages: an aborted ingest transaction must not be labelled.
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            // A new group (first start, or a replay) starts from the oldest page rather than only new ones.
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(settings.getMaxBatch()));
            p.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.getInstanceId() + "-labeller-" + index);
            return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        }

        private KafkaProducer<String, byte[]> newProducer() {
            Properties p = new Properties();
            p.putAll(kafkaProperties);
            // Stable per instance and thread: a restart fences the crashed predecessor and aborts its open transaction.
            p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, groupId + "-" + settings.getInstanceId() + "-" + index);
            p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, Long.toString(settings.getTransactionTimeout().toMillis()));
            // Commit latency matters more than batching at the rates a news monitor sees.
            p.put(ProducerConfig.LINGER_MS_CONFIG, "1");
            p.put(ProducerConfig.CLIENT_ID_CONFIG, settings.getInstanceId() + "-labeller-" + index);
            return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            LOG.info("labeller-{} revoked {}", index, partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            LOG.info("labeller-{} assigned {}", index, partitions);
        }
    }
}
