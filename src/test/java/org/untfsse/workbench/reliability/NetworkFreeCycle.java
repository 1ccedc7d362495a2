package org.untfsse.workbench.reliability;

import java.nio.file.Path;
import java.util.List;

/** The commands of the no-network cycle: every command that moves data in or out. */
final class NetworkFreeCycle {

    private NetworkFreeCycle() {
    }

    static List<List<String>> commands(Path dir) {
        return List.of(
                List.of("--version"),
                List.of("roster", "list"),
                List.of("roster", "list", "--json"),
                List.of("backups"));
    }
}
