package org.untfsse.workbench.service.rotation;

import java.time.LocalDate;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;

/** A term starts (on its first day) or ends (on its last day). */
public record Handover(LocalDate date, Kind kind, Office office, RotationTerm term, String acronym, String person) {

    public enum Kind { STARTS, ENDS }
}
