package org.untfsse.workbench.model.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One organization holding one office from {@code start} to {@code end} (inclusive; null while
 * current). The person is a focal point ({@code personId}) or free text ({@code personName});
 * {@code decidedAtMeetingId} names the meeting that decided it, without a reference to meetings.
 */
public record RotationTerm(
        UUID id,
        UUID officeId,
        UUID organizationId,
        UUID personId,
        String personName,
        LocalDate start,
        LocalDate end,
        UUID decidedAtMeetingId,
        String notes,
        Instant updatedAt) {

    public RotationTerm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(officeId, "officeId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(start, "start");
        personName = personName == null || personName.isBlank() ? null : personName.strip();
        notes = notes == null ? "" : notes;
    }

    public boolean isOpen() {
        return end == null;
    }

    /** The last day held, or {@link LocalDate#MAX} while the term is current. */
    public LocalDate lastDay() {
        return end == null ? LocalDate.MAX : end;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(lastDay());
    }

    public boolean overlaps(RotationTerm other) {
        return !start.isAfter(other.lastDay()) && !other.start.isAfter(lastDay());
    }

    public RotationTerm withEnd(LocalDate newEnd) {
        return new RotationTerm(id, officeId, organizationId, personId, personName, start, newEnd, decidedAtMeetingId,
                notes, updatedAt);
    }

    public RotationTerm withUpdatedAt(Instant instant) {
        return new RotationTerm(id, officeId, organizationId, personId, personName, start, end, decidedAtMeetingId,
                notes, instant);
    }
}
