package org.untfsse.workbench.model.roster;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A member or observer body of the task force. The acronym is unique. */
public record Organization(
        UUID id,
        String acronym,
        String name,
        OrganizationKind kind,
        String website,
        String notes,
        Instant updatedAt) {

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        acronym = acronym == null ? "" : acronym.strip();
        name = name == null ? "" : name.strip();
        website = website == null ? "" : website.strip();
        notes = notes == null ? "" : notes;
    }

    public Organization withUpdatedAt(Instant instant) {
        return new Organization(id, acronym, name, kind, website, notes, instant);
    }
}
