package org.untfsse.workbench.model.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A record that a version of a meeting's minutes was sent: when, to whom, in which format, and
 * the SHA-256 of exactly the bytes that were sent.
 */
public record Circulation(
        UUID id,
        UUID meetingId,
        int version,
        LocalDate date,
        List<String> recipients,
        String sha256,
        String format,
        Instant updatedAt) {

    public Circulation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(date, "date");
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
