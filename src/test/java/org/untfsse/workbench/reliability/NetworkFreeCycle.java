package org.untfsse.workbench.reliability;

import java.nio.file.Path;
import java.util.List;

/**
 * The commands of the no-network cycle: every command that moves data in or out — start, import,
 * search, export, circulate (the database must already hold meeting 90, see NoNetworkTest).
 */
final class NetworkFreeCycle {

    private NetworkFreeCycle() {
    }

    static List<List<String>> commands(Path dir) {
        String out = dir.toString();
        writeFocalPoints(dir.resolve("focal-points.csv"));
        writeText(dir.resolve("resolution.txt"), "Promoting the social and solidarity economy for sustainable development");
        return List.of(
                List.of("--version"),
                List.of("sample-data"),
                List.of("roster", "import-csv", out + "/focal-points.csv"),
                List.of("roster", "list", "--json"),
                List.of("roster", "emails", "--group", "all", "--format", "csv", "--out", out + "/emails.csv"),
                List.of("rotation", "list", "--json"),
                List.of("rotation", "export-ics", "--out", out + "/handovers.ics"),
                List.of("export", "--out", out + "/bundle.json"),
                List.of("import", out + "/bundle.json", "--dry-run"),
                List.of("import", out + "/bundle.json"),
                List.of("mail", "draft", "--to", "all", "--subject", "Minutes", "--out", out + "/draft.eml"),
                List.of("archive", "add", out + "/resolution.txt", "--title", "Promoting the SSE", "--kind", "resolution"),
                List.of("archive", "search", "solidarity", "--json"),
                List.of("archive", "verify"),
                List.of("meetings", "list", "--json"),
                List.of("meetings", "export-ics", "--out", out + "/meetings.ics"),
                List.of("minutes", "export", "--meeting", "90", "--format", "pdf", "--out", out + "/minutes-90.pdf"),
                List.of("minutes", "export", "--meeting", "90", "--format", "docx", "--out", out + "/minutes-90.docx"),
                List.of("minutes", "circulate", "--meeting", "90", "--out", out + "/minutes-90.eml", "--to", "all"),
                List.of("backup", "--out", out + "/copy.db"),
                List.of("verify"),
                List.of("backups"));
    }

    private static void writeText(Path file, String text) {
        try {
            java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Fictional focal points (example.org addresses) for organizations of the sample data. */
    private static void writeFocalPoints(Path csv) {
        try {
            java.nio.file.Files.writeString(csv, String.join("\n",
                    "acronym,name,kind,status,since,focal_point,title,email,phone",
                    "ILO,International Labour Organization,UN entity,member,2013-09-30,Test Person A,Officer,a@example.org,",
                    "UNCTAD,UN Conference on Trade and Development,UN entity,member,2016-11-03,Test Person B,,b@example.org,"),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
