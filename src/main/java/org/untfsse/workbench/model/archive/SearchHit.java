package org.untfsse.workbench.model.archive;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of a result list: enough to show it without loading the whole document. The snippet
 * marks matched terms with {@link #MARK_START} and {@link #MARK_END}; it is empty without a query.
 */
public record SearchHit(UUID id, String title, DocumentKind kind, String symbol, LocalDate date,
                        String fileName, ExtractionStatus extraction, String snippet) {

    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';
}
