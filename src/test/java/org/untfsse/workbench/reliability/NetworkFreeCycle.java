package org.untfsse.workbench.reliability;

import java.nio.file.Path;
import java.util.List;

/** The commands of the no-network cycle: every command that moves data in or out. */
final class NetworkFreeCycle {

    private NetworkFreeCycle() {
    }

    static List<List<String>> commands(Path dir) {
        String out = dir.toString();
        return List.of(
                List.of("--version"),
                List.of("sample-data"),
                List.of("roster", "list", "--json"),
                List.of("roster", "emails", "--group", "all", "--format", "csv", "--out", out + "/emails.csv"),
                List.of("rotation", "list", "--json"),
                List.of("rotation", "export-ics", "--out", out + "/handovers.ics"),
                List.of("export", "--out", out + "/bundle.json"),
                List.of("import", out + "/bundle.json", "--dry-run"),
                List.of("import", out + "/bundle.json"),
                List.of("mail", "draft", "--to", "all", "--subject", "Minutes", "--out", out + "/draft.eml"),
                List.of("backup", "--out", out + "/copy.db"),
                List.of("verify"),
                List.of("backups"));
    }
}
