package org.untfsse.workbench.service.meeting.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.model.meeting.DecisionOutcome;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.Reservation;
import org.untfsse.workbench.service.meeting.MeetingFixtures;
import org.untfsse.workbench.testsupport.TestWorkbench;

class MinutesExportTest {

    static final String HOSTILE = "<script>alert(1)</script> & \"quotes\" *not bold* [link](x) # hash";

    @TempDir
    Path dir;
    AppContext app;
    MeetingFixtures f;
    Meeting m47;

    @BeforeEach
    void open() {
        app = TestWorkbench.open(dir);
        f = new MeetingFixtures(app);
        m47 = f.regular(47, "2024-03-14");
        var meetings = app.meetings();
        meetings.setAttendance(m47.id(), f.ilo.id(), AttendanceStatus.PRESENT, f.iloFocalPoint.id());
        meetings.setAttendance(m47.id(), f.wfto.id(), AttendanceStatus.REMOTE, null);
        var item = meetings.addAgendaItem(m47.id(), "Welcome of new members: WHO, UNHCR and WFTO");
        meetings.updateAgendaItem(item.withText(item.title(), "ILO", "The Co-Chairs **welcomed** the new members.\n\n"
                + "- WHO joined as a member\n- WFTO joined as an observer\n\n" + HOSTILE, false));
        meetings.addDecision(m47.id(), item.id(), "The task force welcomes WHO as a member.",
                DecisionOutcome.ADOPTED_BY_CONSENSUS);
        var d2 = meetings.addDecision(m47.id(), item.id(), HOSTILE, DecisionOutcome.ADOPTED_WITH_RESERVATIONS);
        meetings.saveReservation(new Reservation(java.util.UUID.randomUUID(), d2.id(), f.unctad.id(), "Wording of para 2", null));
        meetings.addAction(m47.id(), "Circulate the draft action plan 2024–26", f.ilo.id(), null, LocalDate.parse("2024-04-30"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void the_pdf_has_the_headings_decision_numbers_user_text_as_typed_and_status_and_page_number_on_every_page()
            throws Exception {
        byte[] pdf = app.minutes().render(m47.id(), MinutesFormat.PDF, MinutesOptions.DEFAULT);
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("UN INTER-AGENCY TASK FORCE ON SOCIAL AND SOLIDARITY ECONOMY",
                    "Minutes of the 47th regular meeting", "Attendance", "Members", "Observers", "Decisions",
                    "Action items", "Decision 2024/47/1", "Decision 2024/47/2", "Adopted with reservations",
                    "UNCTAD: Wording of para 2", "<script>alert(1)</script> & \"quotes\"", "focal.point@ilo.example");
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(page);
                one.setEndPage(page);
                assertThat(one.getText(doc)).contains("DRAFT (version 1) — for comments by")
                        .contains("Page " + page + " of " + doc.getNumberOfPages());
            }
        }
    }

    @Test
    void contact_details_can_be_left_out() throws Exception {
        byte[] pdf = app.minutes().render(m47.id(), MinutesFormat.PDF, new MinutesOptions(false, null));
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("focal.point@ilo.example").contains("ILO focal point");
        }
    }

    @Test
    void the_docx_opens_in_a_word_reader_with_headings_numbers_and_the_user_text_intact() throws Exception {
        byte[] docx = app.minutes().render(m47.id(), MinutesFormat.DOCX, MinutesOptions.DEFAULT);
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("Attendance", "Decisions", "Action items", "Decision 2024/47/2",
                    "<script>alert(1)</script> & \"quotes\"", "DRAFT (version 1)", "Circulate the draft action plan");
        }
    }

    @Test
    void html_escapes_everything_the_user_typed() {
        String html = new String(app.minutes().render(m47.id(), MinutesFormat.HTML, MinutesOptions.DEFAULT),
                StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;")
                .contains("<strong>welcomed</strong>").contains("<li>WHO joined as a member</li>");
    }

    @Test
    void markdown_escapes_markup_characters_in_user_text() {
        String md = new String(app.minutes().render(m47.id(), MinutesFormat.MD, MinutesOptions.DEFAULT),
                StandardCharsets.UTF_8);
        assertThat(md).contains("\\<script\\>").contains("\\[link\\]\\(x\\)").contains("\\# hash")
                .contains("**welcomed**").contains("## Decisions");
    }

    @Test
    void json_carries_the_decisions_and_actions() throws Exception {
        JsonNode root = new ObjectMapper().readTree(app.minutes().render(m47.id(), MinutesFormat.JSON, MinutesOptions.DEFAULT));
        assertThat(root.path("decisions").get(1).path("number").asText()).isEqualTo("2024/47/2");
        assertThat(root.path("decisions").get(1).path("text").asText()).isEqualTo(HOSTILE);
        assertThat(root.path("start").asText()).isEqualTo("2024-03-14");
        assertThat(root.path("actions").size()).isEqualTo(1);
    }

    @Test
    void fixed_headings_come_from_the_messages_so_minutes_render_in_another_language() throws Exception {
        Messages french = Messages.forLocale(Locale.FRENCH);
        byte[] pdf = app.minutes().render(m47.id(), MinutesFormat.PDF, MinutesOptions.DEFAULT, french);
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Procès-verbal de la 47e réunion ordinaire", "Participation", "Décisions",
                            "Mesures de suivi", "PROJET (version")
                    .doesNotContain("Decisions", "Attendance", "Action items", "DRAFT");
        }
    }
}
