package dev.tumen.ingest.api;

import dev.tumen.ingest.page.PageIntake;

/**
 * The answer to a push or fetch.
 *
 * @param id        the page id (of the already published page, for a duplicate)
 * @param duplicate {@code true} when the page had been published before and nothing was published now
 * @param url       the canonical URL the page is known by, or {@code null}
 */
public record PageAccepted(String id, boolean duplicate, String url) {
    static PageAccepted of(PageIntake.Outcome o) {
        return new PageAccepted(o.id(), o.duplicate(), o.url());
    }
}
