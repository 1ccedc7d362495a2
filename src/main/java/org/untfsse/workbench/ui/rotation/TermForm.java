package org.untfsse.workbench.ui.rotation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;

/**
 * What the term form holds; {@code existing} is the term being edited, or null for a new one.
 * {@code decidedAt}: the meeting that decided the term (empty: none); null when the form does not
 * offer the choice, which keeps the existing term's.
 */
public record TermForm(RotationTerm existing, Office office, Organization organization, String person,
                       LocalDate start, LocalDate end, String notes, Optional<UUID> decidedAt) {

    public TermForm(RotationTerm existing, Office office, Organization organization, String person,
                    LocalDate start, LocalDate end, String notes) {
        this(existing, office, organization, person, start, end, notes, null);
    }
}
