package dev.tumen.ingest.dedup;

import dev.tumen.ingest.page.Refusal;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
    private final CountDownLatch loaded = new CountDownLatch(1);
    private final Duration loadWait;

    public SeenPages(Duration loadWait) {
        this.loadWait = loadWait;
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
        ids.put(seen.id(), seen.contentHash() == null ? "-" : seen.contentHash());
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
        return null;
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
