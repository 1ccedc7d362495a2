package org.untfsse.workbench.store.rotation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.store.common.Sql;

/** Rotation terms in SQLite. */
public final class RotationTermRepository {

    private static final String COLUMNS = "id, office_id, organization_id, person_id, person_name, start_date, end_date,"
            + " decided_at_meeting_id, notes, updated_at";

    private static final String UPSERT = """
            INSERT INTO rotation_term (id, office_id, organization_id, person_id, person_name, start_date, end_date,
                                       decided_at_meeting_id, notes, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                office_id = excluded.office_id, organization_id = excluded.organization_id,
                person_id = excluded.person_id, person_name = excluded.person_name,
                start_date = excluded.start_date, end_date = excluded.end_date,
                decided_at_meeting_id = excluded.decided_at_meeting_id, notes = excluded.notes,
                updated_at = excluded.updated_at
            """;

    private final Sql sql;

    public RotationTermRepository(Sql sql) {
        this.sql = sql;
    }

    public void save(RotationTerm t) {
        sql.update(UPSERT, t.id(), t.officeId(), t.organizationId(), t.personId(), t.personName(), t.start(), t.end(),
                t.decidedAtMeetingId(), t.notes(), t.updatedAt());
    }

    public Optional<RotationTerm> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM rotation_term WHERE id = ?", RotationTermRepository::map, id);
    }

    /** Every term, by start date: a stable order for listing and export. */
    public List<RotationTerm> findAll() {
        return sql.list("SELECT " + COLUMNS + " FROM rotation_term ORDER BY start_date, office_id, id",
                RotationTermRepository::map);
    }

    public List<RotationTerm> findByOffice(UUID officeId) {
        return sql.list("SELECT " + COLUMNS + " FROM rotation_term WHERE office_id = ? ORDER BY start_date, id",
                RotationTermRepository::map, officeId);
    }

    public void delete(UUID id) {
        sql.update("DELETE FROM rotation_term WHERE id = ?", id);
    }

    static RotationTerm map(ResultSet r) throws SQLException {
        return new RotationTerm(Sql.uuid(r, "id"), Sql.uuid(r, "office_id"), Sql.uuid(r, "organization_id"),
                Sql.uuid(r, "person_id"), r.getString("person_name"), Sql.date(r, "start_date"), Sql.date(r, "end_date"),
                Sql.uuid(r, "decided_at_meeting_id"), r.getString("notes"), Sql.instant(r, "updated_at"));
    }
}
