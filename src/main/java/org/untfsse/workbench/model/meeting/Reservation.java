package org.untfsse.workbench.model.meeting;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One organization's reservation on a decision adopted with reservations. */
public record Reservation(UUID id, UUID decisionId, UUID organizationId, String text, Instant updatedAt) {

    public Reservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(organizationId, "organizationId");
        text = text == null ? "" : text.strip();
    }

    public Reservation withUpdatedAt(Instant instant) {
        return new Reservation(id, decisionId, organizationId, text, instant);
    }
}
