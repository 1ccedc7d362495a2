package org.untfsse.workbench.store.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.untfsse.workbench.model.archive.DocumentFilter;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.ExtractionStatus;
import org.untfsse.workbench.model.archive.SearchHit;
import org.untfsse.workbench.model.archive.SearchSort;
import org.untfsse.workbench.store.common.Sql;

/**
 * Finds documents: with an FTS5 expression (already made safe by the service), ranked by bm25 with
 * highlighted snippets; without one, straight from the document table. Results come a page at a
 * time (offset/limit), and are counted separately, so no caller ever holds every row.
 */
public final class DocumentSearchRepository {

    private static final String HIT_COLUMNS = "d.id, d.title, d.kind, d.symbol, d.doc_date, d.file_name, d.extraction_status";
    private static final String SNIPPET = "snippet(document_fts, -1, char(2), char(3), '…', 14)";

    private final Sql sql;

    public DocumentSearchRepository(Sql sql) {
        this.sql = sql;
    }

    /** Text searches count at most this many matches; the view shows "10,000+" beyond. */
    public static final int COUNT_CAP = 10_001;

    /**
     * One page of results; {@code ftsExpression} null or blank lists every document that passes the
     * filter. A text search first picks the page's row ids (sorting only rowid and rank, so bm25 is the
     * only per-match cost), then makes snippets for those rows alone.
     */
    public List<SearchHit> page(String ftsExpression, DocumentFilter filter, SearchSort sort, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder q = new StringBuilder();
        boolean text = ftsExpression != null && !ftsExpression.isBlank();
        if (text) {
            q.append("WITH page AS (SELECT document_fts.rowid AS docid FROM document_fts ");
            if (!filter.isEmpty() || sort != SearchSort.RELEVANCE) {
                q.append("JOIN document_search s ON s.docid = document_fts.rowid JOIN document d ON d.id = s.document_id ");
            }
            q.append("WHERE document_fts MATCH ?");
            params.add(ftsExpression);
            appendFilter(q, params, filter);
            q.append(" ORDER BY ").append(order(sort, true)).append(" LIMIT ? OFFSET ?) ");
            params.add(limit);
            params.add(offset);
            q.append("SELECT ").append(HIT_COLUMNS).append(", ").append(SNIPPET).append(" AS snippet ")
                    .append("FROM page CROSS JOIN document_fts ON document_fts.rowid = page.docid ")
                    .append("JOIN document_search s ON s.docid = page.docid JOIN document d ON d.id = s.document_id ")
                    .append("WHERE document_fts MATCH ? ORDER BY ").append(order(sort, true));
            params.add(ftsExpression);
        } else {
            q.append("SELECT ").append(HIT_COLUMNS).append(", substr(d.description, 1, 240) AS snippet ")
                    .append("FROM document d WHERE 1 = 1");
            appendFilter(q, params, filter);
            q.append(" ORDER BY ").append(order(sort, false)).append(" LIMIT ? OFFSET ?");
            params.add(limit);
            params.add(offset);
        }
        return sql.list(q.toString(), r -> new SearchHit(Sql.uuid(r, "id"), r.getString("title"),
                Sql.enumValue(r, "kind", DocumentKind.class), r.getString("symbol"), Sql.date(r, "doc_date"),
                r.getString("file_name"), Sql.enumValue(r, "extraction_status", ExtractionStatus.class),
                r.getString("snippet") == null ? "" : r.getString("snippet")), params.toArray());
    }

    /** How many documents match: exact when browsing, at most {@link #COUNT_CAP} for a text search. */
    public long count(String ftsExpression, DocumentFilter filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder q = new StringBuilder();
        if (ftsExpression != null && !ftsExpression.isBlank()) {
            q.append("SELECT count(*) FROM (SELECT 1 FROM document_fts ");
            if (!filter.isEmpty()) {
                q.append("JOIN document_search s ON s.docid = document_fts.rowid JOIN document d ON d.id = s.document_id ");
            }
            q.append("WHERE document_fts MATCH ?");
            params.add(ftsExpression);
            appendFilter(q, params, filter);
            q.append(" LIMIT ").append(COUNT_CAP).append(")");
        } else {
            q.append("SELECT count(*) FROM document d WHERE 1 = 1");
            appendFilter(q, params, filter);
        }
        return sql.count(q.toString(), params.toArray());
    }

    private static void appendFilter(StringBuilder q, List<Object> params, DocumentFilter f) {
        if (f.kind() != null) {
            q.append(" AND d.kind = ?");
            params.add(f.kind());
        }
        if (f.year() != null) {
            q.append(" AND d.doc_date >= ? AND d.doc_date < ?");
            params.add(LocalDate.of(f.year(), 1, 1));
            params.add(LocalDate.of(f.year() + 1, 1, 1));
        }
        if (f.organizationId() != null) {
            q.append(" AND EXISTS (SELECT 1 FROM document_organization x WHERE x.document_id = d.id AND x.organization_id = ?)");
            params.add(f.organizationId());
        }
        if (f.tag() != null) {
            q.append(" AND EXISTS (SELECT 1 FROM document_tag t WHERE t.document_id = d.id AND t.tag = ?)");
            params.add(f.tag());
        }
        if (f.language() != null) {
            q.append(" AND EXISTS (SELECT 1 FROM document_language l WHERE l.document_id = d.id AND l.language = ?)");
            params.add(f.language());
        }
    }

    private static String order(SearchSort sort, boolean text) {
        return switch (sort) {
            case RELEVANCE -> text ? "document_fts.rank" : "d.doc_date DESC, d.id DESC";
            case NEWEST -> "d.doc_date DESC, d.id DESC";
            case OLDEST -> "d.doc_date IS NULL, d.doc_date, d.id";
            case TITLE -> "d.title COLLATE NOCASE, d.id";
        };
    }
}
