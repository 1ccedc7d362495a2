package org.untfsse.workbench.cli.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.cli.WorkbenchCli;
import org.untfsse.workbench.testsupport.TestWorkbench;

class RosterImportCsvCommandTest {

    @TempDir
    Path dir;
    private AppContext app;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void open() {
        app = TestWorkbench.open(dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private int run(String... args) {
        return new WorkbenchCli(app, new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    @Test
    void a_file_with_problems_exits_2_with_one_line_per_problem_and_writes_nothing() {
        int code = run("roster", "import-csv", "docs/examples/roster-with-errors.csv");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).hasSize(4).allMatch(l -> l.matches("line \\d+: .+"));
        assertThat(app.roster().allOrganizations()).isEmpty();
    }

    @Test
    void a_dry_run_of_a_valid_file_exits_0_and_writes_nothing() {
        int code = run("roster", "import-csv", "docs/examples/untfsse-roster.csv", "--dry-run");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("line 2: Add ILO — International Labour Organization");
        assertThat(app.roster().allOrganizations()).isEmpty();
    }

    @Test
    void a_valid_file_is_imported_and_exits_0() {
        assertThat(run("roster", "import-csv", "docs/examples/untfsse-roster.csv")).isZero();
        assertThat(app.roster().allOrganizations()).hasSize(28);
        assertThat(run("roster", "import-csv", "docs/examples/untfsse-roster.csv")).isZero();
        assertThat(out.toString()).contains("0 organizations added").contains("28 organizations");
    }

    @Test
    void a_missing_file_exits_1() {
        assertThat(run("roster", "import-csv", dir.resolve("none.csv").toString())).isEqualTo(1);
    }
}
