package org.untfsse.workbench.service.rotation;

import org.untfsse.workbench.model.rotation.RotationTerm;

/** Who holds an office through one term: the organization's acronym and the person, if known (else empty). */
public record Holder(RotationTerm term, String acronym, String organizationName, String person) {
}
