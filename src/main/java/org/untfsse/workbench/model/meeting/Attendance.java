package org.untfsse.workbench.model.meeting;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** How one organization (and who for it) took part in a meeting. */
public record Attendance(
        UUID id,
        UUID meetingId,
        UUID organizationId,
        UUID personId,
        AttendanceStatus status,
        Instant updatedAt) {

    public Attendance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(status, "status");
    }

    public Attendance withUpdatedAt(Instant instant) {
        return new Attendance(id, meetingId, organizationId, personId, status, instant);
    }
}
