package org.untfsse.workbench.model.meeting;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A frozen version of a meeting's minutes: the approved text (Markdown) kept readable after a
 * correction, or the reason a new version was opened.
 */
public record MinutesVersion(
        UUID id,
        UUID meetingId,
        int version,
        MinutesStatus status,
        String reason,
        String snapshot,
        UUID approvedAtMeetingId,
        Instant updatedAt) {

    public MinutesVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        snapshot = snapshot == null ? "" : snapshot;
    }
}
