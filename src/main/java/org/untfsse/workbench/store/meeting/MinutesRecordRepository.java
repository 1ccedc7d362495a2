package org.untfsse.workbench.store.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.untfsse.workbench.model.meeting.Circulation;
import org.untfsse.workbench.model.meeting.MinutesStatus;
import org.untfsse.workbench.model.meeting.MinutesVersion;
import org.untfsse.workbench.store.common.Sql;

/** The minutes' paper trail: circulation records and frozen versions. */
public final class MinutesRecordRepository {

    private static final String INSERT_CIRCULATION = """
            INSERT INTO circulation (id, meeting_id, version, date, recipients, sha256, format, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private static final String UPSERT_VERSION = """
            INSERT INTO minutes_version (id, meeting_id, version, status, reason, snapshot, approved_at_meeting_id, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (meeting_id, version) DO UPDATE SET
                status = excluded.status, reason = excluded.reason, snapshot = excluded.snapshot,
                approved_at_meeting_id = excluded.approved_at_meeting_id, updated_at = excluded.updated_at
            """;

    private final Sql sql;

    public MinutesRecordRepository(Sql sql) {
        this.sql = sql;
    }

    public void saveCirculation(Circulation c) {
        sql.update(INSERT_CIRCULATION, c.id(), c.meetingId(), c.version(), c.date(), String.join("\n", c.recipients()),
                c.sha256(), c.format(), c.updatedAt());
    }

    public List<Circulation> circulations(UUID meetingId) {
        return sql.list("SELECT * FROM circulation WHERE meeting_id = ? ORDER BY version, date, updated_at",
                MinutesRecordRepository::mapCirculation, meetingId);
    }

    public void saveVersion(MinutesVersion v) {
        sql.update(UPSERT_VERSION, v.id(), v.meetingId(), v.version(), v.status(), v.reason(), v.snapshot(),
                v.approvedAtMeetingId(), v.updatedAt());
    }

    public List<MinutesVersion> versions(UUID meetingId) {
        return sql.list("SELECT * FROM minutes_version WHERE meeting_id = ? ORDER BY version",
                MinutesRecordRepository::mapVersion, meetingId);
    }

    static Circulation mapCirculation(ResultSet r) throws SQLException {
        String recipients = r.getString("recipients");
        List<String> list = recipients == null || recipients.isEmpty() ? List.of() : Arrays.asList(recipients.split("\n"));
        return new Circulation(Sql.uuid(r, "id"), Sql.uuid(r, "meeting_id"), r.getInt("version"), Sql.date(r, "date"),
                list, r.getString("sha256"), r.getString("format"), Sql.instant(r, "updated_at"));
    }

    static MinutesVersion mapVersion(ResultSet r) throws SQLException {
        return new MinutesVersion(Sql.uuid(r, "id"), Sql.uuid(r, "meeting_id"), r.getInt("version"),
                Sql.enumValue(r, "status", MinutesStatus.class), r.getString("reason"), r.getString("snapshot"),
                Sql.uuid(r, "approved_at_meeting_id"), Sql.instant(r, "updated_at"));
    }
}
