package org.untfsse.workbench.cli.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.cli.WorkbenchCli;
import org.untfsse.workbench.testsupport.TestWorkbench;

class ExchangeCommandsTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(AppContext context, String... args) {
        return new WorkbenchCli(context, new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    @Test
    void sample_data_export_dry_run_and_import_work_from_the_command_line() throws Exception {
        Path bundle = temp.resolve("out/bundle.json");
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            assertThat(run(a, "sample-data")).isEqualTo(0);
            assertThat(run(a, "export", "--out", bundle.toString(), "--omit-personal")).isEqualTo(0);
        }
        assertThat(out.toString()).contains("Sample data loaded: 125 records added.").contains("Exported 128 records")
                .contains("meetings: 30 added, 0 updated, 0 unchanged, 0 conflicts");
        try (AppContext b = TestWorkbench.open(temp.resolve("b"))) {
            assertThat(run(b, "import", bundle.toString(), "--dry-run")).isEqualTo(0);
            assertThat(out.toString()).contains("organizations: 34 added, 0 updated, 0 unchanged, 0 conflicts")
                    .contains("Dry run: nothing was written.");
            assertThat(b.roster().allOrganizations()).isEmpty();
            assertThat(run(b, "import", bundle.toString())).isEqualTo(0);
            assertThat(b.roster().allOrganizations()).hasSize(34);
            out.getBuffer().setLength(0);
            assertThat(run(b, "archive", "search", "recommendation", "--org", "OECD")).isEqualTo(0);
        }
        assertThat(out.toString()).as("imported documents are in the full-text index")
                .contains("Recommendation of the Council on the Social and Solidarity Economy and Social Innovation");
    }

    @Test
    void a_refused_bundle_exits_2_with_one_line_per_problem_and_its_json_path() throws Exception {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"secretariat-workbench-bundle\", \"schemaVersion\": 1, \"exportedAt\": "
                + "\"2026-01-01T00:00:00Z\", \"people\": [{\"id\": \"x\"}]}");
        try (AppContext a = TestWorkbench.open(temp)) {
            assertThat(run(a, "import", bad.toString())).isEqualTo(2);
        }
        assertThat(err.toString()).contains("$.people[0].id: Must be a record id").contains("$.people[0].name: This field is required");
    }

    @Test
    void backup_and_verify_report_a_sound_database() throws Exception {
        try (AppContext a = TestWorkbench.open(temp)) {
            run(a, "sample-data");
            assertThat(run(a, "backup", "--out", temp.resolve("copy.db").toString())).isEqualTo(0);
            assertThat(run(a, "verify")).isEqualTo(0);
            Files.createDirectories(a.folder().archive());
            Files.writeString(a.folder().archive().resolve("a".repeat(64)), "tampered");
            assertThat(run(a, "verify")).isEqualTo(1);
        }
        assertThat(temp.resolve("copy.db")).isNotEmptyFile();
        assertThat(out.toString()).contains("Database integrity check: ok").contains("no longer match its name");
    }
}
