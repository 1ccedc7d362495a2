package org.untfsse.workbench.store.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.untfsse.workbench.model.meeting.ActionItem;
import org.untfsse.workbench.model.meeting.ActionStatus;
import org.untfsse.workbench.model.meeting.AgendaItem;
import org.untfsse.workbench.model.meeting.Attendance;
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.model.meeting.Circulation;
import org.untfsse.workbench.model.meeting.Decision;
import org.untfsse.workbench.model.meeting.DecisionOutcome;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MeetingKind;
import org.untfsse.workbench.model.meeting.MeetingRecord;
import org.untfsse.workbench.model.meeting.MinutesStatus;
import org.untfsse.workbench.model.meeting.MinutesVersion;
import org.untfsse.workbench.model.meeting.Reservation;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.Sql;

/**
 * The meeting tables as the bundle needs them: each meeting with all its parts, streamed one
 * meeting at a time in id order, and the whole-meeting replace of an import. Runs on the caller's
 * transaction.
 */
public final class MeetingBundleStore {

    private static final String MEETINGS = """
            SELECT id, number, title, kind, start_date, end_date, place, virtual, chair_override, minutes_status,
                   minutes_version, approved_at_meeting_id, updated_at
            FROM meeting ORDER BY id
            """;
    private static final String ATTENDANCE = "SELECT * FROM attendance WHERE meeting_id = ?";
    private static final String AGENDA = "SELECT * FROM agenda_item WHERE meeting_id = ?";
    private static final String DECISIONS = "SELECT * FROM decision WHERE meeting_id = ?";
    private static final String RESERVATIONS = """
            SELECT r.* FROM reservation r JOIN decision d ON d.id = r.decision_id WHERE d.meeting_id = ?
            """;
    private static final String ACTIONS = "SELECT * FROM action_item WHERE raised_at_meeting_id = ?";
    private static final String CIRCULATIONS = "SELECT * FROM circulation WHERE meeting_id = ?";
    private static final String VERSIONS = "SELECT * FROM minutes_version WHERE meeting_id = ?";

    private static final String UPSERT_MEETING = """
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
    /** A meeting's parts are replaced as a whole; reservations go with their decisions (ON DELETE CASCADE). */
    private static final List<String> DELETE_PARTS = List.of(
            "DELETE FROM decision WHERE meeting_id = ?",
            "DELETE FROM agenda_item WHERE meeting_id = ?",
            "DELETE FROM attendance WHERE meeting_id = ?",
            "DELETE FROM action_item WHERE raised_at_meeting_id = ?",
            "DELETE FROM circulation WHERE meeting_id = ?",
            "DELETE FROM minutes_version WHERE meeting_id = ?");
    private static final String INSERT_ATTENDANCE = """
            INSERT INTO attendance (id, meeting_id, organization_id, person_id, status, updated_at) VALUES (?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_AGENDA = """
            INSERT INTO agenda_item (id, meeting_id, position, title, presenter, minutes_text, standing, follow_up, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_DECISION = """
            INSERT INTO decision (id, meeting_id, agenda_item_id, number, text, outcome, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_RESERVATION = """
            INSERT INTO reservation (id, decision_id, organization_id, text, updated_at) VALUES (?, ?, ?, ?, ?)
            """;
    private static final String INSERT_ACTION = """
            INSERT INTO action_item (id, raised_at_meeting_id, closed_at_meeting_id, text, owner_organization_id,
                                     owner_person_id, due_date, status, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_CIRCULATION = """
            INSERT INTO circulation (id, meeting_id, version, date, recipients, sha256, format, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_VERSION = """
            INSERT INTO minutes_version (id, meeting_id, version, status, reason, snapshot, approved_at_meeting_id, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;
    /** Keeps a scope's counter at or above a number received, so this copy never hands it out again. */
    private static final String RAISE_COUNTER = """
            INSERT INTO decision_counter (scope, last) VALUES (?, ?)
            ON CONFLICT (scope) DO UPDATE SET last = max(last, excluded.last)
            """;

    private final Database database;

    public MeetingBundleStore(Database database) {
        this.database = database;
    }

    /** Every meeting with its parts, in id order; one meeting's parts in memory at a time. */
    public void forEachMeeting(Consumer<MeetingRecord> sink) {
        database.sql(c -> {
            try (PreparedStatement s = c.prepareStatement(MEETINGS); ResultSet r = s.executeQuery();
                 Parts parts = new Parts(c)) {
                while (r.next()) {
                    sink.accept(parts.of(meeting(r)));
                }
            }
            return null;
        });
    }

    public long count() {
        return database.sql(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM meeting"); ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }

    /** Writes the meetings and replaces all their parts; meeting rows first, so parts may refer to any of them. */
    public void saveMeetings(List<MeetingRecord> records) {
        List<Meeting> meetings = records.stream().map(MeetingRecord::meeting).toList();
        BatchUpsert.run(database, UPSERT_MEETING, meetings, m -> new Object[] {m.id(), m.number(), m.title(), m.kind(),
                m.start(), m.end(), m.place(), m.virtual(), m.chairOverride(), m.minutesStatus(), m.minutesVersion(),
                m.approvedAtMeetingId(), m.updatedAt()});
        for (String delete : DELETE_PARTS) {
            BatchUpsert.run(database, delete, meetings, m -> new Object[] {m.id()});
        }
        BatchUpsert.run(database, INSERT_ATTENDANCE, all(records, MeetingRecord::attendance), a -> new Object[] {
                a.id(), a.meetingId(), a.organizationId(), a.personId(), a.status(), a.updatedAt()});
        BatchUpsert.run(database, INSERT_AGENDA, all(records, MeetingRecord::agenda), a -> new Object[] {
                a.id(), a.meetingId(), a.position(), a.title(), a.presenter(), a.minutesText(), a.standing(),
                a.followUp(), a.updatedAt()});
        BatchUpsert.run(database, INSERT_DECISION, all(records, MeetingRecord::decisions), d -> new Object[] {
                d.id(), d.meetingId(), d.agendaItemId(), d.number(), d.text(), d.outcome(), d.updatedAt()});
        BatchUpsert.run(database, INSERT_RESERVATION, all(records, MeetingRecord::reservations), r -> new Object[] {
                r.id(), r.decisionId(), r.organizationId(), r.text(), r.updatedAt()});
        BatchUpsert.run(database, INSERT_ACTION, all(records, MeetingRecord::actions), a -> new Object[] {
                a.id(), a.raisedAtMeetingId(), a.closedAtMeetingId(), a.text(), a.ownerOrganizationId(),
                a.ownerPersonId(), a.due(), a.status(), a.updatedAt()});
        BatchUpsert.run(database, INSERT_CIRCULATION, all(records, MeetingRecord::circulations), x -> new Object[] {
                x.id(), x.meetingId(), x.version(), x.date(), String.join("\n", x.recipients()), x.sha256(), x.format(),
                x.updatedAt()});
        BatchUpsert.run(database, INSERT_VERSION, all(records, MeetingRecord::versions), v -> new Object[] {
                v.id(), v.meetingId(), v.version(), v.status(), v.reason(), v.snapshot(), v.approvedAtMeetingId(),
                v.updatedAt()});
    }

    /** Raises each scope's decision counter (e.g. "2024/47") to at least the sequence received (3 for 2024/47/3). */
    public void raiseDecisionCounters(List<String> scopes, List<Integer> sequences) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            rows.add(new Object[] {scopes.get(i), sequences.get(i)});
        }
        BatchUpsert.run(database, RAISE_COUNTER, rows, row -> row);
    }

    private static <T> List<T> all(List<MeetingRecord> records, java.util.function.Function<MeetingRecord, List<T>> part) {
        List<T> out = new ArrayList<>();
        records.forEach(r -> out.addAll(part.apply(r)));
        return out;
    }

    /** The prepared part queries, reused for every meeting of one export. */
    private static final class Parts implements AutoCloseable {

        private final PreparedStatement attendance;
        private final PreparedStatement agenda;
        private final PreparedStatement decisions;
        private final PreparedStatement reservations;
        private final PreparedStatement actions;
        private final PreparedStatement circulations;
        private final PreparedStatement versions;

        Parts(Connection c) throws SQLException {
            attendance = c.prepareStatement(ATTENDANCE);
            agenda = c.prepareStatement(AGENDA);
            decisions = c.prepareStatement(DECISIONS);
            reservations = c.prepareStatement(RESERVATIONS);
            actions = c.prepareStatement(ACTIONS);
            circulations = c.prepareStatement(CIRCULATIONS);
            versions = c.prepareStatement(VERSIONS);
        }

        MeetingRecord of(Meeting m) throws SQLException {
            return new MeetingRecord(m, rows(attendance, m.id(), MeetingBundleStore::attendance),
                    rows(agenda, m.id(), MeetingBundleStore::agendaItem), rows(decisions, m.id(), MeetingBundleStore::decision),
                    rows(reservations, m.id(), MeetingBundleStore::reservation),
                    rows(actions, m.id(), MeetingBundleStore::action), rows(circulations, m.id(), MeetingBundleStore::circulation),
                    rows(versions, m.id(), MeetingBundleStore::version)).canonical();
        }

        private static <T> List<T> rows(PreparedStatement s, UUID meetingId, Row<T> mapper) throws SQLException {
            s.setString(1, meetingId.toString());
            List<T> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(mapper.map(r));
                }
            }
            return out;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : List.of(attendance, agenda, decisions, reservations, actions, circulations, versions)) {
                s.close();
            }
        }
    }

    private interface Row<T> {
        T map(ResultSet r) throws SQLException;
    }

    private static Meeting meeting(ResultSet r) throws SQLException {
        int number = r.getInt("number");
        Integer boxed = r.wasNull() ? null : number;
        return new Meeting(Sql.uuid(r, "id"), boxed, r.getString("title"), Sql.enumValue(r, "kind", MeetingKind.class),
                Sql.date(r, "start_date"), Sql.date(r, "end_date"), r.getString("place"), r.getInt("virtual") != 0,
                Sql.uuid(r, "chair_override"), Sql.enumValue(r, "minutes_status", MinutesStatus.class),
                r.getInt("minutes_version"), Sql.uuid(r, "approved_at_meeting_id"), Sql.instant(r, "updated_at"));
    }

    private static Attendance attendance(ResultSet r) throws SQLException {
        return new Attendance(Sql.uuid(r, "id"), Sql.uuid(r, "meeting_id"), Sql.uuid(r, "organization_id"),
                Sql.uuid(r, "person_id"), Sql.enumValue(r, "status", AttendanceStatus.class), Sql.instant(r, "updated_at"));
    }

    private static AgendaItem agendaItem(ResultSet r) throws SQLException {
        return new AgendaItem(Sql.uuid(r, "id"), Sql.uuid(r, "meeting_id"), r.getInt("position"), r.getString("title"),
                r.getString("presenter"), r.getString("minutes_text"), r.getInt("standing") != 0,
                r.getInt("follow_up") != 0, Sql.instant(r, "updated_at"));
    }

    private static Decision decision(ResultSet r) throws SQLException {
        return new Decision(Sql.uuid(r, "id"), Sql.uuid(r, "meeting_id"), Sql.uuid(r, "agenda_item_id"),
                r.getString("number"), r.getString("text"), Sql.enumValue(r, "outcome", DecisionOutcome.class),
                Sql.instant(r, "updated_at"));
    }

    private static Reservation reservation(ResultSet r) throws SQLException {
        return new Reservation(Sql.uuid(r, "id"), Sql.uuid(r, "decision_id"), Sql.uuid(r, "organization_id"),
                r.getString("text"), Sql.instant(r, "updated_at"));
    }

    private static ActionItem action(ResultSet r) throws SQLException {
        return new ActionItem(Sql.uuid(r, "id"), Sql.uuid(r, "raised_at_meeting_id"), Sql.uuid(r, "closed_at_meeting_id"),
                r.getString("text"), Sql.uuid(r, "owner_organization_id"), Sql.uuid(r, "owner_person_id"),
                Sql.date(r, "due_date"), Sql.enumValue(r, "status", ActionStatus.class), Sql.instant(r, "updated_at"));
    }

    private static Circulation circulation(ResultSet r) throws SQLException {
        String recipients = r.getString("recipients");
        List<String> list = recipients == null || recipients.isEmpty() ? List.of() : Arrays.asList(recipients.split("\n"));
        return new Circulation(Sql.uuid(r, "id"), Sql.uuid(r, "meeting_id"), r.getInt("version"), Sql.date(r, "date"),
                list, r.getString("sha256"), r.getString("format"), Sql.instant(r, "updated_at"));
    }

    private static MinutesVersion version(ResultSet r) throws SQLException {
        return new MinutesVersion(Sql.uuid(r, "id"), Sql.uuid(r, "meeting_id"), r.getInt("version"),
                Sql.enumValue(r, "status", MinutesStatus.class), r.getString("reason"), r.getString("snapshot"),
                Sql.uuid(r, "approved_at_meeting_id"), Sql.instant(r, "updated_at"));
    }
}
