package org.untfsse.workbench.model.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Something an organization agreed to do: raised at one meeting, closed (done or dropped) at a later one. */
public record ActionItem(
        UUID id,
        UUID raisedAtMeetingId,
        UUID closedAtMeetingId,
        String text,
        UUID ownerOrganizationId,
        UUID ownerPersonId,
        LocalDate due,
        ActionStatus status,
        Instant updatedAt) {

    public ActionItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raisedAtMeetingId, "raisedAtMeetingId");
        Objects.requireNonNull(status, "status");
        text = text == null ? "" : text;
    }

    public boolean isOpen() {
        return status == ActionStatus.OPEN;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && due != null && due.isBefore(today);
    }

    public ActionItem withUpdatedAt(Instant instant) {
        return new ActionItem(id, raisedAtMeetingId, closedAtMeetingId, text, ownerOrganizationId, ownerPersonId, due,
                status, instant);
    }

    public ActionItem withContent(String newText, UUID newOwner, UUID newPerson, LocalDate newDue) {
        return new ActionItem(id, raisedAtMeetingId, closedAtMeetingId, newText, newOwner, newPerson, newDue, status,
                updatedAt);
    }

    public ActionItem withStatus(ActionStatus newStatus, UUID closedAt) {
        return new ActionItem(id, raisedAtMeetingId, closedAt, text, ownerOrganizationId, ownerPersonId, due,
                newStatus, updatedAt);
    }
}
