package dev.tumen.classifier.bench;

import dev.tumen.classifier.ArticleClassifier;
import dev.tumen.model.PageReceived;
import java.util.List;

/**
 * Memory the classifier keeps once it has worked: classifies N pages (default 10,000, cycling through the benchmark
 * pages), drops the results, collects garbage and prints the heap still in use. What remains is the word lists,
 * the matchers and the language profiles, plus the JVM's own classes; a number that grows with N would be a leak.
 *
 * <pre>java -Xmx256m -cp (as for ClassifierBenchmark) dev.tumen.classifier.bench.HeapAfterRun [N]</pre>
 */
public final class HeapAfterRun {
    private HeapAfterRun() {
    }

    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<PageReceived> pages = BenchPages.all();
        ArticleClassifier classifier = new ArticleClassifier();
        long relevant = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            relevant += classifier.classify(pages.get(i % pages.size())).relevant() ? 1 : 0;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf("pages=%d relevant=%d seconds=%.1f heap_used_after_gc_mib=%.1f max_heap_mib=%d%n",
                n, relevant, seconds, used / 1048576.0, rt.maxMemory() / 1048576);
    }
}
