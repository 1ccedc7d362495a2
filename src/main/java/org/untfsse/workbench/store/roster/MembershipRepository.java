package org.untfsse.workbench.store.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.model.roster.Membership;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.store.common.Sql;

/** Membership periods in SQLite. */
public final class MembershipRepository {

    private static final String COLUMNS = "id, organization_id, status, from_date, to_date, updated_at";

    private static final String UPSERT = """
            INSERT INTO membership (id, organization_id, status, from_date, to_date, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                organization_id = excluded.organization_id, status = excluded.status,
                from_date = excluded.from_date, to_date = excluded.to_date, updated_at = excluded.updated_at
            """;

    private final Sql sql;

    public MembershipRepository(Sql sql) {
        this.sql = sql;
    }

    public void save(Membership m) {
        sql.update(UPSERT, m.id(), m.organizationId(), m.status(), m.from(), m.to(), m.updatedAt());
    }

    public Optional<Membership> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM membership WHERE id = ?", MembershipRepository::map, id);
    }

    /** One organization's periods, oldest first. */
    public List<Membership> findByOrganization(UUID organizationId) {
        return sql.list("SELECT " + COLUMNS + " FROM membership WHERE organization_id = ? ORDER BY from_date, id",
                MembershipRepository::map, organizationId);
    }

    /** Every period, by organization then date: a stable order for listing and export. */
    public List<Membership> findAll() {
        return sql.list("SELECT " + COLUMNS + " FROM membership ORDER BY organization_id, from_date, id",
                MembershipRepository::map);
    }

    public void delete(UUID id) {
        sql.update("DELETE FROM membership WHERE id = ?", id);
    }

    static Membership map(ResultSet r) throws SQLException {
        return new Membership(Sql.uuid(r, "id"), Sql.uuid(r, "organization_id"),
                Sql.enumValue(r, "status", MembershipStatus.class), Sql.date(r, "from_date"), Sql.date(r, "to_date"),
                Sql.instant(r, "updated_at"));
    }
}
