package dev.tumen.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.tumen.ingest.page.Refusal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** RSS 0.9x/1.0/2.0 and Atom through Rome, reduced to what ingest needs from each entry. */
public final class FeedParser {
    private FeedParser() {
    }

    /**
     * @param link      the entry's page, resolved against the feed URL, or {@code null}
     * @param title     entry title, or {@code null}
     * @param published entry publication (else update) time, or {@code null}
     * @param summary   entry content or description (HTML), or {@code null}
     */
    public record Entry(String link, String title, Instant published, String summary) {
    }

    public record Parsed(String title, String type, List<Entry> entries) {
    }

    /** @throws Refusal {@code feed-unparseable} when the bytes are not a feed */
    public static Parsed parse(byte[] bytes, URI feedUrl) {
        refuseOutsized(bytes, feedUrl);
        SyndFeedInput input = new SyndFeedInput();
        // No DOCTYPEs: the classic XXE door of feed readers stays shut (Rome's default, made explicit).
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new Refusal(502, "feed-unparseable", "the feed at " + feedUrl + " is not RSS or Atom: " + firstLine(e.getMessage()));
        }
        List<Entry> entries = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            entries.add(new Entry(link(e, feedUrl), blankToNull(e.getTitle()), instant(e.getPublishedDate(), e.getUpdatedDate()),
                    summary(e)));
        }
        return new Parsed(blankToNull(feed.getTitle()), feed.getFeedType(), entries);
    }

    /**
     * Elements nested deeper than any feed needs (an Atom entry's XHTML content included). Rome's parse takes time
     * growing with the square of the depth: a 1.4 MB feed of 200,000 nested elements held a thread for a minute of
     * CPU, and the 5 MB body cap allows ten times that (probe of session 29).
     */
    static final int MAX_DEPTH = 256;
    /**
     * Entries and elements past what any feed holds. Rome keeps the whole tree and an object graph per entry: a 3.3 MB
     * feed of 100,000 one-line items ran ingest (96 MB of heap) out of memory, and the feeds table's reader died with it
     * (probe of session 29). A poll publishes at most 50 pages; 10,000 entries of 10 elements parse in 1.4 s in 48 MB.
     */
    static final int MAX_ENTRIES = 10_000;
    static final int MAX_ELEMENTS = 100_000;

    /** A streaming pass, linear in the bytes and holding nothing, before Rome builds its tree; what it cannot read, Rome reports. */
    private static void refuseOutsized(byte[] bytes, URI feedUrl) {
        javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newDefaultFactory();
        factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            javax.xml.stream.XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            int depth = 0;
            int elements = 0;
            int entries = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (++depth > MAX_DEPTH) {
                        throw outsized(feedUrl, "nests elements more than " + MAX_DEPTH + " deep");
                    }
                    if (++elements > MAX_ELEMENTS) {
                        throw outsized(feedUrl, "holds more than " + MAX_ELEMENTS + " elements");
                    }
                    if ((name.equals("item") || name.equals("entry")) && ++entries > MAX_ENTRIES) {
                        throw outsized(feedUrl, "holds more than " + MAX_ENTRIES + " entries");
                    }
                } else if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (javax.xml.stream.XMLStreamException | RuntimeException e) {
            if (e instanceof Refusal r) {
                throw r;
            }
            // Not well-formed here: Rome's parse below says what is wrong, in its words.
        }
    }

    private static Refusal outsized(URI feedUrl, String what) {
        return new Refusal(502, "feed-unparseable", "the feed at " + feedUrl + " " + what + ", which no RSS or Atom feed does");
    }

    private static String link(SyndEntry e, URI base) {
        String link = blankToNull(e.getLink());
        if (link == null && e.getUri() != null && e.getUri().startsWith("http")) {
            link = e.getUri();
        }
        if (link == null) {
            return null;
        }
        try {
            return base.resolve(link.trim()).toString();
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static String summary(SyndEntry e) {
        if (e.getContents() != null && !e.getContents().isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null) {
                    b.append(c.getValue()).append('\n');
                }
            }
            return blankToNull(b.toString());
        }
        return e.getDescription() == null ? null : blankToNull(e.getDescription().getValue());
    }

    private static Instant instant(Date published, Date updated) {
        Date d = published != null ? published : updated;
        return d == null ? null : d.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
