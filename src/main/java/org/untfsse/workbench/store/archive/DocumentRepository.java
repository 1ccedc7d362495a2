package org.untfsse.workbench.store.archive;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.ExtractionStatus;
import org.untfsse.workbench.model.archive.StoredFile;
import org.untfsse.workbench.store.common.Sql;

/**
 * Archive documents in SQLite, with their languages, organizations, tags and links, and the row
 * the full-text index is built from. Call from inside a service's transaction: {@link #save}
 * rewrites the document and its index row together.
 */
public final class DocumentRepository {

    private static final String UPSERT = """
            INSERT INTO document (id, title, kind, symbol, doc_date, description, file_sha256, file_name, media_type,
                                  file_size, extraction_status, extraction_message, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                title = excluded.title, kind = excluded.kind, symbol = excluded.symbol, doc_date = excluded.doc_date,
                description = excluded.description, file_sha256 = excluded.file_sha256, file_name = excluded.file_name,
                media_type = excluded.media_type, file_size = excluded.file_size,
                extraction_status = excluded.extraction_status, extraction_message = excluded.extraction_message,
                updated_at = excluded.updated_at
            """;

    /**
     * Builds the index row from the document's current rows; the body is replaced when given, else
     * kept. The facets are the filter values as index words ({@link SearchFacets}); migration V007
     * computes them with the same expression.
     */
    private static final String INDEX_ROW = """
            INSERT INTO document_search (document_id, title, symbol, description, tags, organizations, body, facets)
            SELECT d.id, d.title, d.symbol, d.description,
                   coalesce((SELECT group_concat(t.tag, ' ') FROM document_tag t WHERE t.document_id = d.id), ''),
                   coalesce((SELECT group_concat(o.acronym || ' ' || o.name, ' ')
                             FROM document_organization x JOIN organization o ON o.id = x.organization_id
                             WHERE x.document_id = d.id), ''),
                   coalesce(?, (SELECT s.body FROM document_search s WHERE s.document_id = d.id), ''),
                   'k' || replace(lower(d.kind), '_', '')
                       || coalesce(' y' || substr(d.doc_date, 1, 4), '')
                       || coalesce(' ' || (SELECT group_concat('l' || hex(lower(l.language)), ' ')
                                           FROM document_language l WHERE l.document_id = d.id), '')
                       || coalesce(' ' || (SELECT group_concat('o' || replace(x.organization_id, '-', ''), ' ')
                                           FROM document_organization x WHERE x.document_id = d.id), '')
                       || coalesce(' ' || (SELECT group_concat('t' || hex(lower(t.tag)), ' ')
                                           FROM document_tag t WHERE t.document_id = d.id), '')
            FROM document d WHERE d.id = ?
            ON CONFLICT (document_id) DO UPDATE SET
                title = excluded.title, symbol = excluded.symbol, description = excluded.description,
                tags = excluded.tags, organizations = excluded.organizations, body = excluded.body,
                facets = excluded.facets
            """;

    private final Sql sql;

    public DocumentRepository(Sql sql) {
        this.sql = sql;
    }

    /** Saves the document and its lists, and rewrites its index row ({@code body} null keeps the extracted text). */
    public void save(Document d, String body) {
        saveAll(List.of(d), Collections.singletonList(body));
    }

    /**
     * Saves many documents as {@link #save} does, each statement prepared once for all of them (a
     * bundle import saves thousands). {@code bodies.get(i)} is the body of {@code documents.get(i)};
     * null keeps the extracted text.
     */
    public void saveAll(List<Document> documents, List<String> bodies) {
        if (documents.isEmpty()) {
            return;
        }
        sql.database().sql(c -> {
            try (PreparedStatement upsert = c.prepareStatement(UPSERT);
                 PreparedStatement deleteLanguages = c.prepareStatement("DELETE FROM document_language WHERE document_id = ?");
                 PreparedStatement deleteOrganizations = c.prepareStatement("DELETE FROM document_organization WHERE document_id = ?");
                 PreparedStatement deleteTags = c.prepareStatement("DELETE FROM document_tag WHERE document_id = ?");
                 PreparedStatement deleteLinks = c.prepareStatement("DELETE FROM document_link WHERE document_id = ?");
                 PreparedStatement language = c.prepareStatement(
                         "INSERT OR IGNORE INTO document_language (document_id, language) VALUES (?, ?)");
                 PreparedStatement organization = c.prepareStatement(
                         "INSERT OR IGNORE INTO document_organization (document_id, organization_id, position) VALUES (?, ?, ?)");
                 PreparedStatement tag = c.prepareStatement(
                         "INSERT OR IGNORE INTO document_tag (document_id, tag, position) VALUES (?, ?, ?)");
                 PreparedStatement link = c.prepareStatement(
                         "INSERT OR IGNORE INTO document_link (document_id, kind, target_id) VALUES (?, ?, ?)");
                 PreparedStatement indexRow = c.prepareStatement(INDEX_ROW)) {
                for (int n = 0; n < documents.size(); n++) {
                    Document d = documents.get(n);
                    String body = bodies.get(n);
                    StoredFile f = d.file();
                    run(upsert, d.id(), d.title(), d.kind(), d.symbol(), d.date(), d.description(),
                            f == null ? null : f.sha256(), f == null ? null : f.originalName(),
                            f == null ? null : f.mediaType(), f == null ? null : f.size(), d.extraction(),
                            d.extractionMessage(), d.updatedAt());
                    for (PreparedStatement delete : List.of(deleteLanguages, deleteOrganizations, deleteTags, deleteLinks)) {
                        run(delete, d.id());
                    }
                    for (String l : d.languages()) {
                        run(language, d.id(), l);
                    }
                    for (int i = 0; i < d.organizationIds().size(); i++) {
                        run(organization, d.id(), d.organizationIds().get(i), i);
                    }
                    for (int i = 0; i < d.tags().size(); i++) {
                        run(tag, d.id(), d.tags().get(i), i);
                    }
                    for (UUID meeting : d.meetingIds()) {
                        run(link, d.id(), "MEETING", meeting);
                    }
                    for (UUID decision : d.decisionIds()) {
                        run(link, d.id(), "DECISION", decision);
                    }
                    run(indexRow, body, d.id());
                }
            }
            return null;
        });
    }

    private static void run(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Sql.bind(statement, i + 1, params[i]);
        }
        statement.executeUpdate();
    }

    public Optional<Document> find(UUID id) {
        Optional<Document> bare = sql.one("SELECT * FROM document WHERE id = ?", DocumentRepository::mapBare, id);
        return bare.map(this::withLists);
    }

    /** Some document that holds the file with {@code sha256}, the oldest first. */
    public Optional<Document> findByFile(String sha256) {
        return sql.one("SELECT * FROM document WHERE file_sha256 = ? ORDER BY updated_at, id LIMIT 1",
                DocumentRepository::mapBare, sha256).map(this::withLists);
    }

    public long countByFile(String sha256) {
        return sql.count("SELECT count(*) FROM document WHERE file_sha256 = ?", sha256);
    }

    public long count() {
        return sql.count("SELECT count(*) FROM document");
    }

    /** Ids of documents linked to this meeting or decision. */
    public List<UUID> findLinkedTo(UUID targetId) {
        return sql.list("SELECT DISTINCT document_id FROM document_link WHERE target_id = ? ORDER BY document_id",
                r -> Sql.uuid(r, "document_id"), targetId);
    }

    /** Ids of documents whose text is still to be extracted. */
    public List<UUID> findPendingExtraction() {
        return sql.list("SELECT id FROM document WHERE extraction_status = 'PENDING' ORDER BY updated_at, id",
                r -> Sql.uuid(r, "id"));
    }

    /** One row per archived file: its hash, a name it was added under, and the titles of the documents holding it. */
    public record FileUse(String sha256, String fileName, long size, String titles) {
    }

    public List<FileUse> findFileUses() {
        return sql.list("""
                SELECT file_sha256, min(file_name) AS file_name, max(file_size) AS file_size,
                       group_concat(title, '; ') AS titles
                FROM document WHERE file_sha256 IS NOT NULL GROUP BY file_sha256 ORDER BY file_sha256
                """, r -> new FileUse(r.getString("file_sha256"), r.getString("file_name"), r.getLong("file_size"),
                r.getString("titles")));
    }

    /** The extracted text of a document, or "" when none. */
    public String body(UUID id) {
        return sql.one("SELECT body FROM document_search WHERE document_id = ?", r -> r.getString(1), id).orElse("");
    }

    /** Merges the full-text index into one segment: searches read one b-tree instead of many. */
    public void optimizeIndex() {
        sql.update("INSERT INTO document_fts (document_fts) VALUES ('optimize')");
    }

    public void delete(UUID id) {
        sql.update("DELETE FROM document WHERE id = ?", id);
    }

    /** Distinct values for the filter lists. */
    public List<Integer> years() {
        return sql.list("SELECT DISTINCT CAST(substr(doc_date, 1, 4) AS INTEGER) AS y FROM document "
                + "WHERE doc_date IS NOT NULL ORDER BY y DESC", r -> r.getInt(1));
    }

    public List<String> tags() {
        return sql.list("SELECT DISTINCT tag FROM document_tag ORDER BY tag COLLATE NOCASE", r -> r.getString(1));
    }

    public List<String> languages() {
        return sql.list("SELECT DISTINCT language FROM document_language ORDER BY language", r -> r.getString(1));
    }

    private Document withLists(Document d) {
        UUID id = d.id();
        List<String> languages = sql.list("SELECT language FROM document_language WHERE document_id = ? ORDER BY language",
                r -> r.getString(1), id);
        List<UUID> organizations = sql.list("SELECT organization_id FROM document_organization WHERE document_id = ? "
                + "ORDER BY position", r -> Sql.uuid(r, "organization_id"), id);
        List<String> tags = sql.list("SELECT tag FROM document_tag WHERE document_id = ? ORDER BY position",
                r -> r.getString(1), id);
        List<UUID> meetings = links(id, "MEETING");
        List<UUID> decisions = links(id, "DECISION");
        return new Document(id, d.title(), d.kind(), d.symbol(), d.date(), languages, organizations, tags,
                d.description(), meetings, decisions, d.file(), d.extraction(), d.extractionMessage(), d.updatedAt());
    }

    private List<UUID> links(UUID id, String kind) {
        return sql.list("SELECT target_id FROM document_link WHERE document_id = ? AND kind = ? ORDER BY target_id",
                r -> Sql.uuid(r, "target_id"), id, kind);
    }

    private static Document mapBare(ResultSet r) throws SQLException {
        String sha = r.getString("file_sha256");
        StoredFile file = sha == null ? null
                : new StoredFile(sha, r.getString("file_name"), r.getString("media_type"), r.getLong("file_size"));
        return new Document(Sql.uuid(r, "id"), r.getString("title"), Sql.enumValue(r, "kind", DocumentKind.class),
                r.getString("symbol"), Sql.date(r, "doc_date"), List.of(), List.of(), List.of(), r.getString("description"),
                List.of(), List.of(), file, Sql.enumValue(r, "extraction_status", ExtractionStatus.class),
                r.getString("extraction_message"), Sql.instant(r, "updated_at"));
    }
}
