package org.untfsse.workbench.service.rotation;

import java.util.List;
import org.untfsse.workbench.model.rotation.Office;

/** Who chairs on a date: the Chair, or else the Co-Chairs (one or two holders). */
public record ChairHolders(Office office, List<Holder> holders) {

    /** "ILO" or "ILO + UNCTAD": the acronyms as a meeting's chair line. */
    public String acronyms() {
        return String.join(" + ", holders.stream().map(Holder::acronym).toList());
    }
}
