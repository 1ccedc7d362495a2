package org.untfsse.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.testsupport.TestWorkbench;

class WorkbenchCliTest {

    @TempDir
    Path dir;

    private AppContext context;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private int run(String... args) {
        return new WorkbenchCli(context, new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    @Test
    void version_prints_the_name_and_version_and_exits_0() {
        assertThat(run("--version")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("secretariat-workbench ");
    }

    @Test
    void help_lists_the_commands_and_the_data_folder_option() {
        assertThat(run("--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("roster", "--data-dir", "Exit codes");
    }

    @Test
    void an_unknown_command_is_a_usage_error_with_exit_2() {
        assertThat(run("frobnicate")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("frobnicate").contains("--help");
    }

    @Test
    void an_impossible_date_is_invalid_input_with_a_clear_message() {
        assertThat(run("roster", "list", "--as-of", "2024-13-01")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("'2024-13-01' is not a date of the form YYYY-MM-DD");
    }

    @Test
    void roster_list_prints_the_roster_as_of_a_date_as_a_table_and_as_json() throws Exception {
        var roster = context.roster();
        roster.createOrganization(new Organization(UUID.randomUUID(), "ILO", "International Labour Organization",
                OrganizationKind.UN_ENTITY, "www.ilo.org", "", null), MembershipStatus.MEMBER, LocalDate.of(2013, 9, 30));
        Organization wfto = roster.createOrganization(new Organization(UUID.randomUUID(), "WFTO",
                "World Fair Trade Organization", OrganizationKind.NETWORK, "", "", null),
                MembershipStatus.OBSERVER, LocalDate.of(2024, 3, 14));

        assertThat(run("roster", "list", "--as-of", "2024-01-01")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Roster as of 2024-01-01: 1 members, 0 observers").contains("ILO");

        out.getBuffer().setLength(0);
        assertThat(run("roster", "list", "--as-of", "2024-06-01", "--json")).isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("asOf").asText()).isEqualTo("2024-06-01");
        assertThat(json.get("organizations")).hasSize(2);
        assertThat(json.get("organizations").get(1).get("id").asText()).isEqualTo(wfto.id().toString());
        assertThat(json.get("organizations").get(1).get("status").asText()).isEqualTo("OBSERVER");
    }
}
