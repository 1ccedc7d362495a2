package org.untfsse.workbench.store.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.model.meeting.ActionItem;
import org.untfsse.workbench.model.meeting.ActionStatus;
import org.untfsse.workbench.store.common.Sql;

/** Action items in SQLite. */
public final class ActionItemRepository {

    private static final String COLUMNS = "id, raised_at_meeting_id, closed_at_meeting_id, text, owner_organization_id,"
            + " owner_person_id, due_date, status, updated_at";

    private static final String UPSERT = """
            INSERT INTO action_item (id, raised_at_meeting_id, closed_at_meeting_id, text, owner_organization_id,
                                     owner_person_id, due_date, status, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                closed_at_meeting_id = excluded.closed_at_meeting_id, text = excluded.text,
                owner_organization_id = excluded.owner_organization_id, owner_person_id = excluded.owner_person_id,
                due_date = excluded.due_date, status = excluded.status, updated_at = excluded.updated_at
            """;

    private final Sql sql;

    public ActionItemRepository(Sql sql) {
        this.sql = sql;
    }

    public void save(ActionItem a) {
        sql.update(UPSERT, a.id(), a.raisedAtMeetingId(), a.closedAtMeetingId(), a.text(), a.ownerOrganizationId(),
                a.ownerPersonId(), a.due(), a.status(), a.updatedAt());
    }

    public Optional<ActionItem> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM action_item WHERE id = ?", ActionItemRepository::map, id);
    }

    public List<ActionItem> findRaisedAt(UUID meetingId) {
        return sql.list("SELECT " + COLUMNS + " FROM action_item WHERE raised_at_meeting_id = ? ORDER BY updated_at, id",
                ActionItemRepository::map, meetingId);
    }

    /** Every action item, open ones first, then by due date. */
    public List<ActionItem> findAll() {
        return sql.list("SELECT " + COLUMNS + " FROM action_item ORDER BY status <> 'OPEN', due_date IS NULL, due_date, id",
                ActionItemRepository::map);
    }

    public void delete(UUID id) {
        sql.update("DELETE FROM action_item WHERE id = ?", id);
    }

    static ActionItem map(ResultSet r) throws SQLException {
        return new ActionItem(Sql.uuid(r, "id"), Sql.uuid(r, "raised_at_meeting_id"), Sql.uuid(r, "closed_at_meeting_id"),
                r.getString("text"), Sql.uuid(r, "owner_organization_id"), Sql.uuid(r, "owner_person_id"),
                Sql.date(r, "due_date"), Sql.enumValue(r, "status", ActionStatus.class), Sql.instant(r, "updated_at"));
    }
}
