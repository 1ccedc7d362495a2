package org.untfsse.workbench.store.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.model.archive.DocumentFilter;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.SavedSearch;
import org.untfsse.workbench.model.archive.SearchSort;
import org.untfsse.workbench.store.common.Sql;

/** Saved searches in SQLite. */
public final class SavedSearchRepository {

    private static final String UPSERT = """
            INSERT INTO saved_search (id, name, query, kind, year, organization_id, tag, language, sort, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, query = excluded.query, kind = excluded.kind, year = excluded.year,
                organization_id = excluded.organization_id, tag = excluded.tag, language = excluded.language,
                sort = excluded.sort, updated_at = excluded.updated_at
            """;

    private final Sql sql;

    public SavedSearchRepository(Sql sql) {
        this.sql = sql;
    }

    public void save(SavedSearch s) {
        DocumentFilter f = s.filter();
        sql.update(UPSERT, s.id(), s.name(), s.query(), f.kind(), f.year(), f.organizationId(), f.tag(), f.language(),
                s.sort(), s.updatedAt());
    }

    public List<SavedSearch> findAll() {
        return sql.list("SELECT * FROM saved_search ORDER BY name COLLATE NOCASE", SavedSearchRepository::map);
    }

    public Optional<SavedSearch> findByName(String name) {
        return sql.one("SELECT * FROM saved_search WHERE name = ? COLLATE NOCASE", SavedSearchRepository::map, name.strip());
    }

    public void delete(UUID id) {
        sql.update("DELETE FROM saved_search WHERE id = ?", id);
    }

    /** One {@code saved_search} row as a record (also used by the bundle's store). */
    public static SavedSearch map(ResultSet r) throws SQLException {
        int year = r.getInt("year");
        Integer yearOrNull = r.wasNull() ? null : year;
        DocumentFilter filter = new DocumentFilter(Sql.enumValue(r, "kind", DocumentKind.class), yearOrNull,
                Sql.uuid(r, "organization_id"), r.getString("tag"), r.getString("language"));
        return new SavedSearch(Sql.uuid(r, "id"), r.getString("name"), r.getString("query"), filter,
                Sql.enumValue(r, "sort", SearchSort.class), Sql.instant(r, "updated_at"));
    }
}
