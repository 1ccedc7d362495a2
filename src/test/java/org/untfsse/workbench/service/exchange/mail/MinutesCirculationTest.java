package org.untfsse.workbench.service.exchange.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.cli.WorkbenchCli;
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.model.meeting.Circulation;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MeetingKind;
import org.untfsse.workbench.model.meeting.MinutesStatus;
import org.untfsse.workbench.testsupport.TestWorkbench;

class MinutesCirculationTest {

    @TempDir
    Path dir;

    private AppContext context;
    private MailRosterFixture roster;
    private Meeting m47;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
        roster = new MailRosterFixture(context.roster());
        m47 = context.meetings().createMeeting(Meeting.draft(47, "", MeetingKind.REGULAR,
                LocalDate.parse("2026-11-20"), "Geneva", false));
        context.meetings().setAttendance(m47.id(), roster.ilo.id(), AttendanceStatus.PRESENT, null);
        context.meetings().addAgendaItem(m47.id(), "Adoption of the agenda");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private int cli(String... args) {
        return new WorkbenchCli(context, new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    private static String[] emails(MimeMessage m, RecipientType type) throws Exception {
        var list = m.getRecipients(type);
        return list == null ? new String[0]
                : Arrays.stream(list).map(a -> ((InternetAddress) a).getAddress()).toArray(String[]::new);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void circulate_from_the_command_line_attaches_exactly_the_exported_minutes_and_records_their_hashes() throws Exception {
        Path eml = dir.resolve("UNTFSSE-47-minutes.eml");
        assertThat(cli("minutes", "circulate", "--meeting", "47", "--out", eml.toString(), "--format", "pdf,docx"))
                .as(err.toString()).isZero();
        Path pdf = dir.resolve("exported.pdf");
        Path docx = dir.resolve("exported.docx");
        assertThat(cli("minutes", "export", "--meeting", "47", "--format", "pdf", "--out", pdf.toString())).isZero();
        assertThat(cli("minutes", "export", "--meeting", "47", "--format", "docx", "--out", docx.toString())).isZero();

        MimeMessage parsed = ParsedEml.parse(eml);
        assertThat(emails(parsed, RecipientType.TO)).containsExactlyInAnyOrder("helene.muller@emes.example",
                "esim@ilo.example", "carpentier@unctad.example", "cote@who.example");
        assertThat(Arrays.stream(parsed.getRecipients(RecipientType.TO))
                .map(a -> ((InternetAddress) a).getPersonal())).contains("Hélène Müller", "Jean-Pierre Côté");
        List<BodyPart> parts = ParsedEml.parts(parsed);
        BodyPart pdfPart = parts.stream().filter(p -> "UNTFSSE-47-minutes.pdf".equals(fileName(p))).findFirst().orElseThrow();
        BodyPart docxPart = parts.stream().filter(p -> "UNTFSSE-47-minutes.docx".equals(fileName(p))).findFirst().orElseThrow();
        assertThat(ParsedEml.bytes(pdfPart)).isEqualTo(Files.readAllBytes(pdf));
        assertThat(ParsedEml.bytes(docxPart)).isEqualTo(Files.readAllBytes(docx));

        List<Circulation> circulations = context.minutes().circulations(m47.id());
        assertThat(circulations).hasSize(1);
        assertThat(circulations.get(0).sha256()).isEqualTo(
                sha256(ParsedEml.bytes(pdfPart)) + "," + sha256(ParsedEml.bytes(docxPart)));
        assertThat(circulations.get(0).format()).isEqualTo("PDF,DOCX");
        assertThat(circulations.get(0).recipients()).contains("esim@ilo.example", "cote@who.example");
        assertThat(context.meetings().meeting(m47.id()).orElseThrow().minutesStatus()).isEqualTo(MinutesStatus.CIRCULATED);
        assertThat(err.toString()).contains("Rania Al-Khatib");
    }

    private static String fileName(BodyPart p) {
        try {
            return p.getFileName();
        } catch (Exception e) {
            return null;
        }
    }

    @Test
    void attending_only_addresses_the_organizations_present_with_alternates_in_cc_or_everyone_in_bcc() throws Exception {
        MinutesCirculation circulation = context.minutesCirculation();
        Path eml = dir.resolve("attending.eml");
        circulation.circulate(new MinutesCirculation.Request(m47.id(), null, MembershipScope.ALL, true, true, false,
                null, eml));
        MimeMessage parsed = ParsedEml.parse(eml);
        assertThat(emails(parsed, RecipientType.TO)).containsExactly("esim@ilo.example");
        assertThat(emails(parsed, RecipientType.CC)).containsExactly("verze@ilo.example");

        Path bcc = dir.resolve("bcc.eml");
        var outcome = circulation.circulate(new MinutesCirculation.Request(m47.id(), null, MembershipScope.MEMBERS,
                false, false, true, LocalDate.parse("2026-12-11"), bcc));
        MimeMessage hidden = ParsedEml.parse(bcc);
        assertThat(hidden.getRecipients(RecipientType.TO)).isNull();
        assertThat(emails(hidden, RecipientType.BCC)).containsExactlyInAnyOrder("esim@ilo.example",
                "carpentier@unctad.example", "cote@who.example");
        assertThat(outcome.circulation().version()).isEqualTo(2);
    }

    @Test
    void a_header_injection_in_the_meeting_title_stays_in_the_subject() throws Exception {
        Meeting evil = context.meetings().createMeeting(Meeting.draft(null, "Special\r\nBcc: spy@evil.example",
                MeetingKind.EXTRAORDINARY, LocalDate.parse("2026-11-21"), "", true));
        Path eml = dir.resolve("evil.eml");
        context.minutesCirculation().circulate(MinutesCirculation.Request.of(evil.id(), eml));
        MimeMessage parsed = ParsedEml.parse(eml);
        assertThat(parsed.getRecipients(RecipientType.BCC)).isNull();
        assertThat(Files.readString(eml)).doesNotContain("\nBcc:");
    }

    @Test
    void the_command_exits_2_on_an_unknown_meeting_or_format_and_records_nothing() {
        assertThat(cli("minutes", "circulate", "--meeting", "99", "--out", dir.resolve("x.eml").toString())).isEqualTo(2);
        assertThat(cli("minutes", "circulate", "--meeting", "47", "--format", "html", "--out",
                dir.resolve("x.eml").toString())).isEqualTo(2);
        assertThat(cli("minutes", "circulate", "--meeting", "47", "--out",
                dir.resolve("no-such-folder").resolve("x.eml").toString())).isEqualTo(2);
        assertThat(context.minutes().circulations(m47.id())).isEmpty();
        assertThat(Files.exists(dir.resolve("x.eml"))).isFalse();
    }
}
