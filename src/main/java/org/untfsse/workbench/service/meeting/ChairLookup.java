package org.untfsse.workbench.service.meeting;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who held the chair on a date, as the minutes should name it (e.g. "ILO and UNCTAD (Co-Chairs)").
 * The rotation feature supplies the real answer; until it is wired in, {@link #NONE} knows nobody
 * and a meeting shows its chair only when one is set by hand.
 */
@FunctionalInterface
public interface ChairLookup {

    ChairLookup NONE = date -> Optional.empty();

    Optional<String> chairOn(LocalDate date);
}
