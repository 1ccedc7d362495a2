package org.untfsse.workbench.cli.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.cli.ExitCodes;
import org.untfsse.workbench.cli.WorkbenchCli;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MeetingKind;
import org.untfsse.workbench.service.meeting.MeetingFixtures;
import org.untfsse.workbench.testsupport.TestWorkbench;

class MeetingCommandsTest {

    @TempDir
    Path dir;
    AppContext app;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void open() {
        app = TestWorkbench.open(dir);
        MeetingFixtures f = new MeetingFixtures(app);
        f.regular(45, "2023-09-05");
        f.regular(47, "2024-03-14");
        app.meetings().createMeeting(new Meeting(java.util.UUID.randomUUID(), null, "4th Technical Symposium",
                MeetingKind.TECHNICAL_SYMPOSIUM, LocalDate.parse("2023-10-02"), LocalDate.parse("2023-10-03"), "Montreal",
                false, null, org.untfsse.workbench.model.meeting.MinutesStatus.DRAFT, 1, null, null));
    }

    @AfterEach
    void close() {
        app.close();
    }

    int run(String... args) {
        return new WorkbenchCli(app, new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    @Test
    void meetings_list_shows_the_meetings_newest_first_flags_a_long_gap_and_suggests_the_next() {
        assertThat(run("meetings", "list")).isEqualTo(ExitCodes.OK);
        String text = out.toString();
        assertThat(text.indexOf("47th regular meeting")).isLessThan(text.indexOf("4th Technical Symposium"));
        assertThat(text).contains("191 days (over 3 months)").contains("Next regular meeting 48: due since 2024-06-14 (three months after the last one).");
    }

    @Test
    void meetings_list_json_is_machine_readable() throws Exception {
        assertThat(run("meetings", "list", "--json")).isEqualTo(ExitCodes.OK);
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertThat(list).hasSize(3);
        assertThat(list.get(0).path("number").asInt()).isEqualTo(47);
        assertThat(list.get(0).path("intervalOverThreeMonths").asBoolean()).isTrue();
    }

    @Test
    void the_ics_export_parses_as_icalendar_with_one_all_day_event_per_meeting() throws Exception {
        Path file = dir.resolve("meetings.ics");
        assertThat(run("meetings", "export-ics", "--out", file.toString())).isEqualTo(ExitCodes.OK);
        ICalendar calendar = Biweekly.parse(Files.readString(file)).first();
        assertThat(calendar.getEvents()).hasSize(3);
        VEvent symposium = calendar.getEvents().stream()
                .filter(e -> e.getSummary().getValue().equals("4th Technical Symposium")).findFirst().orElseThrow();
        assertThat(symposium.getLocation().getValue()).isEqualTo("Montreal");
        assertThat(symposium.getDateStart().getValue().hasTime()).isFalse();
        assertThat(symposium.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
                .isEqualTo(LocalDate.parse("2023-10-02"));
        assertThat(symposium.getDateEnd().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
                .isEqualTo(LocalDate.parse("2023-10-04"));
    }

    @Test
    void minutes_export_by_number_writes_a_pdf() throws Exception {
        Path file = dir.resolve("47.pdf");
        assertThat(run("minutes", "export", "--meeting", "47", "--format", "pdf", "--out", file.toString()))
                .isEqualTo(ExitCodes.OK);
        try (var doc = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Minutes of the 47th regular meeting");
        }
    }

    @Test
    void minutes_export_of_an_unknown_meeting_or_format_is_invalid_input() {
        assertThat(run("minutes", "export", "--meeting", "99", "--format", "pdf", "--out", "x.pdf"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run("minutes", "export", "--meeting", "47", "--format", "odt", "--out", "x.odt"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("No meeting \"99\"").contains("Unknown format \"odt\"");
    }

    @Test
    void help_texts_come_from_the_meeting_bundle() {
        assertThat(run("minutes", "export", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Write one meeting's minutes as PDF").contains("--no-contacts");
    }
}
