package org.untfsse.workbench.service.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.ActionItem;
import org.untfsse.workbench.model.meeting.ActionStatus;
import org.untfsse.workbench.model.meeting.AgendaItem;
import org.untfsse.workbench.model.meeting.Attendance;
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.model.meeting.Decision;
import org.untfsse.workbench.model.meeting.DecisionOutcome;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.Reservation;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.service.common.Clocks;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.roster.RosterEntry;
import org.untfsse.workbench.service.roster.RosterFilter;
import org.untfsse.workbench.service.roster.RosterService;
import org.untfsse.workbench.store.common.Database;

/**
 * Meetings and their parts: details, attendance, agenda, decisions and action items. Each change
 * is one transaction; changes to a meeting whose minutes are approved are refused.
 */
public final class MeetingService {

    private final Database database;
    private final MeetingStore store;
    private final RosterService roster;
    private final ChairLookup chairs;
    private final Messages messages;
    private final MeetingRules rules;
    private final MeetingNames names;
    private final Clock clock;

    public MeetingService(Database database, MeetingStore store, RosterService roster, ChairLookup chairs,
                          Messages messages, Clock clock) {
        this.database = database;
        this.store = store;
        this.roster = roster;
        this.chairs = chairs;
        this.messages = messages;
        this.rules = new MeetingRules(messages);
        this.names = new MeetingNames(messages);
        this.clock = clock;
    }

    public MeetingNames names() {
        return names;
    }

    public Messages messages() {
        return messages;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- meetings --------------------------------------------------------------------------

    public List<Meeting> meetings() {
        return database.read(store.meetings()::findAll);
    }

    /** Every meeting, newest first, with the cadence of regular meetings. */
    public List<MeetingSummary> overview() {
        List<Meeting> all = meetings();
        Map<UUID, Cadence.Interval> intervals = Cadence.intervals(all);
        List<MeetingSummary> out = new ArrayList<>();
        for (Meeting m : all) {
            out.add(new MeetingSummary(m, names.title(m), intervals.get(m.id())));
        }
        out.sort(Comparator.comparing((MeetingSummary s) -> s.meeting().start()).reversed());
        return out;
    }

    public Optional<Cadence.Suggestion> suggestNext() {
        return Cadence.next(meetings(), today());
    }

    public Optional<Meeting> meeting(UUID id) {
        return database.read(() -> store.meetings().find(id));
    }

    /** A meeting named on the command line: a regular meeting's number, or an id. */
    public Optional<Meeting> resolve(String numberOrId) {
        String text = numberOrId == null ? "" : numberOrId.strip();
        if (text.matches("\\d{1,6}")) {
            return database.read(() -> store.meetings().findRegular(Integer.parseInt(text)));
        }
        try {
            return meeting(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The meeting held most recently before {@code meeting}, of any kind. */
    public Optional<Meeting> previous(Meeting meeting) {
        return meetings().stream().filter(m -> !m.id().equals(meeting.id()) && m.start().isBefore(meeting.start()))
                .max(Comparator.comparing(Meeting::start));
    }

    /** The meeting of the same kind held most recently before {@code meeting} (the last regular meeting for a regular one). */
    public Optional<Meeting> previousOfSameKind(Meeting meeting) {
        return meetings().stream().filter(m -> m.kind() == meeting.kind() && !m.id().equals(meeting.id())
                && m.start().isBefore(meeting.start())).max(Comparator.comparing(Meeting::start));
    }

    /** Adds a meeting; if earlier meetings left action items open, its agenda starts with the follow-up item. */
    public Meeting createMeeting(Meeting draft) {
        return database.write(() -> {
            Meeting m = normalise(draft).withUpdatedAt(Clocks.now(clock));
            ValidationException.throwIfAny(rules.checkMeeting(m, numberHolder(m)));
            store.meetings().save(m);
            if (!openActionsBefore(m).isEmpty()) {
                ensureFollowUpItem(m);
            }
            return m;
        });
    }

    public Meeting updateDetails(Meeting changed) {
        return database.write(() -> {
            Meeting existing = requireEditable(changed.id());
            Meeting candidate = normalise(changed).withMinutes(existing.minutesStatus(), existing.minutesVersion(),
                    existing.approvedAtMeetingId()).withUpdatedAt(existing.updatedAt());
            if (candidate.equals(existing)) {
                return existing;
            }
            ValidationException.throwIfAny(rules.checkMeeting(candidate, numberHolder(candidate)));
            Meeting saved = candidate.withUpdatedAt(Clocks.now(clock));
            store.meetings().save(saved);
            return saved;
        });
    }

    public void deleteMeeting(UUID id) {
        database.write(() -> {
            requireEditable(id);
            var now = Clocks.now(clock);
            store.actions().findAll().stream().filter(a -> id.equals(a.closedAtMeetingId()))
                    .map(ActionItem::raisedAtMeetingId).distinct().filter(raised -> !raised.equals(id))
                    .forEach(raised -> store.meetings().touch(raised, now));
            store.meetings().delete(id);
            return null;
        });
    }

    /** The chair as the minutes name it: the override if set, else the office-holder on the day. */
    public String chair(Meeting m) {
        if (m.chairOverride() != null) {
            return roster.organization(m.chairOverride()).map(Organization::acronym).orElse("");
        }
        return chairs.chairOn(m.start()).orElse("");
    }

    // ---- attendance ------------------------------------------------------------------------

    /** The grid from the roster as of the meeting date, with what was recorded. */
    public AttendanceGrid attendanceGrid(UUID meetingId) {
        Meeting m = meeting(meetingId).orElseThrow(() -> notFound(meetingId));
        Map<UUID, Attendance> recorded = new HashMap<>();
        database.read(() -> store.attendance().findByMeeting(meetingId)).forEach(a -> recorded.put(a.organizationId(), a));
        Map<UUID, List<Person>> peopleByOrg = new HashMap<>();
        for (Person p : roster.allPeople()) {
            if (p.isActiveOn(m.start()) || recorded.values().stream().anyMatch(a -> p.id().equals(a.personId()))) {
                peopleByOrg.computeIfAbsent(p.organizationId(), k -> new ArrayList<>()).add(p);
            }
        }
        List<AttendanceRow> members = new ArrayList<>();
        List<AttendanceRow> observers = new ArrayList<>();
        for (RosterEntry e : roster.roster(m.start(), "", RosterFilter.ALL)) {
            UUID orgId = e.organization().id();
            if (e.status() == null && !recorded.containsKey(orgId)) {
                continue;
            }
            AttendanceRow row = new AttendanceRow(e.organization(), e.status(), recorded.get(orgId),
                    peopleByOrg.getOrDefault(orgId, List.of()));
            (e.status() == MembershipStatus.OBSERVER ? observers : members).add(row);
        }
        return new AttendanceGrid(members, observers);
    }

    /** Records how an organization took part; {@code status} null clears the line. */
    public void setAttendance(UUID meetingId, UUID organizationId, AttendanceStatus status, UUID personId) {
        database.write(() -> {
            requireEditable(meetingId);
            Optional<Attendance> existing = store.attendance().findByMeeting(meetingId).stream()
                    .filter(a -> a.organizationId().equals(organizationId)).findFirst();
            if (status == null) {
                existing.ifPresent(a -> {
                    store.attendance().delete(a.id());
                    touch(meetingId);
                });
                return null;
            }
            UUID id = existing.map(Attendance::id).orElseGet(UUID::randomUUID);
            Attendance next = new Attendance(id, meetingId, organizationId, personId, status, Clocks.now(clock));
            if (existing.isEmpty() || !existing.get().withUpdatedAt(null).equals(next.withUpdatedAt(null))) {
                store.attendance().save(next);
                store.meetings().touch(meetingId, next.updatedAt());
            }
            return null;
        });
    }

    // ---- agenda ----------------------------------------------------------------------------

    public List<AgendaItem> agenda(UUID meetingId) {
        return database.read(() -> store.agenda().findByMeeting(meetingId));
    }

    public AgendaItem addAgendaItem(UUID meetingId, String title) {
        return database.write(() -> {
            requireEditable(meetingId);
            int position = store.agenda().findByMeeting(meetingId).size() + 1;
            AgendaItem item = new AgendaItem(UUID.randomUUID(), meetingId, position, title, "", "", false, false,
                    Clocks.now(clock));
            store.agenda().save(item);
            store.meetings().touch(meetingId, item.updatedAt());
            return item;
        });
    }

    /** Saves an item's title, presenter, minutes and standing flag; unchanged items are not re-stamped. */
    public AgendaItem updateAgendaItem(AgendaItem changed) {
        return database.write(() -> {
            AgendaItem existing = store.agenda().find(changed.id()).orElseThrow(() -> notFound(changed.id()));
            requireEditable(existing.meetingId());
            AgendaItem candidate = existing.withText(changed.title(), changed.presenter(), changed.minutesText(),
                    changed.standing());
            if (candidate.equals(existing)) {
                return existing;
            }
            AgendaItem saved = candidate.withUpdatedAt(Clocks.now(clock));
            store.agenda().save(saved);
            store.meetings().touch(saved.meetingId(), saved.updatedAt());
            return saved;
        });
    }

    /** Puts the agenda in the given order (ids of the meeting's items, first to last). */
    public List<AgendaItem> reorderAgenda(UUID meetingId, List<UUID> order) {
        return database.write(() -> {
            requireEditable(meetingId);
            List<AgendaItem> items = store.agenda().findByMeeting(meetingId);
            var now = Clocks.now(clock);
            for (AgendaItem item : items) {
                int position = order.indexOf(item.id()) + 1;
                if (position == 0) {
                    position = order.size() + items.indexOf(item) + 1;
                }
                if (position != item.position()) {
                    store.agenda().save(item.withPosition(position).withUpdatedAt(now));
                    store.meetings().touch(meetingId, now);
                }
            }
            return store.agenda().findByMeeting(meetingId);
        });
    }

    /** Moves one item up ({@code -1}) or down ({@code +1}). */
    public List<AgendaItem> moveAgendaItem(UUID itemId, int delta) {
        AgendaItem item = database.read(() -> store.agenda().find(itemId)).orElseThrow(() -> notFound(itemId));
        List<UUID> order = new ArrayList<>(agenda(item.meetingId()).stream().map(AgendaItem::id).toList());
        int from = order.indexOf(itemId);
        int to = Math.max(0, Math.min(order.size() - 1, from + delta));
        order.remove(from);
        order.add(to, itemId);
        return reorderAgenda(item.meetingId(), order);
    }

    public void deleteAgendaItem(UUID itemId) {
        database.write(() -> {
            AgendaItem item = store.agenda().find(itemId).orElseThrow(() -> notFound(itemId));
            requireEditable(item.meetingId());
            store.agenda().delete(itemId);
            touch(item.meetingId());
            List<UUID> rest = store.agenda().findByMeeting(item.meetingId()).stream().map(AgendaItem::id).toList();
            reorderAgenda(item.meetingId(), rest);
            return null;
        });
    }

    /** "Start from the last meeting's agenda": copies the previous meeting's standing items not already here. */
    public List<AgendaItem> startFromLastAgenda(UUID meetingId) {
        return database.write(() -> {
            Meeting m = requireEditable(meetingId);
            Optional<Meeting> previous = previousOfSameKind(m).or(() -> previous(m));
            List<AgendaItem> current = store.agenda().findByMeeting(meetingId);
            int position = current.size();
            var now = Clocks.now(clock);
            for (AgendaItem old : previous.map(p -> store.agenda().findByMeeting(p.id())).orElse(List.of())) {
                boolean present = current.stream().anyMatch(c -> c.title().equalsIgnoreCase(old.title())
                        || (old.followUp() && c.followUp()));
                if ((old.standing() || old.followUp()) && !present) {
                    store.agenda().save(new AgendaItem(UUID.randomUUID(), meetingId, ++position, old.title(),
                            old.presenter(), "", old.standing(), old.followUp(), now));
                    store.meetings().touch(meetingId, now);
                }
            }
            if (!openActionsBefore(m).isEmpty()) {
                ensureFollowUpItem(m);
            }
            return store.agenda().findByMeeting(meetingId);
        });
    }

    // ---- decisions -------------------------------------------------------------------------

    public List<Decision> decisions(UUID meetingId) {
        return database.read(() -> store.decisions().findByMeeting(meetingId));
    }

    public List<Reservation> reservations(UUID decisionId) {
        return database.read(() -> store.decisions().findReservations(decisionId));
    }

    /** Every decision with its meeting and reservations, in number order. */
    public List<DecisionEntry> decisionRegister() {
        return database.read(() -> {
            Map<UUID, Meeting> byId = new HashMap<>();
            store.meetings().findAll().forEach(m -> byId.put(m.id(), m));
            return store.decisions().findAll().stream().map(d -> new DecisionEntry(d, byId.get(d.meetingId()),
                    store.decisions().findReservations(d.id()))).toList();
        });
    }

    /** Adds a decision with the next number of its meeting (year / meeting number / sequence). */
    public Decision addDecision(UUID meetingId, UUID agendaItemId, String text, DecisionOutcome outcome) {
        return database.write(() -> {
            Meeting m = requireEditable(meetingId);
            String scope = DecisionNumbers.scope(m);
            String number = DecisionNumbers.number(scope, store.decisions().nextSequence(scope));
            Decision d = new Decision(UUID.randomUUID(), meetingId, agendaItemId, number, text, outcome,
                    Clocks.now(clock));
            store.decisions().save(d);
            store.meetings().touch(meetingId, d.updatedAt());
            return d;
        });
    }

    public Decision updateDecision(Decision changed) {
        return database.write(() -> {
            Decision existing = store.decisions().find(changed.id()).orElseThrow(() -> notFound(changed.id()));
            requireEditable(existing.meetingId());
            Decision candidate = existing.withContent(changed.agendaItemId(), changed.text(), changed.outcome());
            if (candidate.equals(existing)) {
                return existing;
            }
            Decision saved = candidate.withUpdatedAt(Clocks.now(clock));
            store.decisions().save(saved);
            store.meetings().touch(saved.meetingId(), saved.updatedAt());
            return saved;
        });
    }

    /** Deletes a decision; its number stays used. */
    public void deleteDecision(UUID decisionId) {
        database.write(() -> {
            Decision d = store.decisions().find(decisionId).orElseThrow(() -> notFound(decisionId));
            requireEditable(d.meetingId());
            store.decisions().delete(decisionId);
            touch(d.meetingId());
            return null;
        });
    }

    public Reservation saveReservation(Reservation reservation) {
        return database.write(() -> {
            Decision d = store.decisions().find(reservation.decisionId()).orElseThrow(() -> notFound(reservation.decisionId()));
            requireEditable(d.meetingId());
            Reservation saved = reservation.withUpdatedAt(Clocks.now(clock));
            store.decisions().saveReservation(saved);
            store.meetings().touch(d.meetingId(), saved.updatedAt());
            return saved;
        });
    }

    public void deleteReservation(UUID decisionId, UUID reservationId) {
        database.write(() -> {
            Decision d = store.decisions().find(decisionId).orElseThrow(() -> notFound(decisionId));
            requireEditable(d.meetingId());
            store.decisions().deleteReservation(reservationId);
            touch(d.meetingId());
            return null;
        });
    }

    // ---- action items ----------------------------------------------------------------------

    public List<ActionItem> actionsRaisedAt(UUID meetingId) {
        return database.read(() -> store.actions().findRaisedAt(meetingId));
    }

    /** Action items carried forward to {@code meeting}: raised earlier and still open, or closed at it. */
    public List<ActionItem> followUpActions(UUID meetingId) {
        Meeting m = meeting(meetingId).orElseThrow(() -> notFound(meetingId));
        return database.read(() -> {
            Map<UUID, Meeting> byId = new HashMap<>();
            store.meetings().findAll().forEach(x -> byId.put(x.id(), x));
            return store.actions().findAll().stream().filter(a -> {
                Meeting raised = byId.get(a.raisedAtMeetingId());
                return raised != null && raised.start().isBefore(m.start())
                        && (a.isOpen() || meetingId.equals(a.closedAtMeetingId()));
            }).toList();
        });
    }

    /** Every action item, open and overdue first, then by owner organization and due date. */
    public List<ActionEntry> actionRegister() {
        LocalDate today = today();
        return database.read(() -> {
            Map<UUID, Meeting> byId = new HashMap<>();
            store.meetings().findAll().forEach(x -> byId.put(x.id(), x));
            Map<UUID, String> acronyms = new HashMap<>();
            roster.allOrganizations().forEach(o -> acronyms.put(o.id(), o.acronym()));
            Map<UUID, String> people = new HashMap<>();
            roster.allPeople().forEach(p -> people.put(p.id(), p.name()));
            List<ActionEntry> out = new ArrayList<>();
            for (ActionItem a : store.actions().findAll()) {
                out.add(new ActionEntry(a, byId.get(a.raisedAtMeetingId()), byId.get(a.closedAtMeetingId()),
                        acronyms.getOrDefault(a.ownerOrganizationId(), ""), people.getOrDefault(a.ownerPersonId(), "")));
            }
            out.sort(Comparator.comparing((ActionEntry e) -> !e.action().isOverdue(today))
                    .thenComparing(e -> !e.action().isOpen())
                    .thenComparing(ActionEntry::ownerAcronym, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(e -> e.action().due() == null ? LocalDate.MAX : e.action().due()));
            return out;
        });
    }

    public ActionItem addAction(UUID meetingId, String text, UUID ownerOrganizationId, UUID ownerPersonId, LocalDate due) {
        return database.write(() -> {
            Meeting m = requireEditable(meetingId);
            ActionItem a = new ActionItem(UUID.randomUUID(), meetingId, null, text, ownerOrganizationId, ownerPersonId,
                    due, ActionStatus.OPEN, Clocks.now(clock));
            store.actions().save(a);
            store.meetings().touch(m.id(), a.updatedAt());
            return a;
        });
    }

    public ActionItem updateAction(ActionItem changed) {
        return database.write(() -> {
            ActionItem existing = store.actions().find(changed.id()).orElseThrow(() -> notFound(changed.id()));
            requireEditable(existing.raisedAtMeetingId());
            ActionItem candidate = existing.withContent(changed.text(), changed.ownerOrganizationId(),
                    changed.ownerPersonId(), changed.due());
            if (candidate.equals(existing)) {
                return existing;
            }
            ActionItem saved = candidate.withUpdatedAt(Clocks.now(clock));
            store.actions().save(saved);
            store.meetings().touch(saved.raisedAtMeetingId(), saved.updatedAt());
            return saved;
        });
    }

    /**
     * Marks an action done, dropped or open again. Closing is recorded against {@code atMeetingId}
     * (the meeting where it was reported), which may be null when closed between meetings. This is
     * allowed even when the raising meeting's minutes are approved: closing happens later.
     */
    public ActionItem setActionStatus(UUID actionId, ActionStatus status, UUID atMeetingId) {
        return database.write(() -> {
            ActionItem existing = store.actions().find(actionId).orElseThrow(() -> notFound(actionId));
            ActionItem saved = existing.withStatus(status, status == ActionStatus.OPEN ? null : atMeetingId)
                    .withUpdatedAt(Clocks.now(clock));
            store.actions().save(saved);
            store.meetings().touch(saved.raisedAtMeetingId(), saved.updatedAt());
            return saved;
        });
    }

    public void deleteAction(UUID actionId) {
        database.write(() -> {
            ActionItem a = store.actions().find(actionId).orElseThrow(() -> notFound(actionId));
            requireEditable(a.raisedAtMeetingId());
            store.actions().delete(actionId);
            touch(a.raisedAtMeetingId());
            return null;
        });
    }

    // ---- helpers ---------------------------------------------------------------------------

    Meeting requireEditable(UUID meetingId) {
        Meeting m = store.meetings().find(meetingId).orElseThrow(() -> notFound(meetingId));
        if (m.minutesReadOnly()) {
            throw new ValidationException(List.of(rules.readOnly(m, names)));
        }
        return m;
    }

    /**
     * A part of the meeting changed: its {@code updatedAt} moves too, because the JSON bundle merges a
     * meeting with all its parts as one record and the newer {@code updatedAt} wins.
     */
    private void touch(UUID meetingId) {
        store.meetings().touch(meetingId, Clocks.now(clock));
    }

    private List<ActionItem> openActionsBefore(Meeting m) {
        Map<UUID, Meeting> byId = new HashMap<>();
        store.meetings().findAll().forEach(x -> byId.put(x.id(), x));
        return store.actions().findAll().stream().filter(ActionItem::isOpen).filter(a -> {
            Meeting raised = byId.get(a.raisedAtMeetingId());
            return raised != null && raised.start().isBefore(m.start());
        }).toList();
    }

    private void ensureFollowUpItem(Meeting m) {
        List<AgendaItem> items = store.agenda().findByMeeting(m.id());
        if (items.stream().noneMatch(AgendaItem::followUp)) {
            store.agenda().save(new AgendaItem(UUID.randomUUID(), m.id(), items.size() + 1,
                    messages.get("meeting.agenda.followUp"), "", "", true, true, Clocks.now(clock)));
            touch(m.id());
        }
    }

    private Optional<Meeting> numberHolder(Meeting m) {
        return m.isRegular() && m.number() != null ? store.meetings().findRegular(m.number()) : Optional.empty();
    }

    private static Meeting normalise(Meeting m) {
        Integer number = m.isRegular() ? m.number() : null;
        return m.withDetails(number, m.title(), m.kind(), m.start(), m.end(), m.place(), m.virtual(), m.chairOverride());
    }

    static IllegalArgumentException notFound(UUID id) {
        return new IllegalArgumentException("No record with id " + id);
    }

    /** Thrown-problem helper for callers that validate a single field. */
    public Problem problem(String fieldKey, String messageKey, Object... args) {
        return new Problem(messages.get(fieldKey), messages.get(messageKey, args));
    }
}
