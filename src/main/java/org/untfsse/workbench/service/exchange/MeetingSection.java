package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.untfsse.workbench.i18n.Messages;
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
import org.untfsse.workbench.service.meeting.MeetingNames;
import org.untfsse.workbench.store.exchange.MeetingBundleStore;

/**
 * {@code meetings}: each meeting with, nested, its attendance, agenda items, decisions (with
 * reservations per organization), the action items raised at it, circulation records and minutes
 * versions. A meeting and its parts are one record: merged as a whole, the newer {@code updatedAt}
 * winning (the meeting service moves the meeting's {@code updatedAt} whenever a part changes).
 */
public final class MeetingSection implements BundleSection<MeetingRecord> {

    public static final String KEY = "meetings";

    static final List<FieldSpec> RESERVATION = List.of(
            FieldSpec.id("id"),
            FieldSpec.reference("organizationId", false),
            FieldSpec.text("text", FieldSpec.LONG_TEXT),
            FieldSpec.instant("updatedAt"));

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.id("id"),
            FieldSpec.integer("number", true),
            FieldSpec.text("title", FieldSpec.SHORT_TEXT),
            FieldSpec.enumOf("kind", MeetingKind.class, false),
            FieldSpec.date("start", false),
            FieldSpec.date("end", false),
            FieldSpec.text("place", FieldSpec.SHORT_TEXT),
            FieldSpec.bool("virtual"),
            FieldSpec.reference("chairOrganizationId", true),
            FieldSpec.enumOf("minutesStatus", MinutesStatus.class, false),
            FieldSpec.integer("minutesVersion", false),
            FieldSpec.reference("approvedAtMeetingId", true),
            FieldSpec.instant("updatedAt"),
            FieldSpec.array("attendance", List.of(
                    FieldSpec.id("id"),
                    FieldSpec.reference("organizationId", false),
                    FieldSpec.reference("personId", true),
                    FieldSpec.enumOf("status", AttendanceStatus.class, false),
                    FieldSpec.instant("updatedAt"))),
            FieldSpec.array("agendaItems", List.of(
                    FieldSpec.id("id"),
                    FieldSpec.integer("position", false),
                    FieldSpec.text("title", FieldSpec.SHORT_TEXT),
                    FieldSpec.text("presenter", FieldSpec.SHORT_TEXT),
                    FieldSpec.text("minutesText", FieldSpec.LONG_TEXT),
                    FieldSpec.bool("standing"),
                    FieldSpec.bool("followUp"),
                    FieldSpec.instant("updatedAt"))),
            FieldSpec.array("decisions", List.of(
                    FieldSpec.id("id"),
                    FieldSpec.text("number", 100),
                    FieldSpec.reference("agendaItemId", true),
                    FieldSpec.text("text", FieldSpec.LONG_TEXT),
                    FieldSpec.enumOf("outcome", DecisionOutcome.class, false),
                    FieldSpec.instant("updatedAt"),
                    FieldSpec.array("reservations", RESERVATION))),
            FieldSpec.array("actionItems", List.of(
                    FieldSpec.id("id"),
                    FieldSpec.text("text", FieldSpec.LONG_TEXT),
                    FieldSpec.reference("ownerOrganizationId", true),
                    FieldSpec.reference("ownerPersonId", true),
                    FieldSpec.date("due", true),
                    FieldSpec.enumOf("status", ActionStatus.class, false),
                    FieldSpec.reference("closedAtMeetingId", true),
                    FieldSpec.instant("updatedAt"))),
            FieldSpec.array("circulations", List.of(
                    FieldSpec.id("id"),
                    FieldSpec.integer("version", false),
                    FieldSpec.date("date", false),
                    // e-mail addresses, one per line: personal, left out by --omit-personal
                    FieldSpec.personalText("recipients", FieldSpec.LONG_TEXT),
                    FieldSpec.text("sha256", FieldSpec.SHORT_TEXT),
                    FieldSpec.text("format", 100),
                    FieldSpec.instant("updatedAt"))),
            FieldSpec.array("minutesVersions", List.of(
                    FieldSpec.id("id"),
                    FieldSpec.integer("version", false),
                    FieldSpec.enumOf("status", MinutesStatus.class, false),
                    FieldSpec.text("reason", FieldSpec.LONG_TEXT),
                    FieldSpec.text("snapshot", FieldSpec.LONG_TEXT),
                    FieldSpec.reference("approvedAtMeetingId", true),
                    FieldSpec.instant("updatedAt"))));

    private final MeetingBundleStore store;
    private final MeetingChecks checks;
    private final MeetingNames names;

    public MeetingSection(MeetingBundleStore store, Messages messages) {
        this.store = store;
        this.checks = new MeetingChecks(messages);
        this.names = new MeetingNames(messages);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public UUID id(MeetingRecord r) {
        return r.id();
    }

    @Override
    public Instant updatedAt(MeetingRecord r) {
        return r.updatedAt();
    }

    @Override
    public String label(MeetingRecord r) {
        return names.title(r.meeting());
    }

    @Override
    public Object[] values(MeetingRecord r) {
        Meeting m = r.meeting();
        return new Object[] {m.id(), m.number(), m.title(), m.kind(), m.start(), m.end(), m.place(), m.virtual(),
                m.chairOverride(), m.minutesStatus(), m.minutesVersion(), m.approvedAtMeetingId(), m.updatedAt(),
                rows(r.attendance(), a -> new Object[] {a.id(), a.organizationId(), a.personId(), a.status(), a.updatedAt()}),
                rows(r.agenda(), a -> new Object[] {a.id(), a.position(), a.title(), a.presenter(), a.minutesText(),
                        a.standing(), a.followUp(), a.updatedAt()}),
                rows(r.decisions(), d -> new Object[] {d.id(), d.number(), d.agendaItemId(), d.text(), d.outcome(),
                        d.updatedAt(), rows(r.reservationsOf(d.id()), x -> new Object[] {x.id(), x.organizationId(),
                                x.text(), x.updatedAt()})}),
                rows(r.actions(), a -> new Object[] {a.id(), a.text(), a.ownerOrganizationId(), a.ownerPersonId(), a.due(),
                        a.status(), a.closedAtMeetingId(), a.updatedAt()}),
                rows(r.circulations(), c -> new Object[] {c.id(), c.version(), c.date(), String.join("\n", c.recipients()),
                        c.sha256(), c.format(), c.updatedAt()}),
                rows(r.versions(), v -> new Object[] {v.id(), v.version(), v.status(), v.reason(), v.snapshot(),
                        v.approvedAtMeetingId(), v.updatedAt()})};
    }

    private interface Columns<T> {
        Object[] of(T part);
    }

    private static <T> List<Object[]> rows(List<T> parts, Columns<T> columns) {
        List<Object[]> out = new ArrayList<>(parts.size());
        parts.forEach(p -> out.add(columns.of(p)));
        return out;
    }

    @Override
    public MeetingRecord fromFields(RecordFields f) {
        UUID id = f.uuid("id");
        Long number = f.integer("number");
        Meeting meeting = new Meeting(id, number == null ? null : Math.toIntExact(number), f.text("title"),
                f.enumValue("kind", MeetingKind.class), f.date("start"), f.date("end"), f.text("place"), f.bool("virtual"),
                f.uuid("chairOrganizationId"), f.enumValue("minutesStatus", MinutesStatus.class),
                Math.toIntExact(f.integer("minutesVersion")), f.uuid("approvedAtMeetingId"), f.instant("updatedAt"));
        List<Attendance> attendance = f.array("attendance").stream().map(a -> new Attendance(a.uuid("id"), id,
                a.uuid("organizationId"), a.uuid("personId"), a.enumValue("status", AttendanceStatus.class),
                a.instant("updatedAt"))).toList();
        List<AgendaItem> agenda = f.array("agendaItems").stream().map(a -> new AgendaItem(a.uuid("id"), id,
                Math.toIntExact(a.integer("position")), a.text("title"), a.text("presenter"), a.text("minutesText"),
                a.bool("standing"), a.bool("followUp"), a.instant("updatedAt"))).toList();
        List<Decision> decisions = new ArrayList<>();
        List<Reservation> reservations = new ArrayList<>();
        for (RecordFields d : f.array("decisions")) {
            UUID decisionId = d.uuid("id");
            decisions.add(new Decision(decisionId, id, d.uuid("agendaItemId"), d.text("number"), d.text("text"),
                    d.enumValue("outcome", DecisionOutcome.class), d.instant("updatedAt")));
            d.array("reservations").forEach(x -> reservations.add(new Reservation(x.uuid("id"), decisionId,
                    x.uuid("organizationId"), x.text("text"), x.instant("updatedAt"))));
        }
        List<ActionItem> actions = f.array("actionItems").stream().map(a -> new ActionItem(a.uuid("id"), id,
                a.uuid("closedAtMeetingId"), a.text("text"), a.uuid("ownerOrganizationId"), a.uuid("ownerPersonId"),
                a.date("due"), a.enumValue("status", ActionStatus.class), a.instant("updatedAt"))).toList();
        List<Circulation> circulations = f.array("circulations").stream().map(c -> new Circulation(c.uuid("id"), id,
                Math.toIntExact(c.integer("version")), c.date("date"), recipients(c.text("recipients")), c.text("sha256"),
                c.text("format"), c.instant("updatedAt"))).toList();
        List<MinutesVersion> versions = f.array("minutesVersions").stream().map(v -> new MinutesVersion(v.uuid("id"), id,
                Math.toIntExact(v.integer("version")), v.enumValue("status", MinutesStatus.class), v.text("reason"),
                v.text("snapshot"), v.uuid("approvedAtMeetingId"), v.instant("updatedAt"))).toList();
        return new MeetingRecord(meeting, attendance, agenda, decisions, reservations, actions, circulations, versions);
    }

    private static List<String> recipients(String lines) {
        return lines == null || lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"));
    }

    @Override
    public boolean sameContent(MeetingRecord a, MeetingRecord b) {
        return a.withUpdatedAt(Instant.EPOCH).equals(b.withUpdatedAt(Instant.EPOCH));
    }

    /** A bundle exported with {@code --omit-personal} never erases the circulation recipients kept here. */
    @Override
    public MeetingRecord withPersonalFieldsOf(MeetingRecord incoming, MeetingRecord local) {
        Map<UUID, Circulation> kept = new HashMap<>();
        local.circulations().forEach(c -> kept.put(c.id(), c));
        return incoming.withCirculations(incoming.circulations().stream().map(c -> kept.containsKey(c.id())
                ? new Circulation(c.id(), c.meetingId(), c.version(), c.date(), kept.get(c.id()).recipients(), c.sha256(),
                        c.format(), c.updatedAt())
                : c).toList());
    }

    @Override
    public void forEachStored(Consumer<MeetingRecord> sink) {
        store.forEachMeeting(sink);
    }

    @Override
    public long countStored() {
        return store.count();
    }

    @Override
    public Map<UUID, MeetingRecord> loadStored() {
        Map<UUID, MeetingRecord> all = new HashMap<>();
        store.forEachMeeting(m -> all.put(m.id(), m));
        return all;
    }

    @Override
    public void validate(SectionCheck<MeetingRecord> check) {
        checks.validate(check);
    }

    @Override
    public void saveAll(List<MeetingRecord> records) {
        store.saveMeetings(records);
    }

    /** Every decision number received, kept or not, is never handed out again here. */
    @Override
    public void received(List<MeetingRecord> records) {
        List<String> scopes = new ArrayList<>();
        List<Integer> sequences = new ArrayList<>();
        for (MeetingRecord r : records) {
            for (Decision d : r.decisions()) {
                int slash = d.number().lastIndexOf('/');
                String sequence = d.number().substring(slash + 1);
                if (slash > 0 && sequence.matches("\\d{1,9}")) {
                    scopes.add(d.number().substring(0, slash));
                    sequences.add(Integer.parseInt(sequence));
                }
            }
        }
        store.raiseDecisionCounters(scopes, sequences);
    }
}
