package org.untfsse.workbench.service.meeting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.model.meeting.Meeting;

/**
 * The rhythm of regular meetings: the task force meets every two to three months, so a gap of more
 * than three months since the previous regular meeting is flagged, and the next one is suggested
 * two to three months after the last.
 */
public final class Cadence {

    /** The interval before one regular meeting. */
    public record Interval(UUID previousMeetingId, long days, boolean tooLong) {
    }

    /**
     * The window in which the next regular meeting should fall, never before today. When three
     * months have passed since the last regular meeting, {@code dueSince} is that date and the
     * window is today.
     */
    public record Suggestion(Integer number, LocalDate earliest, LocalDate latest, LocalDate dueSince) {

        public boolean overdue() {
            return dueSince != null;
        }
    }

    private Cadence() {
    }

    /** For each regular meeting after the first, the interval since the previous regular meeting. */
    public static Map<UUID, Interval> intervals(List<Meeting> meetings) {
        Map<UUID, Interval> out = new HashMap<>();
        Meeting previous = null;
        for (Meeting m : regularInOrder(meetings)) {
            if (previous != null) {
                long days = ChronoUnit.DAYS.between(previous.start(), m.start());
                out.put(m.id(), new Interval(previous.id(), days, m.start().isAfter(previous.start().plusMonths(3))));
            }
            previous = m;
        }
        return out;
    }

    /**
     * Two to three months after the last regular meeting, with the number that follows it; the part
     * of that window already past {@code today} is dropped, and a window wholly past is overdue.
     */
    public static Optional<Suggestion> next(List<Meeting> meetings, LocalDate today) {
        List<Meeting> regular = regularInOrder(meetings);
        if (regular.isEmpty()) {
            return Optional.empty();
        }
        Meeting last = regular.get(regular.size() - 1);
        Integer number = last.number() == null ? null : last.number() + 1;
        LocalDate earliest = last.start().plusMonths(2);
        LocalDate latest = last.start().plusMonths(3);
        if (latest.isBefore(today)) {
            return Optional.of(new Suggestion(number, today, today, latest));
        }
        return Optional.of(new Suggestion(number, earliest.isBefore(today) ? today : earliest, latest, null));
    }

    private static List<Meeting> regularInOrder(List<Meeting> meetings) {
        List<Meeting> regular = new ArrayList<>(meetings.stream().filter(Meeting::isRegular).toList());
        regular.sort(Comparator.comparing(Meeting::start).thenComparing(m -> m.number() == null ? 0 : m.number()));
        return regular;
    }
}
