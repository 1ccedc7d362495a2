package org.untfsse.workbench.ui.rotation;

import java.util.UUID;

/** A meeting a term can be "decided at", as the term form lists it; supplied by the composition root. */
public record MeetingChoice(UUID id, String label) {

    @Override
    public String toString() {
        return label;
    }
}
