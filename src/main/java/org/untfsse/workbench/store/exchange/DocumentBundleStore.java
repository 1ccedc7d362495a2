package org.untfsse.workbench.store.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.ExtractionStatus;
import org.untfsse.workbench.model.archive.StoredFile;
import org.untfsse.workbench.store.archive.DocumentRepository;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.Sql;

/**
 * The archive's document records as the bundle needs them. Export streams every document in id
 * order, reading its lists (languages, organizations, tags, links) from cursors that walk in the
 * same order beside it, so memory stays bounded. Import saves through the archive's own
 * {@link DocumentRepository}, which rewrites the full-text index row in the same transaction.
 */
public final class DocumentBundleStore {

    private static final String DOCUMENTS = """
            SELECT id, title, kind, symbol, doc_date, description, file_sha256, file_name, media_type, file_size,
                   extraction_status, extraction_message, updated_at
            FROM document ORDER BY id
            """;
    private static final String LANGUAGES = "SELECT document_id, language FROM document_language ORDER BY document_id, language";
    private static final String ORGANIZATIONS =
            "SELECT document_id, organization_id FROM document_organization ORDER BY document_id, position";
    private static final String TAGS = "SELECT document_id, tag FROM document_tag ORDER BY document_id, position";
    private static final String MEETINGS =
            "SELECT document_id, target_id FROM document_link WHERE kind = 'MEETING' ORDER BY document_id, target_id";
    private static final String DECISIONS =
            "SELECT document_id, target_id FROM document_link WHERE kind = 'DECISION' ORDER BY document_id, target_id";

    private final Database database;
    private final DocumentRepository documents;

    public DocumentBundleStore(Database database) {
        this.database = database;
        this.documents = new DocumentRepository(new Sql(database));
    }

    public void forEachDocument(Consumer<Document> sink) {
        database.sql(c -> {
            try (PreparedStatement s = c.prepareStatement(DOCUMENTS); ResultSet r = s.executeQuery();
                 ListCursor languages = new ListCursor(c, LANGUAGES);
                 ListCursor organizations = new ListCursor(c, ORGANIZATIONS);
                 ListCursor tags = new ListCursor(c, TAGS);
                 ListCursor meetings = new ListCursor(c, MEETINGS);
                 ListCursor decisions = new ListCursor(c, DECISIONS)) {
                while (r.next()) {
                    String id = r.getString("id");
                    String sha = r.getString("file_sha256");
                    StoredFile file = sha == null ? null
                            : new StoredFile(sha, r.getString("file_name"), r.getString("media_type"), r.getLong("file_size"));
                    sink.accept(new Document(UUID.fromString(id), r.getString("title"),
                            Sql.enumValue(r, "kind", DocumentKind.class), r.getString("symbol"), Sql.date(r, "doc_date"),
                            languages.take(id, Function.identity()), organizations.take(id, UUID::fromString),
                            tags.take(id, Function.identity()), r.getString("description"),
                            meetings.take(id, UUID::fromString), decisions.take(id, UUID::fromString), file,
                            Sql.enumValue(r, "extraction_status", ExtractionStatus.class),
                            r.getString("extraction_message"), Sql.instant(r, "updated_at")));
                }
            }
            return null;
        });
    }

    public long count() {
        return documents.count();
    }

    public Optional<Document> find(UUID id) {
        return documents.find(id);
    }

    /** Saves the record and its index row; {@code body} null keeps the text already extracted, "" clears it. */
    public void save(Document d, String body) {
        documents.save(d, body);
    }

    /** Saves many records as {@link #save} does, {@code bodies.get(i)} for {@code records.get(i)}, statements prepared once. */
    public void saveAll(List<Document> records, List<String> bodies) {
        documents.saveAll(records, bodies);
    }

    /** The ids of every stored document. */
    public Set<UUID> ids() {
        return database.sql(c -> {
            Set<UUID> out = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM document"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(UUID.fromString(r.getString(1)));
                }
            }
            return out;
        });
    }

    /** Walks the rows of one list table, ordered by document id, in step with the documents. */
    private static final class ListCursor implements AutoCloseable {

        private final PreparedStatement statement;
        private final ResultSet rows;
        private boolean more;

        ListCursor(Connection c, String sql) throws SQLException {
            statement = c.prepareStatement(sql);
            rows = statement.executeQuery();
            more = rows.next();
        }

        /** The values of document {@code id}'s rows (rows of ids before it, which cannot exist, are skipped). */
        <T> List<T> take(String id, Function<String, T> convert) throws SQLException {
            List<T> out = new ArrayList<>(2);
            while (more && rows.getString(1).compareTo(id) <= 0) {
                if (rows.getString(1).equals(id)) {
                    out.add(convert.apply(rows.getString(2)));
                }
                more = rows.next();
            }
            return out;
        }

        @Override
        public void close() throws SQLException {
            try (statement) {
                rows.close();
            }
        }
    }
}
