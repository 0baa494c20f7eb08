package dev.tumen.ingest.api;

import dev.tumen.ingest.feed.Feed;

/**
 * The answer to {@code POST /feeds/{id}/poll}.
 *
 * @param published pages this poll published
 * @param feed      the feed after the poll
 */
public record PollResult(int published, Feed feed) {
}
