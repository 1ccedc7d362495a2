package org.untfsse.workbench.service.rotation;

import java.util.List;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.service.common.Problem;

/** A term as saved, with the warnings it raised (saved anyway, e.g. held by a non-member). */
public record SavedTerm(RotationTerm term, List<Problem> warnings) {
}
