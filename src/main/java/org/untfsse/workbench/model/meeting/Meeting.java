package org.untfsse.workbench.model.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A meeting of the task force. {@code number} is set for regular meetings (the 47th) and null
 * otherwise; {@code end} is the last day (same as start for a one-day meeting).
 * {@code chairOverride} names the organization chairing when it is not the office-holder of the day.
 * {@code minutesVersion} counts corrections (1 until approved minutes are corrected);
 * {@code approvedAtMeetingId} is the later meeting that approved them.
 */
public record Meeting(
        UUID id,
        Integer number,
        String title,
        MeetingKind kind,
        LocalDate start,
        LocalDate end,
        String place,
        boolean virtual,
        UUID chairOverride,
        MinutesStatus minutesStatus,
        int minutesVersion,
        UUID approvedAtMeetingId,
        Instant updatedAt) {

    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(minutesStatus, "minutesStatus");
        title = title == null ? "" : title.strip();
        place = place == null ? "" : place.strip();
        end = end == null ? start : end;
        minutesVersion = Math.max(1, minutesVersion);
    }

    /** A new meeting with draft minutes. */
    public static Meeting draft(Integer number, String title, MeetingKind kind, LocalDate start, String place,
                                boolean virtual) {
        return new Meeting(UUID.randomUUID(), number, title, kind, start, start, place, virtual, null,
                MinutesStatus.DRAFT, 1, null, null);
    }

    public boolean isRegular() {
        return kind == MeetingKind.REGULAR;
    }

    public boolean minutesReadOnly() {
        return minutesStatus == MinutesStatus.APPROVED;
    }

    public Meeting withUpdatedAt(Instant instant) {
        return new Meeting(id, number, title, kind, start, end, place, virtual, chairOverride, minutesStatus,
                minutesVersion, approvedAtMeetingId, instant);
    }

    public Meeting withDetails(Integer newNumber, String newTitle, MeetingKind newKind, LocalDate newStart,
                               LocalDate newEnd, String newPlace, boolean newVirtual, UUID newChair) {
        return new Meeting(id, newNumber, newTitle, newKind, newStart, newEnd, newPlace, newVirtual, newChair,
                minutesStatus, minutesVersion, approvedAtMeetingId, updatedAt);
    }

    public Meeting withMinutes(MinutesStatus status, int version, UUID approvedAt) {
        return new Meeting(id, number, title, kind, start, end, place, virtual, chairOverride, status, version,
                approvedAt, updatedAt);
    }
}
