package org.untfsse.workbench.ui.archive;

import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.untfsse.workbench.model.archive.SearchHit;

/**
 * A fixed-size list over one search's results that fetches rows from the database a page at a
 * time, when the table first asks for them, and keeps only the last few pages. The table can
 * scroll through 100,000 results while a few hundred rows are in memory. A new search makes a
 * new list, so this one never changes.
 */
final class PagedResults extends AbstractList<SearchHit> {

    static final int PAGE_SIZE = 200;
    private static final int PAGES_KEPT = 8;

    /** Fetches {@code limit} rows from {@code offset}. */
    @FunctionalInterface
    interface PageLoader {
        List<SearchHit> load(int offset, int limit);
    }

    private final int size;
    private final PageLoader loader;
    private final Map<Integer, List<SearchHit>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<SearchHit>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private int pagesLoaded;

    PagedResults(int size, PageLoader loader) {
        this.size = size;
        this.loader = loader;
    }

    @Override
    public SearchHit get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        List<SearchHit> rows = pages.computeIfAbsent(page, p -> {
            pagesLoaded++;
            return loader.load(p * PAGE_SIZE, PAGE_SIZE);
        });
        int offset = index % PAGE_SIZE;
        // A document deleted since the count was taken leaves the page short: show nothing there.
        return offset < rows.size() ? rows.get(offset) : null;
    }

    @Override
    public int size() {
        return size;
    }

    /** How many pages have been fetched so far (for tests: proves nothing loads everything). */
    int pagesLoaded() {
        return pagesLoaded;
    }

    int pagesInMemory() {
        return pages.size();
    }
}
