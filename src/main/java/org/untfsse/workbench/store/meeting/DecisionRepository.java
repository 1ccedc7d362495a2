package org.untfsse.workbench.store.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.model.meeting.Decision;
import org.untfsse.workbench.model.meeting.DecisionOutcome;
import org.untfsse.workbench.model.meeting.Reservation;
import org.untfsse.workbench.store.common.Sql;

/** Decisions, their reservations, and the counter their numbers come from. */
public final class DecisionRepository {

    private static final String COLUMNS = "id, meeting_id, agenda_item_id, number, text, outcome, updated_at";

    private static final String UPSERT = """
            INSERT INTO decision (id, meeting_id, agenda_item_id, number, text, outcome, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                agenda_item_id = excluded.agenda_item_id, text = excluded.text, outcome = excluded.outcome,
                updated_at = excluded.updated_at
            """;

    private static final String NEXT_NUMBER = """
            INSERT INTO decision_counter (scope, last) VALUES (?, 1)
            ON CONFLICT (scope) DO UPDATE SET last = last + 1
            RETURNING last
            """;

    private static final String UPSERT_RESERVATION = """
            INSERT INTO reservation (id, decision_id, organization_id, text, updated_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                organization_id = excluded.organization_id, text = excluded.text, updated_at = excluded.updated_at
            """;

    private final Sql sql;

    public DecisionRepository(Sql sql) {
        this.sql = sql;
    }

    /** The next sequence number in {@code scope} (e.g. "2024/47"); must run inside a write transaction. */
    public int nextSequence(String scope) {
        return sql.one(NEXT_NUMBER, r -> r.getInt(1), scope).orElseThrow();
    }

    public void save(Decision d) {
        sql.update(UPSERT, d.id(), d.meetingId(), d.agendaItemId(), d.number(), d.text(), d.outcome(), d.updatedAt());
    }

    public Optional<Decision> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM decision WHERE id = ?", DecisionRepository::map, id);
    }

    public List<Decision> findByMeeting(UUID meetingId) {
        return sql.list("SELECT " + COLUMNS + " FROM decision WHERE meeting_id = ? ORDER BY updated_at, number",
                DecisionRepository::map, meetingId).stream()
                .sorted(DecisionRepository::byNumber).toList();
    }

    public List<Decision> findAll() {
        return sql.list("SELECT " + COLUMNS + " FROM decision", DecisionRepository::map).stream()
                .sorted(DecisionRepository::byNumber).toList();
    }

    public void delete(UUID id) {
        sql.update("DELETE FROM decision WHERE id = ?", id);
    }

    public void saveReservation(Reservation r) {
        sql.update(UPSERT_RESERVATION, r.id(), r.decisionId(), r.organizationId(), r.text(), r.updatedAt());
    }

    public List<Reservation> findReservations(UUID decisionId) {
        return sql.list("SELECT id, decision_id, organization_id, text, updated_at FROM reservation"
                + " WHERE decision_id = ? ORDER BY updated_at, id", DecisionRepository::mapReservation, decisionId);
    }

    public void deleteReservation(UUID id) {
        sql.update("DELETE FROM reservation WHERE id = ?", id);
    }

    /** Numbers compare part by part as numbers where they are numbers: 2024/47/10 after 2024/47/9. */
    static int byNumber(Decision a, Decision b) {
        String[] x = a.number().split("/");
        String[] y = b.number().split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    static Decision map(ResultSet r) throws SQLException {
        return new Decision(Sql.uuid(r, "id"), Sql.uuid(r, "meeting_id"), Sql.uuid(r, "agenda_item_id"),
                r.getString("number"), r.getString("text"), Sql.enumValue(r, "outcome", DecisionOutcome.class),
                Sql.instant(r, "updated_at"));
    }

    static Reservation mapReservation(ResultSet r) throws SQLException {
        return new Reservation(Sql.uuid(r, "id"), Sql.uuid(r, "decision_id"), Sql.uuid(r, "organization_id"),
                r.getString("text"), Sql.instant(r, "updated_at"));
    }
}
