package dev.tumen.alert.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of the alert instance's threads by role, between two moments: what the alert spent per delivery, apart from
 * the broker, the receivers and the driver that share the bench's JVM. Collector and compiler threads are not Java
 * threads and are not counted.
 */
final class ThreadCpu {
    static final String[] ROLES = {"articles", "http", "producer", "tables", "retries", "timers"};
    /** The table readers, each on its own thread ({@code table-<topic>}), by the topic's short name. */
    static final String[] TABLES = {"subscriptions", "stories", "stream", "alerts", "deliveries"};
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds so far by thread id, for the alert's threads only; the role is read from the thread's name. */
    private final Map<Long, Long> cpu = new HashMap<>();
    private final Map<Long, String> role = new HashMap<>();

    private ThreadCpu() {
    }

    static ThreadCpu now() {
        ThreadCpu t = new ThreadCpu();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            String r = role(info.getThreadName());
            long ns = THREADS.getThreadCpuTime(info.getThreadId());
            if (r != null && ns >= 0) {
                t.cpu.put(info.getThreadId(), ns);
                t.role.put(info.getThreadId(), r);
            }
        }
        return t;
    }

    /** The alert's threads by name; null for the broker's, the receivers' and the driver's. */
    static String role(String name) {
        if (name.equals("loop-articles")) {
            return "articles";
        }
        if (name.equals("loop-retries")) {
            return "retries";
        }
        if (name.startsWith("table-")) {
            for (String t : TABLES) {
                // Test harnesses prefix the topics: table-t1a2b3c4.tumen.stories.v1
                if (name.contains("tumen." + t + ".v")) {
                    return "tables:" + t;
                }
            }
            return "tables";
        }
        if (name.startsWith("OkHttp")) {
            return "http";
        }
        if (name.startsWith("kafka-producer-network-thread | tumen-alert")) {
            return "producer";
        }
        if (name.equals("story-writes") || name.equals("webhook-slots") || name.equals("retry-timer") || name.equals("delivery-admin")) {
            return "timers";
        }
        return null;
    }

    /** CPU ms by role from {@code before} to this moment (threads started in between count from zero). */
    Map<String, Double> since(ThreadCpu before) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String r : ROLES) {
            out.put(r, 0.0);
        }
        Map<String, Double> tables = new LinkedHashMap<>();
        for (String t : TABLES) {
            tables.put("tables:" + t, 0.0);
        }
        cpu.forEach((id, ns) -> {
            double ms = (ns - before.cpu.getOrDefault(id, 0L)) / 1e6;
            String r = role.get(id);
            out.merge(r.startsWith("tables") ? "tables" : r, ms, Double::sum);
            if (tables.containsKey(r)) {
                tables.merge(r, ms, Double::sum);
            }
        });
        out.putAll(tables);
        return out;
    }

    /** One line: CPU µs per delivery by role, and the sum. */
    static String perDelivery(Map<String, Double> ms, long deliveries) {
        StringBuilder b = new StringBuilder("alert threads' CPU per attempt (µs):");
        double all = 0;
        for (Map.Entry<String, Double> e : ms.entrySet()) {
            if (!e.getKey().startsWith("tables:")) {
                all += e.getValue();
            }
            b.append(String.format(e.getKey().equals("tables:subscriptions") ? " (%s %.0f" : e.getKey().equals("tables:deliveries") ? " %s %.0f)"
                    : " %s %.0f", e.getKey().replace("tables:", ""), e.getValue() * 1000 / Math.max(1, deliveries)));
        }
        return b.append(String.format("; all %.0f (%d attempts, %.0f ms)", all * 1000 / Math.max(1, deliveries), deliveries, all)).toString();
    }
}
