package org.untfsse.workbench.service.rotation;

import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;

/** A term with what a list shows of it: its office, the organization's acronym and name, the person. */
public record TermEntry(RotationTerm term, Office office, String acronym, String organizationName, String person) {
}
