package dev.tumen.classifier.bench;

import dev.tumen.classifier.ArticleClassifier;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.PageReceived;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Throughput of the whole production path ({@link ArticleClassifier#classify}: extraction, language, gazetteer,
 * relevance, severity, evidence, SimHash) on one thread, in pages per second. {@code medianPage} is the figure the
 * target (1,000 pages/s on one core) is stated for: the median-length page of the dev corpus. {@code corpusMix}
 * cycles through every page, short and long. {@code longTextPage} is the 30 KB plain-text page {@code bin/tumen bench}
 * sends (issue 15 item 4). One classifier is shared by all benchmark threads, as the pipeline's threads share
 * one, so {@code -t 2} shows whether two threads scale or contend.
 *
 * <p>Run (from the repository root):
 * <pre>
 * ./mvnw -o -q -pl services/classifier test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp services/classifier/target/test-classes:services/classifier/target/classes:$(cat /tmp/cp.txt) \
 *     dev.tumen.classifier.bench.ClassifierBenchmark
 * </pre>
 * or, for other JMH options, {@code org.openjdk.jmh.Main ClassifierBenchmark -f 1 -wi 3 -i 5 -t 1} with the same class path.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassifierBenchmark {
    /** What every thread shares: the classifier (as {@code PageLabeller} shares one) and the pages. */
    @State(Scope.Benchmark)
    public static class Shared {
        ArticleClassifier classifier;
        PageReceived median;
        PageReceived longText;
        List<PageReceived> corpus;

        @Setup
        public void setUp() {
            classifier = new ArticleClassifier();
            median = BenchPages.median();
            longText = BenchPages.longText();
            corpus = BenchPages.all();
        }
    }

    private int next;

    @Benchmark
    public ArticleLabelled medianPage(Shared shared) {
        return shared.classifier.classify(shared.median);
    }

    @Benchmark
    public ArticleLabelled longTextPage(Shared shared) {
        return shared.classifier.classify(shared.longText);
    }

    @Benchmark
    public ArticleLabelled corpusMix(Shared shared) {
        PageReceived page = shared.corpus.get(next);
        next = next + 1 == shared.corpus.size() ? 0 : next + 1;
        return shared.classifier.classify(page);
    }

    public static void main(String[] args) throws RunnerException {
        System.out.println("pages from " + BenchPages.source() + "; median page " + BenchPages.median().content().length() + " chars; long text page "
                + BenchPages.longText().content().length() + " chars");
        new Runner(new OptionsBuilder().include(ClassifierBenchmark.class.getSimpleName()).build()).run();
    }
}
