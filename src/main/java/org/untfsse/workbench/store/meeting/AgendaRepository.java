package org.untfsse.workbench.store.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.model.meeting.AgendaItem;
import org.untfsse.workbench.store.common.Sql;

/** Agenda items (with their minutes text) in SQLite. */
public final class AgendaRepository {

    private static final String COLUMNS =
            "id, meeting_id, position, title, presenter, minutes_text, standing, follow_up, updated_at";

    private static final String UPSERT = """
            INSERT INTO agenda_item (id, meeting_id, position, title, presenter, minutes_text, standing, follow_up, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                position = excluded.position, title = excluded.title, presenter = excluded.presenter,
                minutes_text = excluded.minutes_text, standing = excluded.standing, follow_up = excluded.follow_up,
                updated_at = excluded.updated_at
            """;

    private final Sql sql;

    public AgendaRepository(Sql sql) {
        this.sql = sql;
    }

    public void save(AgendaItem a) {
        sql.update(UPSERT, a.id(), a.meetingId(), a.position(), a.title(), a.presenter(), a.minutesText(), a.standing(),
                a.followUp(), a.updatedAt());
    }

    public Optional<AgendaItem> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM agenda_item WHERE id = ?", AgendaRepository::map, id);
    }

    /** One meeting's agenda in order. */
    public List<AgendaItem> findByMeeting(UUID meetingId) {
        return sql.list("SELECT " + COLUMNS + " FROM agenda_item WHERE meeting_id = ? ORDER BY position, id",
                AgendaRepository::map, meetingId);
    }

    public void delete(UUID id) {
        sql.update("DELETE FROM agenda_item WHERE id = ?", id);
    }

    static AgendaItem map(ResultSet r) throws SQLException {
        return new AgendaItem(Sql.uuid(r, "id"), Sql.uuid(r, "meeting_id"), r.getInt("position"), r.getString("title"),
                r.getString("presenter"), r.getString("minutes_text"), r.getInt("standing") != 0,
                r.getInt("follow_up") != 0, Sql.instant(r, "updated_at"));
    }
}
