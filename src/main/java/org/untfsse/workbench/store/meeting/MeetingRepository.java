package org.untfsse.workbench.store.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MeetingKind;
import org.untfsse.workbench.model.meeting.MinutesStatus;
import org.untfsse.workbench.store.common.Sql;

/** Meetings in SQLite. */
public final class MeetingRepository {

    private static final String COLUMNS = "id, number, title, kind, start_date, end_date, place, virtual, chair_override,"
            + " minutes_status, minutes_version, approved_at_meeting_id, updated_at";

    private static final String UPSERT = """
            INSERT INTO meeting (id, number, title, kind, start_date, end_date, place, virtual, chair_override,
                                 minutes_status, minutes_version, approved_at_meeting_id, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                number = excluded.number, title = excluded.title, kind = excluded.kind,
                start_date = excluded.start_date, end_date = excluded.end_date, place = excluded.place,
                virtual = excluded.virtual, chair_override = excluded.chair_override,
                minutes_status = excluded.minutes_status, minutes_version = excluded.minutes_version,
                approved_at_meeting_id = excluded.approved_at_meeting_id, updated_at = excluded.updated_at
            """;

    private final Sql sql;

    public MeetingRepository(Sql sql) {
        this.sql = sql;
    }

    public void save(Meeting m) {
        sql.update(UPSERT, m.id(), m.number(), m.title(), m.kind(), m.start(), m.end(), m.place(), m.virtual(),
                m.chairOverride(), m.minutesStatus(), m.minutesVersion(), m.approvedAtMeetingId(), m.updatedAt());
    }

    public Optional<Meeting> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM meeting WHERE id = ?", MeetingRepository::map, id);
    }

    public Optional<Meeting> findRegular(int number) {
        return sql.one("SELECT " + COLUMNS + " FROM meeting WHERE kind = 'REGULAR' AND number = ?",
                MeetingRepository::map, number);
    }

    /** Every meeting, oldest first. */
    public List<Meeting> findAll() {
        return sql.list("SELECT " + COLUMNS + " FROM meeting ORDER BY start_date, number, id", MeetingRepository::map);
    }

    /** Moves a meeting's {@code updatedAt}: one of its parts changed, and the bundle merges a meeting as a whole. */
    public void touch(UUID id, Instant at) {
        sql.update("UPDATE meeting SET updated_at = ? WHERE id = ?", at, id);
    }

    public void delete(UUID id) {
        sql.update("DELETE FROM meeting WHERE id = ?", id);
    }

    static Meeting map(ResultSet r) throws SQLException {
        int number = r.getInt("number");
        Integer boxed = r.wasNull() ? null : number;
        return new Meeting(Sql.uuid(r, "id"), boxed, r.getString("title"), Sql.enumValue(r, "kind", MeetingKind.class),
                Sql.date(r, "start_date"), Sql.date(r, "end_date"), r.getString("place"), r.getInt("virtual") != 0,
                Sql.uuid(r, "chair_override"), Sql.enumValue(r, "minutes_status", MinutesStatus.class),
                r.getInt("minutes_version"), Sql.uuid(r, "approved_at_meeting_id"), Sql.instant(r, "updated_at"));
    }
}
