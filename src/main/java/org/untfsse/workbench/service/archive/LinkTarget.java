package org.untfsse.workbench.service.archive;

import java.util.UUID;

/** A meeting or decision a document can be linked to, with the words it is shown by. */
public record LinkTarget(UUID id, String label) {

    @Override
    public String toString() {
        return label;
    }
}
