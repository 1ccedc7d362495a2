package org.untfsse.workbench.service.rotation;

import java.time.LocalDate;
import org.untfsse.workbench.model.rotation.Office;

/** Days between two terms of an office when nobody held it (both ends inclusive). */
public record Gap(Office office, LocalDate from, LocalDate to) {
}
