package org.untfsse.workbench.model.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A focal point (or alternate) of an organization. {@code activeTo} is null while the person
 * is active; a deactivated person stays in the history.
 */
public record Person(
        UUID id,
        UUID organizationId,
        String name,
        String title,
        String email,
        String phone,
        PersonRole role,
        LocalDate activeFrom,
        LocalDate activeTo,
        Instant updatedAt) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(role, "role");
        name = name == null ? "" : name.strip();
        title = title == null ? "" : title.strip();
        email = email == null ? "" : email.strip();
        phone = phone == null ? "" : phone.strip();
    }

    public boolean isActiveOn(LocalDate date) {
        return (activeFrom == null || !date.isBefore(activeFrom))
                && (activeTo == null || !date.isAfter(activeTo));
    }

    public Person withUpdatedAt(Instant instant) {
        return new Person(id, organizationId, name, title, email, phone, role, activeFrom, activeTo, instant);
    }
}
