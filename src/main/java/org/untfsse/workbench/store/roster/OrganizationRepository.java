package org.untfsse.workbench.store.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.store.common.Sql;

/** Organizations in SQLite. */
public final class OrganizationRepository {

    private static final String COLUMNS = "id, acronym, name, kind, website, notes, updated_at";

    private static final String UPSERT = """
            INSERT INTO organization (id, acronym, name, kind, website, notes, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                acronym = excluded.acronym, name = excluded.name, kind = excluded.kind,
                website = excluded.website, notes = excluded.notes, updated_at = excluded.updated_at
            """;

    private final Sql sql;

    public OrganizationRepository(Sql sql) {
        this.sql = sql;
    }

    public void save(Organization o) {
        sql.update(UPSERT, o.id(), o.acronym(), o.name(), o.kind(), o.website(), o.notes(), o.updatedAt());
    }

    public Optional<Organization> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM organization WHERE id = ?", OrganizationRepository::map, id);
    }

    public Optional<Organization> findByAcronym(String acronym) {
        return sql.one("SELECT " + COLUMNS + " FROM organization WHERE acronym = ? COLLATE NOCASE",
                OrganizationRepository::map, acronym.strip());
    }

    /** Every organization, ordered by acronym (case-insensitive), then id. */
    public List<Organization> findAll() {
        return sql.list("SELECT " + COLUMNS + " FROM organization ORDER BY acronym COLLATE NOCASE, id",
                OrganizationRepository::map);
    }

    public void delete(UUID id) {
        sql.update("DELETE FROM organization WHERE id = ?", id);
    }

    static Organization map(ResultSet r) throws SQLException {
        return new Organization(Sql.uuid(r, "id"), r.getString("acronym"), r.getString("name"),
                Sql.enumValue(r, "kind", OrganizationKind.class), r.getString("website"), r.getString("notes"),
                Sql.instant(r, "updated_at"));
    }
}
