package org.untfsse.workbench.store.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.untfsse.workbench.model.archive.DocumentFilter;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.ExtractionStatus;
import org.untfsse.workbench.model.archive.SearchHit;
import org.untfsse.workbench.model.archive.SearchSort;
import org.untfsse.workbench.store.common.Sql;

/**
 * Finds documents: with an FTS5 expression (already made safe by the service), ranked by bm25 with
 * highlighted snippets; without one, straight from the document table. Filters of a text search are
 * words of the index's hidden facets column ({@link SearchFacets}), so FTS5 intersects posting lists
 * instead of looking every match up. Results come a page at a time (offset/limit), and are counted
 * separately, so no caller ever holds every row.
 */
public final class DocumentSearchRepository {

    private static final String HIT_COLUMNS = "d.id, d.title, d.kind, d.symbol, d.doc_date, d.file_name, d.extraction_status";
    private static final String SNIPPET = "snippet(document_fts, -1, char(2), char(3), '…', 14)";

    /** Text searches count at most this many matches; the view shows "10,000+" beyond. */
    public static final int COUNT_CAP = 10_001;

    /**
     * A search by relevance ranks at most this many matches, the most recently added ones; older
     * matches follow them, newest first. Ranking costs a read of every ranked document's positions,
     * so a word found in nearly every document would otherwise cost a scan of the whole archive.
     */
    public static final int RANK_WINDOW = 2_000;

    private final Sql sql;
    private final int rankWindow;
    private final PrefixExpansion prefixes;

    public DocumentSearchRepository(Sql sql) {
        this(sql, RANK_WINDOW);
    }

    /** With another rank window, so tests can cross it with a handful of documents. */
    public DocumentSearchRepository(Sql sql, int rankWindow) {
        this.sql = sql;
        this.rankWindow = rankWindow;
        this.prefixes = new PrefixExpansion(sql);
    }

    /**
     * One page of results; {@code ftsExpression} null or blank lists every document that passes the
     * filter. A text search first picks the page's row ids, then makes snippets for those rows alone.
     */
    public List<SearchHit> page(String ftsExpression, DocumentFilter filter, SearchSort sort, int offset, int limit) {
        if (ftsExpression == null || ftsExpression.isBlank()) {
            return browse(filter, sort, offset, limit);
        }
        String words = prefixes.expand(ftsExpression);
        String match = SearchFacets.expression(words, filter);
        List<Long> ids = sort == SearchSort.RELEVANCE ? rankedIds(match, offset, limit) : sortedIds(match, sort, offset, limit);
        return hits(ids, SearchFacets.expression(words, DocumentFilter.NONE));
    }

    /** How many documents match: exact when browsing, at most {@link #COUNT_CAP} for a text search. */
    public long count(String ftsExpression, DocumentFilter filter) {
        if (ftsExpression != null && !ftsExpression.isBlank()) {
            return sql.count("SELECT count(*) FROM (SELECT 1 FROM document_fts WHERE document_fts MATCH ? LIMIT "
                    + COUNT_CAP + ")", SearchFacets.expression(prefixes.expand(ftsExpression), filter));
        }
        List<Object> params = new ArrayList<>();
        StringBuilder q = new StringBuilder("SELECT count(*) FROM document d WHERE 1 = 1");
        appendFilter(q, params, filter);
        return sql.count(q.toString(), params.toArray());
    }

    private List<Long> rankedIds(String match, int offset, int limit) {
        Optional<Long> bound = sql.one("SELECT rowid FROM document_fts WHERE document_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                r -> r.getLong(1), match, rankWindow - 1);
        if (bound.isEmpty()) {
            return ids("SELECT rowid FROM document_fts WHERE document_fts MATCH ? ORDER BY rank, rowid LIMIT ? OFFSET ?",
                    match, limit, offset);
        }
        List<Long> out = new ArrayList<>(limit);
        if (offset < rankWindow) {
            out.addAll(ids("SELECT rowid FROM document_fts WHERE document_fts MATCH ? AND rowid >= ? ORDER BY rank, rowid LIMIT ? OFFSET ?",
                    match, bound.get(), Math.min(limit, rankWindow - offset), offset));
        }
        int rest = limit - out.size();
        if (rest > 0) {
            out.addAll(ids("SELECT rowid FROM document_fts WHERE document_fts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ? OFFSET ?",
                    match, bound.get(), rest, Math.max(0, offset - rankWindow)));
        }
        return out;
    }

    private List<Long> sortedIds(String match, SearchSort sort, int offset, int limit) {
        return ids("SELECT s.docid FROM document_fts JOIN document_search s ON s.docid = document_fts.rowid "
                + "JOIN document d ON d.id = s.document_id WHERE document_fts MATCH ? ORDER BY " + order(sort)
                + " LIMIT ? OFFSET ?", match, limit, offset);
    }

    private List<Long> ids(String query, Object... params) {
        return sql.list(query, r -> r.getLong(1), params);
    }

    /** The hits for {@code ids}, in that order, with snippets of the user's words. */
    private List<SearchHit> hits(List<Long> ids, String userMatch) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // A prefix (cooperat*) merges the posting lists of all its words each time FTS5 sets the
        // expression up, so its hits come from one pass over the ids' rowid range; other
        // expressions are cheap to set up, and are looked up id by id.
        boolean prefix = userMatch.contains("*");
        List<Object> params = new ArrayList<>(ids.size() + 3);
        params.add(userMatch);
        if (prefix) {
            params.add(Collections.min(ids));
            params.add(Collections.max(ids));
        }
        params.addAll(ids);
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Map<Long, SearchHit> byId = new HashMap<>();
        sql.list("SELECT s.docid, " + HIT_COLUMNS + ", " + SNIPPET + " AS snippet FROM document_fts "
                + "JOIN document_search s ON s.docid = document_fts.rowid JOIN document d ON d.id = s.document_id "
                + "WHERE document_fts MATCH ? AND "
                + (prefix ? "document_fts.rowid BETWEEN ? AND ? AND +document_fts.rowid IN (" : "document_fts.rowid IN (")
                + marks + ")", r -> {
                    byId.put(r.getLong("docid"), hit(r));
                    return null;
                }, params.toArray());
        List<SearchHit> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            SearchHit hit = byId.get(id);
            if (hit != null) {
                out.add(hit);
            }
        }
        return out;
    }

    private List<SearchHit> browse(DocumentFilter filter, SearchSort sort, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder q = new StringBuilder("SELECT ").append(HIT_COLUMNS).append(", substr(d.description, 1, 240) AS snippet ")
                .append("FROM document d WHERE 1 = 1");
        appendFilter(q, params, filter);
        q.append(" ORDER BY ").append(sort == SearchSort.RELEVANCE ? "d.doc_date DESC, d.id DESC" : order(sort))
                .append(" LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return sql.list(q.toString(), DocumentSearchRepository::hit, params.toArray());
    }

    private static SearchHit hit(ResultSet r) throws SQLException {
        return new SearchHit(Sql.uuid(r, "id"), r.getString("title"),
                Sql.enumValue(r, "kind", DocumentKind.class), r.getString("symbol"), Sql.date(r, "doc_date"),
                r.getString("file_name"), Sql.enumValue(r, "extraction_status", ExtractionStatus.class),
                r.getString("snippet") == null ? "" : r.getString("snippet"));
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

    private static String order(SearchSort sort) {
        return switch (sort) {
            case RELEVANCE, NEWEST -> "d.doc_date DESC, d.id DESC";
            case OLDEST -> "d.doc_date IS NULL, d.doc_date, d.id";
            case TITLE -> "d.title COLLATE NOCASE, d.id";
        };
    }
}
