package org.untfsse.workbench.store.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.untfsse.workbench.model.meeting.Attendance;
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.store.common.Sql;

/** Who attended which meeting, in SQLite: one row per meeting and organization. */
public final class AttendanceRepository {

    private static final String COLUMNS = "id, meeting_id, organization_id, person_id, status, updated_at";

    private static final String UPSERT = """
            INSERT INTO attendance (id, meeting_id, organization_id, person_id, status, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                person_id = excluded.person_id, status = excluded.status, updated_at = excluded.updated_at
            """;

    private final Sql sql;

    public AttendanceRepository(Sql sql) {
        this.sql = sql;
    }

    public void save(Attendance a) {
        sql.update(UPSERT, a.id(), a.meetingId(), a.organizationId(), a.personId(), a.status(), a.updatedAt());
    }

    public List<Attendance> findByMeeting(UUID meetingId) {
        return sql.list("SELECT " + COLUMNS + " FROM attendance WHERE meeting_id = ? ORDER BY organization_id",
                AttendanceRepository::map, meetingId);
    }

    public void delete(UUID id) {
        sql.update("DELETE FROM attendance WHERE id = ?", id);
    }

    static Attendance map(ResultSet r) throws SQLException {
        return new Attendance(Sql.uuid(r, "id"), Sql.uuid(r, "meeting_id"), Sql.uuid(r, "organization_id"),
                Sql.uuid(r, "person_id"), Sql.enumValue(r, "status", AttendanceStatus.class), Sql.instant(r, "updated_at"));
    }
}
