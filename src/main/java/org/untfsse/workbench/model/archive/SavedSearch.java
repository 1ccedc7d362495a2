package org.untfsse.workbench.model.archive;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A search the user named to run again: its query text, filters and order. */
public record SavedSearch(UUID id, String name, String query, DocumentFilter filter, SearchSort sort, Instant updatedAt) {

    public SavedSearch {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
        query = query == null ? "" : query;
        filter = filter == null ? DocumentFilter.NONE : filter;
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    @Override
    public String toString() {
        return name;
    }
}
