package org.untfsse.workbench.model.archive;

/** How search results are ordered. */
public enum SearchSort {
    RELEVANCE, NEWEST, OLDEST, TITLE
}
