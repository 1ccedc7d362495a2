package org.untfsse.workbench.model.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A meeting with every part that belongs to it — attendance, agenda, decisions with their
 * reservations, the action items raised at it, circulation records and minutes versions — as one
 * record of the JSON bundle (merged as a whole). The lists keep the order they were read in (so a
 * problem can name its place in the file); {@link #canonical()} gives the order the bundle is written in.
 */
public record MeetingRecord(
        Meeting meeting,
        List<Attendance> attendance,
        List<AgendaItem> agenda,
        List<Decision> decisions,
        List<Reservation> reservations,
        List<ActionItem> actions,
        List<Circulation> circulations,
        List<MinutesVersion> versions) {

    private static final Comparator<UUID> BY_TEXT = Comparator.comparing(UUID::toString);

    public MeetingRecord {
        Objects.requireNonNull(meeting, "meeting");
        attendance = List.copyOf(attendance);
        agenda = List.copyOf(agenda);
        decisions = List.copyOf(decisions);
        reservations = List.copyOf(reservations);
        actions = List.copyOf(actions);
        circulations = List.copyOf(circulations);
        versions = List.copyOf(versions);
    }

    /**
     * The same parts in the one order the bundle writes them: attendance by organization, agenda
     * by position, decisions by number, reservations by decision then organization, action items by
     * id, circulations and minutes versions by version (ids break ties, compared as text like SQLite).
     */
    public MeetingRecord canonical() {
        List<Decision> byNumber = sorted(decisions, Comparator.comparing(Decision::number, MeetingRecord::compareNumbers)
                .thenComparing(Decision::id, BY_TEXT));
        Map<UUID, Integer> decisionOrder = new HashMap<>();
        for (Decision d : byNumber) {
            decisionOrder.put(d.id(), decisionOrder.size());
        }
        return new MeetingRecord(meeting,
                sorted(attendance, Comparator.comparing(Attendance::organizationId, BY_TEXT)
                        .thenComparing(Attendance::id, BY_TEXT)),
                sorted(agenda, Comparator.comparingInt(AgendaItem::position).thenComparing(AgendaItem::id, BY_TEXT)),
                byNumber,
                sorted(reservations, Comparator.comparing((Reservation r) ->
                                decisionOrder.getOrDefault(r.decisionId(), Integer.MAX_VALUE))
                        .thenComparing(Reservation::organizationId, BY_TEXT).thenComparing(Reservation::id, BY_TEXT)),
                sorted(actions, Comparator.comparing(ActionItem::id, BY_TEXT)),
                sorted(circulations, Comparator.comparingInt(Circulation::version).thenComparing(Circulation::date)
                        .thenComparing(Circulation::id, BY_TEXT)),
                sorted(versions, Comparator.comparingInt(MinutesVersion::version).thenComparing(MinutesVersion::id, BY_TEXT)));
    }

    public UUID id() {
        return meeting.id();
    }

    public Instant updatedAt() {
        return meeting.updatedAt();
    }

    /** The same parts under another {@code updatedAt} of the meeting. */
    public MeetingRecord withUpdatedAt(Instant instant) {
        return new MeetingRecord(meeting.withUpdatedAt(instant), attendance, agenda, decisions, reservations, actions,
                circulations, versions);
    }

    public MeetingRecord withCirculations(List<Circulation> replaced) {
        return new MeetingRecord(meeting, attendance, agenda, decisions, reservations, actions, replaced, versions);
    }

    /** The reservations on one decision, in order. */
    public List<Reservation> reservationsOf(UUID decisionId) {
        return reservations.stream().filter(r -> r.decisionId().equals(decisionId)).toList();
    }

    /** Decision numbers compare part by part, as numbers where both parts are numbers: 2024/47/10 after 2024/47/9. */
    public static int compareNumbers(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean numeric = x[i].matches("\\d{1,18}") && y[i].matches("\\d{1,18}");
            int c = numeric ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return List.copyOf(copy);
    }
}
