package org.untfsse.workbench.model.meeting;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A decision of the task force. {@code number} (e.g. {@code 2024/47/2}: year / meeting / sequence)
 * is assigned once and never reused, even after the decision is deleted.
 */
public record Decision(
        UUID id,
        UUID meetingId,
        UUID agendaItemId,
        String number,
        String text,
        DecisionOutcome outcome,
        Instant updatedAt) {

    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(outcome, "outcome");
        text = text == null ? "" : text;
    }

    public Decision withUpdatedAt(Instant instant) {
        return new Decision(id, meetingId, agendaItemId, number, text, outcome, instant);
    }

    public Decision withContent(UUID newAgendaItem, String newText, DecisionOutcome newOutcome) {
        return new Decision(id, meetingId, newAgendaItem, number, newText, newOutcome, updatedAt);
    }
}
