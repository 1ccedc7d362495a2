package org.untfsse.workbench.cli.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.cli.WorkbenchCli;
import org.untfsse.workbench.testsupport.RotationHistory;
import org.untfsse.workbench.testsupport.TestWorkbench;

class RotationCliTest {

    @TempDir
    Path dir;
    private AppContext context;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
        RotationHistory.enter(context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private int run(String... args) {
        return new WorkbenchCli(context, new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    @Test
    void list_shows_who_holds_each_office_as_of_a_date() {
        assertThat(run("rotation", "list", "--as-of", "2023-05-01")).isEqualTo(0);
        assertThat(out.toString()).contains("Rotation as of 2023-05-01")
                .containsPattern("Chair\\s+UNCTAD \\(Chantal Line Carpentier\\)")
                .containsPattern("Vice-Chair\\s+ILO \\(Simel Esim\\)")
                .containsPattern("Co-Chair\\s+\\(vacant\\)");
    }

    @Test
    void list_as_json_gives_holders_by_office_code_and_every_term() throws Exception {
        assertThat(run("rotation", "list", "--json")).isEqualTo(0);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(json.get("asOf").asText()).isEqualTo("2026-11-28");
        assertThat(json.get("holders").get("CO_CHAIR")).hasSize(2);
        assertThat(json.get("terms")).hasSize(7);
    }

    @Test
    void add_refuses_an_overlap_with_exit_code_2_and_the_rule_on_stderr() {
        assertThat(run("rotation", "add", "--office", "CHAIR", "--org", "UNDP", "--start", "2020-01-01")).isEqualTo(2);
        assertThat(err.toString()).contains("Chair is held by one organization at a time, and ILO already holds it");
    }

    @Test
    void add_accepts_an_office_by_its_name_and_reports_a_warning() {
        assertThat(run("rotation", "add", "--office", "Deputy Chair", "--org", "UNDP", "--start", "2027-01-01",
                "--notes", "planned")).isEqualTo(0);
        assertThat(out.toString()).contains("Added UNDP as Deputy Chair from 2027-01-01.");
        assertThat(run("rotation", "add", "--office", "Chair", "--org", "NOPE", "--start", "2030-01-01")).isEqualTo(2);
        assertThat(err.toString()).contains("No organization with the acronym NOPE");
    }

    @Test
    void export_ics_writes_a_calendar_a_real_parser_reads() throws Exception {
        Path file = dir.resolve("out.ics");
        assertThat(run("rotation", "export-ics", "--out", file.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("Wrote 11 handover(s)");
        assertThat(Biweekly.parse(file.toFile()).first().getEvents()).hasSize(11);
    }

    @Test
    void help_texts_come_from_the_rotation_bundle() {
        run("rotation", "export-ics", "--help");
        assertThat(out.toString()).contains("Write the handover dates").contains("replaced atomically");
    }

    @Test
    void add_records_the_meeting_that_decided_the_term_and_refuses_an_unknown_one() {
        var m47 = context.meetings().createMeeting(org.untfsse.workbench.model.meeting.Meeting.draft(47, "",
                org.untfsse.workbench.model.meeting.MeetingKind.REGULAR, java.time.LocalDate.parse("2024-03-14"), "", true));
        assertThat(run("rotation", "add", "--office", "Deputy Chair", "--create-office", "1", "--org", "UNDP",
                "--start", "2027-01-01", "--decided-at", "47")).isEqualTo(0);
        assertThat(context.rotation().terms()).anyMatch(t -> m47.id().equals(t.decidedAtMeetingId()));

        assertThat(run("rotation", "add", "--office", "Deputy Chair", "--org", "UNDP", "--start", "2029-01-01",
                "--decided-at", "99")).isEqualTo(2);
        assertThat(err.toString()).contains("There is no regular meeting number 99.");
    }
}
