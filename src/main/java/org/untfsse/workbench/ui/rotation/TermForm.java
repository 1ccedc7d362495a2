package org.untfsse.workbench.ui.rotation;

import java.time.LocalDate;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;

/** What the term form holds; {@code existing} is the term being edited, or null for a new one. */
public record TermForm(RotationTerm existing, Office office, Organization organization, String person,
                       LocalDate start, LocalDate end, String notes) {
}
