package org.untfsse.workbench.model.rotation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An office that rotates between organizations: the built-in Chair, Co-Chair and Secretariat, or
 * one the user adds (e.g. Deputy Chair). {@code maxHolders} is how many may hold it at once (1 or 2).
 */
public record Office(UUID id, String code, String name, int maxHolders, boolean builtIn, int position, Instant updatedAt) {

    public static final String CHAIR = "CHAIR";
    public static final String CO_CHAIR = "CO_CHAIR";
    public static final String SECRETARIAT = "SECRETARIAT";

    /** Fixed ids, so the built-in offices are the same record on every laptop and merge cleanly. */
    public static final UUID CHAIR_ID = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    public static final UUID CO_CHAIR_ID = UUID.fromString("00000000-0000-4000-8000-0000000000c2");
    public static final UUID SECRETARIAT_ID = UUID.fromString("00000000-0000-4000-8000-0000000000c3");

    public Office {
        Objects.requireNonNull(id, "id");
        code = code == null ? "" : code.strip();
        name = name == null ? "" : name.strip();
    }

    public boolean singleHolder() {
        return maxHolders <= 1;
    }

    public Office withUpdatedAt(Instant instant) {
        return new Office(id, code, name, maxHolders, builtIn, position, instant);
    }
}
