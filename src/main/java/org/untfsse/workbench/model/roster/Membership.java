package org.untfsse.workbench.model.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One period of an organization's status. {@code to} is null while the period is open;
 * it is inclusive (the last day of the period).
 */
public record Membership(
        UUID id,
        UUID organizationId,
        MembershipStatus status,
        LocalDate from,
        LocalDate to,
        Instant updatedAt) {

    public Membership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(from, "from");
    }

    public boolean isOpen() {
        return to == null;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    public boolean overlaps(Membership other) {
        LocalDate thisEnd = to == null ? LocalDate.MAX : to;
        LocalDate otherEnd = other.to == null ? LocalDate.MAX : other.to;
        return !from.isAfter(otherEnd) && !other.from.isAfter(thisEnd);
    }

    public Membership withUpdatedAt(Instant instant) {
        return new Membership(id, organizationId, status, from, to, instant);
    }
}
