package org.untfsse.workbench.store.exchange;

import java.util.List;
import java.util.function.Consumer;
import org.untfsse.workbench.model.archive.DocumentFilter;
import org.untfsse.workbench.model.archive.SavedSearch;
import org.untfsse.workbench.store.archive.SavedSearchRepository;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.Sql;

/**
 * The archive's saved searches (table {@code saved_search}) as the bundle needs them: streamed in
 * id order, and replaced for import. Runs on the caller's transaction.
 */
public final class SavedSearchBundleStore {

    private static final String ALL = """
            SELECT id, name, query, kind, year, organization_id, tag, language, sort, updated_at
            FROM saved_search ORDER BY id
            """;
    private static final String DELETE = "DELETE FROM saved_search WHERE id = ?";
    private static final String INSERT = """
            INSERT INTO saved_search (id, name, query, kind, year, organization_id, tag, language, sort, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final Database database;
    private final Sql sql;

    public SavedSearchBundleStore(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    public void forEachSearch(Consumer<SavedSearch> sink) {
        RowStream.each(database, ALL, SavedSearchRepository::map, sink);
    }

    public long count() {
        return sql.count("SELECT count(*) FROM saved_search");
    }

    /**
     * Writes {@code rows} in place of the rows with their ids. All of them are removed before any is
     * written, so searches that swap names never meet the unique index on {@code name} half-way (the
     * caller has checked that the result holds each name once, ignoring case).
     */
    public void replace(List<SavedSearch> rows) {
        BatchUpsert.run(database, DELETE, rows, s -> new Object[] {s.id()});
        BatchUpsert.run(database, INSERT, rows, s -> {
            DocumentFilter f = s.filter();
            return new Object[] {s.id(), s.name(), s.query(), f.kind(), f.year(), f.organizationId(), f.tag(),
                    f.language(), s.sort(), s.updatedAt()};
        });
    }
}
