package dev.tumen.ingest.dedup;

import dev.tumen.ingest.page.Refusal;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pages this deployment has published, by id and by content hash. Filled from the seen-pages topic
 * (all instances' publications) and by this instance's own publications. A page is "claimed" while it
 * is being handed to Kafka so that two concurrent pushes of one page publish it once.
 *
 * <p>Cross-instance races are narrowed, not closed: two instances receiving the same new page within
 * the same few milliseconds may both publish it; consumers key by page id, so the copy is harmless.
 */
public class SeenPages {
    private static final String CLAIMED = "";
    /** id -> content hash ({@link #CLAIMED} while in flight). */
    private final ConcurrentHashMap<String, String> ids = new ConcurrentHashMap<>();
    /** content hash -> id of the page that carried it first. */
    private final ConcurrentHashMap<String, String> hashes = new ConcurrentHashMap<>();
    /**
     * content hash -> id of the first page with a URL that carried it. A page with a URL is a duplicate only of another
     * page with a URL: a URL-less push of the same text first must not suppress the genuine page.
     */
    private final ConcurrentHashMap<String, String> urlHashes = new ConcurrentHashMap<>();
    /**
     * Ids in the order they became known: the oldest are forgotten past {@link #maxPages}. The topic keeps every page
     * forever, so without a bound the table grew by about 320 bytes of heap a page until ingest ran out of memory
     * (about 150,000 pages with a 96 MB heap): a page older than the newest {@code maxPages} may be published again.
     */
    private final ConcurrentLinkedQueue<String> order = new ConcurrentLinkedQueue<>();
    private final AtomicLong forgotten = new AtomicLong();
    private final int maxPages;
    private final CountDownLatch loaded = new CountDownLatch(1);
    private final Duration loadWait;

    public SeenPages(Duration loadWait) {
        this(loadWait, Integer.MAX_VALUE);
    }

    public SeenPages(Duration loadWait, int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("tumen.ingest.seen.max-pages must be at least 1, got " + maxPages);
        }
        this.loadWait = loadWait;
        this.maxPages = maxPages;
    }

    /** Called once the seen-pages topic has been read up to its end offsets at start-up. */
    public void markLoaded() {
        loaded.countDown();
    }

    public boolean isLoaded() {
        return loaded.getCount() == 0;
    }

    /** A publication read from the topic (ours or another instance's). */
    public void remember(SeenPage seen) {
        // Hashes before the id: whoever sees the id known also finds its content known.
        if (seen.contentHash() != null) {
            hashes.putIfAbsent(seen.contentHash(), seen.id());
            if (seen.url() != null) {
                urlHashes.putIfAbsent(seen.contentHash(), seen.id());
            }
        }
        if (ids.put(seen.id(), seen.contentHash() == null ? "-" : seen.contentHash()) == null) {
            added(seen.id());
        }
    }

    /**
     * Whether this page's publication is known here with its content hash: its seen record, read back from the topic,
     * can only say what {@link #remember} already holds (the id is the URL's and content's hash, so one id has one
     * content hash). Most seen records ingest reads are its own, so the reader skips their JSON (about 2 % of ingest's
     * CPU at saturation, session 13's profile). Not while the claim is in flight: its record is then read in full.
     */
    public boolean confirmed(String id) {
        return confirmedHash(id) != null;
    }

    /** The content hash held for a confirmed publication of {@code id}, or {@code null} (see {@link #confirmed}). */
    public String confirmedHash(String id) {
        // A record without a key is malformed: the reader's own checks say so.
        String hash = id == null ? null : ids.get(id);
        return hash == null || CLAIMED.equals(hash) || "-".equals(hash) ? null : hash;
    }

    /** Whether a page with this id was published (or is being published now). */
    public boolean knowsId(String id) {
        awaitLoaded();
        return ids.containsKey(id);
    }

    /**
     * Claims a page for publication.
     *
     * @return {@code null} when the caller now owns the page and must {@link #confirm} or {@link #release}
     *         it, else the id of the already published page it duplicates
     */
    public String claim(String id, String contentHash) {
        return claim(id, contentHash, false);
    }

    /**
     * @param hasUrl whether the page is known by a URL: such a page is a duplicate only of pages with a URL (or of the
     *               same URL); a page without one is a duplicate of any page with the same content
     */
    public String claim(String id, String contentHash, boolean hasUrl) {
        awaitLoaded();
        ConcurrentHashMap<String, String> byContent = hasUrl ? urlHashes : hashes;
        String byHash = byContent.get(contentHash);
        if (byHash != null) {
            return byHash;
        }
        String previous = ids.putIfAbsent(id, CLAIMED);
        if (previous != null) {
            return id;
        }
        String raced = byContent.putIfAbsent(contentHash, id);
        if (raced != null) {
            ids.remove(id, CLAIMED);
            return raced;
        }
        if (hasUrl) {
            hashes.putIfAbsent(contentHash, id);
        }
        added(id);
        return null;
    }

    private void added(String id) {
        order.add(id);
        // The newest pages are the ones still being pushed and polled again; a claim in flight is never forgotten.
        for (int spins = 0; ids.size() > maxPages && spins < 64; spins++) {
            String oldest = order.poll();
            if (oldest == null) {
                return;
            }
            String hash = ids.get(oldest);
            if (CLAIMED.equals(hash)) {
                order.add(oldest);
            } else if (hash != null && ids.remove(oldest, hash)) {
                hashes.remove(hash, oldest);
                urlHashes.remove(hash, oldest);
                forgotten.incrementAndGet();
            }
        }
    }

    /** Pages forgotten to stay within {@code tumen.ingest.seen.max-pages}. */
    public long forgotten() {
        return forgotten.get();
    }

    public void confirm(String id, String contentHash) {
        ids.put(id, contentHash);
    }

    /** Gives a claim back after a failed publication, so a retry can publish the page. */
    public void release(String id, String contentHash) {
        ids.remove(id, CLAIMED);
        hashes.remove(contentHash, id);
        urlHashes.remove(contentHash, id);
    }

    public int size() {
        return ids.size();
    }

    private void awaitLoaded() {
        try {
            if (!loaded.await(loadWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Refusal(503, "warming-up", "ingest is still reading which pages were already published; retry shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refusal(503, "warming-up", "interrupted while waiting for the seen-pages topic");
        }
    }
}
