package org.untfsse.workbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.cli.ExitCodes;
import org.untfsse.workbench.cli.WorkbenchCli;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.archive.DocumentFilter;
import org.untfsse.workbench.model.archive.SearchSort;
import org.untfsse.workbench.service.common.FailureText;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * The archive folder deleted, or one archived file gone: {@code archive verify} and {@code verify}
 * name the missing files in plain words (no stack trace), opening such a document says what is
 * wrong, the database is not changed, searching still works, and adding a file recreates the folder.
 */
class ArchiveFaultsTest {

    @TempDir
    Path dir;

    private AppContext context;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void open() throws Exception {
        context = TestWorkbench.open(dir);
        Path resolution = Files.writeString(dir.resolve("resolution.txt"), "Promoting the social and solidarity economy");
        Path brief = Files.writeString(dir.resolve("brief.txt"), "Policy brief on decent work in cooperatives");
        assertThat(run("archive", "add", resolution.toString(), brief.toString())).isEqualTo(ExitCodes.OK);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new WorkbenchCli(context, new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    private Path archiveFolder() {
        return context.folder().archive();
    }

    @Test
    void a_deleted_archive_folder_is_reported_plainly_changes_nothing_and_is_recreated_by_the_next_file()
            throws Exception {
        String before = databaseContent();
        deleteRecursively(archiveFolder());

        assertThat(run("archive", "verify")).isEqualTo(ExitCodes.FAILURE);
        assertThat(out.toString()).contains("MISSING").contains("resolution.txt").contains("brief.txt");
        assertNoStackTrace();
        assertThat(run("verify")).isEqualTo(ExitCodes.FAILURE);
        assertThat(out.toString()).contains("resolution.txt").contains("brief.txt");
        assertNoStackTrace();

        Document brief = document("cooperatives");
        Throwable opening = catchThrowable(() -> context.archive().copyForOpening(brief));
        assertThat(FailureText.describe(context.messages(), opening))
                .contains("brief.txt", "is missing from the archive folder", "archive verify")
                .doesNotContain("Exception");

        assertThat(run("archive", "search", "solidarity")).as("searching still works").isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("resolution.txt");
        assertThat(databaseContent()).as("nothing in the database changed").isEqualTo(before);

        Path minutes = Files.writeString(dir.resolve("minutes.txt"), "Minutes of the 47th meeting");
        assertThat(run("archive", "add", minutes.toString())).isEqualTo(ExitCodes.OK);
        assertThat(archiveFolder()).isDirectory();
        if (archiveFolder().getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Path stored = context.archive().fileOf(document("47th")).orElseThrow();
            for (Path p : List.of(archiveFolder(), stored.getParent(), stored)) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                        .as("the recreated %s is the owner's only", p).endsWith("------");
            }
        }
        assertThat(run("archive", "verify")).isEqualTo(ExitCodes.FAILURE);
        assertThat(out.toString()).contains("resolution.txt").contains("brief.txt").doesNotContain("minutes.txt");
        Path copy = context.archive().copyForOpening(document("47th"));
        assertThat(Files.readString(copy)).isEqualTo("Minutes of the 47th meeting");
    }

    @Test
    void one_missing_archived_file_is_named_and_the_others_still_open() throws Exception {
        Document brief = document("cooperatives");
        Path stored = context.archive().fileOf(brief).orElseThrow();
        String before = databaseContent();
        Files.delete(stored);

        assertThat(run("archive", "verify")).isEqualTo(ExitCodes.FAILURE);
        assertThat(out.toString()).contains("brief.txt").doesNotContain("resolution.txt");
        assertNoStackTrace();
        Throwable opening = catchThrowable(() -> context.archive().copyForOpening(brief));
        assertThat(FailureText.describe(context.messages(), opening)).contains("brief.txt", "is missing");
        assertThat(Files.readString(context.archive().copyForOpening(document("solidarity"))))
                .isEqualTo("Promoting the social and solidarity economy");
        assertThat(databaseContent()).as("nothing in the database changed").isEqualTo(before);

        // Adding the same file again puts it back where the record expects it.
        Files.writeString(dir.resolve("brief-again.txt"), "Policy brief on decent work in cooperatives");
        assertThat(run("archive", "add", dir.resolve("brief-again.txt").toString())).isEqualTo(ExitCodes.OK);
        assertThat(run("archive", "verify")).isEqualTo(ExitCodes.OK);
    }

    private void assertNoStackTrace() {
        assertThat(out.toString() + err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private Document document(String word) {
        var hit = context.archive().search(word, DocumentFilter.NONE, SearchSort.RELEVANCE, 0, 1).get(0);
        return context.archive().document(hit.id()).orElseThrow();
    }

    /** Every row of every table, in a stable order: equal strings mean an unchanged database. */
    private String databaseContent() throws Exception {
        StringBuilder content = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + context.folder().database());
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = s.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                content.append("## ").append(table).append('\n');
                List<String> lines = new ArrayList<>();
                try (ResultSet rows = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            line.append(rows.getString(i)).append('|');
                        }
                        lines.add(line.toString());
                    }
                } catch (java.sql.SQLException virtualTableWithoutRows) {
                    lines.add("(unreadable: " + virtualTableWithoutRows.getMessage() + ")");
                }
                lines.sort(Comparator.naturalOrder());
                lines.forEach(l -> content.append(l).append('\n'));
            }
        }
        return content.toString();
    }

    private static void deleteRecursively(Path folder) throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }
}
