package org.untfsse.workbench.service.exchange.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.testsupport.TestWorkbench;

class CirculationDraftTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    private static final MeetingSummary MEETING_47 = new MeetingSummary(47, "47th regular meeting",
            LocalDate.parse("2026-11-20"), LocalDate.parse("2026-12-11"), 3, 5, Set.of());

    @TempDir
    Path dir;

    private AppContext context;
    private MailRosterFixture roster;
    private CirculationDraft drafts;
    private final byte[] pdf = "%PDF-1.7 minutes of the 47th meeting \u00e9".getBytes(StandardCharsets.UTF_8);
    private final byte[] docx = new byte[] {'P', 'K', 3, 4, 0, (byte) 0xff, 10, 13};

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
        roster = new MailRosterFixture(context.roster());
        drafts = context.circulationDraft();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private List<MailAttachment> minutes() {
        return List.of(new MailAttachment("UNTFSSE-47-minutes.pdf", "application/pdf", pdf),
                new MailAttachment("UNTFSSE-47-procès-verbal.docx", MailAttachment.mediaTypeFor("x.docx"), docx));
    }

    private static String[] emails(MimeMessage m, RecipientType type) throws Exception {
        var list = m.getRecipients(type);
        return list == null ? new String[0]
                : Arrays.stream(list).map(a -> ((InternetAddress) a).getAddress()).toArray(String[]::new);
    }

    @Test
    void the_minutes_draft_goes_to_the_focal_points_with_the_minutes_attached_and_their_hashes_returned() throws Exception {
        Path out = dir.resolve("circulate-47.eml");
        CirculationResult result = drafts.minutes(MEETING_47, minutes(), DraftRecipients.focalPoints(TODAY),
                Locale.ENGLISH, "Valentina Verze", out);

        MimeMessage parsed = ParsedEml.parse(out);
        assertThat(emails(parsed, RecipientType.TO)).containsExactly("helene.muller@emes.example", "esim@ilo.example",
                "carpentier@unctad.example", "cote@who.example");
        assertThat(parsed.getRecipients(RecipientType.CC)).isNull();
        assertThat(((InternetAddress) parsed.getRecipients(RecipientType.TO)[0]).getPersonal()).isEqualTo("Hélène Müller");
        assertThat(((InternetAddress) parsed.getRecipients(RecipientType.TO)[2]).getPersonal())
                .isEqualTo("Carpentier, Chantal Line");
        assertThat(parsed.getSubject())
                .isEqualTo("UNTFSSE: draft minutes of the meeting No. 47 of 20 November 2026 — comments by 11 December 2026");
        assertThat(parsed.getHeader("X-Unsent", null)).isEqualTo("1");
        String body = (String) ParsedEml.parts(parsed).get(0).getContent();
        assertThat(body).contains("held on 20 November 2026", "3 decision(s) taken; 5 action item(s) still open",
                "Valentina Verze");
        for (int i = 0; i < 2; i++) {
            byte[] attached = ParsedEml.bytes(ParsedEml.parts(parsed).get(i + 1));
            assertThat(attached).isEqualTo(minutes().get(i).bytes());
            assertThat(result.attachmentSha256().get(minutes().get(i).fileName()))
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(attached)));
        }
        assertThat(result.withoutEmail()).extracting(Recipient::name).containsExactly("Rania Al-Khatib");
        assertThat(result.organizationsWithoutAnyone()).containsExactly("CIRIEC");
        assertThat(result.to()).hasSize(4);
    }

    @Test
    void alternates_go_in_cc_and_a_large_list_can_go_in_bcc() throws Exception {
        Path cc = dir.resolve("cc.eml");
        Path bcc = dir.resolve("bcc.eml");
        drafts.minutes(MEETING_47, minutes(), new DraftRecipients(MembershipScope.MEMBERS, true, false, Set.of(), TODAY),
                Locale.ENGLISH, "", cc);
        CirculationResult hidden = drafts.minutes(MEETING_47, minutes(),
                new DraftRecipients(MembershipScope.MEMBERS, true, true, Set.of(), TODAY), Locale.ENGLISH, "", bcc);

        MimeMessage withCc = ParsedEml.parse(cc);
        assertThat(emails(withCc, RecipientType.TO)).containsExactly("esim@ilo.example", "carpentier@unctad.example",
                "cote@who.example");
        assertThat(emails(withCc, RecipientType.CC)).containsExactly("verze@ilo.example", "alt@unctad.example");
        MimeMessage withBcc = ParsedEml.parse(bcc);
        assertThat(withBcc.getRecipients(RecipientType.TO)).isNull();
        assertThat(emails(withBcc, RecipientType.BCC)).hasSize(5);
        assertThat(hidden.bcc()).hasSize(5);
    }

    @Test
    void only_the_organizations_that_attended_are_addressed_when_asked() throws Exception {
        MeetingSummary attended = new MeetingSummary(47, "", MEETING_47.date(), null, 0, 0,
                Set.of(roster.ilo.id(), roster.who.id()));
        Path out = dir.resolve("attended.eml");

        drafts.minutes(attended, List.of(), new DraftRecipients(MembershipScope.ALL, false, false,
                attended.attendingOrganizations(), TODAY), Locale.ENGLISH, null, out);

        assertThat(emails(ParsedEml.parse(out), RecipientType.TO)).containsExactly("esim@ilo.example", "cote@who.example");
        assertThat(ParsedEml.parse(out).getSubject()).endsWith("comments by the next meeting");
    }

    @Test
    void the_officers_french_template_is_used_for_a_french_draft() throws Exception {
        context.mailTemplates().save(Locale.FRENCH, "Économie sociale : projet de PV de la réunion n° {number} du {date}",
                "Madame, Monsieur,\n\n{decisions} décisions, {actions} actions ouvertes.\n\n{sender}");
        Path out = dir.resolve("fr.eml");

        drafts.minutes(MEETING_47, minutes(), DraftRecipients.focalPoints(TODAY), Locale.FRENCH, "Le Secrétariat", out);

        MimeMessage parsed = ParsedEml.parse(out);
        assertThat(parsed.getSubject()).isEqualTo("Économie sociale : projet de PV de la réunion n° 47 du 20 novembre 2026");
        assertThat(parsed.getHeader("Content-Language", null)).isEqualTo("fr");
        assertThat((String) ParsedEml.parts(parsed).get(0).getContent())
                .isEqualTo("Madame, Monsieur,\r\n\r\n3 décisions, 5 actions ouvertes.\r\n\r\nLe Secrétariat");
    }

    @Test
    void a_draft_to_nobody_without_a_subject_into_a_missing_folder_reports_every_problem_and_writes_nothing() {
        Path out = dir.resolve("missing/folder/x.eml");
        assertThatThrownBy(() -> drafts.draft(new DraftRecipients(MembershipScope.ALL, false, false,
                Set.of(roster.escwa.id()), TODAY), " ", "", List.of(), Locale.ENGLISH, null, out))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString).containsExactly(
                                "Subject: A subject is required.",
                                "Recipients: Nobody in this selection has a usable e-mail address.",
                                "File: The folder " + out.toAbsolutePath().getParent() + " does not exist."));
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    void writing_a_draft_replaces_the_file_whole_and_leaves_no_temporary_file() throws Exception {
        Path out = dir.resolve("again.eml");
        Files.writeString(out, "old");

        drafts.minutes(MEETING_47, minutes(), DraftRecipients.focalPoints(TODAY), Locale.ENGLISH, null, out);

        assertThat(Files.readString(out, StandardCharsets.US_ASCII)).startsWith("Date: Sat, 28 Nov 2026 09:00:00 +0000");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
