package org.untfsse.workbench.cli.exchange.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.cli.ExitCodes;
import org.untfsse.workbench.cli.WorkbenchCli;
import org.untfsse.workbench.service.exchange.mail.MailAttachment;
import org.untfsse.workbench.service.exchange.mail.MailRosterFixture;
import org.untfsse.workbench.service.exchange.mail.ParsedEml;
import org.untfsse.workbench.testsupport.TestWorkbench;

class MailCommandsTest {

    @TempDir
    Path dir;

    private AppContext context;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
        new MailRosterFixture(context.roster());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private int run(String... args) {
        return new WorkbenchCli(context, new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    @Test
    void mail_draft_writes_an_unsent_eml_with_the_attachment_and_prints_its_hash() throws Exception {
        Path body = Files.writeString(dir.resolve("body.txt"), "Chers collègues,\n\nCi-joint le procès-verbal.\n");
        Path minutes = Files.write(dir.resolve("Procès-verbal 47.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        Path eml = dir.resolve("draft.eml");

        int code = run("mail", "draft", "--to", "members", "--cc-alternates", "--subject", "Économie sociale : PV n° 47",
                "--body-file", body.toString(), "--attach", minutes.toString(), "--out", eml.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        MimeMessage parsed = ParsedEml.parse(eml);
        assertThat(parsed.getSubject()).isEqualTo("Économie sociale : PV n° 47");
        assertThat(Arrays.stream(parsed.getRecipients(RecipientType.TO)).map(a -> ((InternetAddress) a).getAddress()))
                .containsExactly("esim@ilo.example", "carpentier@unctad.example", "cote@who.example");
        assertThat(parsed.getRecipients(RecipientType.CC)).hasSize(2);
        assertThat(ParsedEml.bytes(ParsedEml.parts(parsed).get(1))).isEqualTo(Files.readAllBytes(minutes));
        String hash = new MailAttachment("x", "application/pdf", Files.readAllBytes(minutes)).sha256();
        assertThat(out.toString()).contains("Draft saved: " + eml, "To: 3, Cc: 2, Bcc: 0 recipient(s).",
                "Attached Procès-verbal 47.pdf, SHA-256 " + hash);
        assertThat(err.toString()).contains("Without a usable e-mail address (not in the list): Rania Al-Khatib (ESCWA, Focal point)");
    }

    @Test
    void mail_draft_reports_every_missing_file_and_a_bad_sender_with_exit_2() {
        int code = run("mail", "draft", "--to", "all", "--subject", "s", "--attach", dir.resolve("nope.pdf").toString(),
                "--body-file", dir.resolve("nobody.txt").toString(), "--from", "not an address",
                "--out", dir.resolve("x.eml").toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("--attach: The file", "nope.pdf", "--body-file: The file",
                "--from: \"not an address\" is not a usable e-mail address.");
        assertThat(dir.resolve("x.eml")).doesNotExist();
    }

    @Test
    void roster_emails_prints_the_address_line_of_a_group_and_lists_who_has_no_address() {
        int code = run("roster", "emails", "--group", "focal-points");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().strip()).isEqualTo("Hélène Müller <helene.muller@emes.example>; "
                + "Simel Esim <esim@ilo.example>; \"Carpentier, Chantal Line\" <carpentier@unctad.example>; "
                + "Jean-Pierre Côté <cote@who.example>");
        assertThat(err.toString()).contains("Rania Al-Khatib (ESCWA, Focal point)", "No active contact of this kind: CIRIEC");
    }

    @Test
    void roster_emails_saves_csv_with_neutralised_formulas_and_vcards() throws Exception {
        Path csv = dir.resolve("members.csv");
        assertThat(run("roster", "emails", "--group", "members", "--format", "csv", "--out", csv.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFname,organization,role,email\r\n")
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\",UNCTAD,Alternate,alt@unctad.example");

        assertThat(run("roster", "emails", "--group", "observers", "--format", "vcard")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("BEGIN:VCARD", "FN:Hélène Müller", "EMAIL;TYPE=work:helene.muller@emes.example");
    }

    @Test
    void roster_emails_can_be_narrowed_to_organizations_and_refuses_unknown_ones() {
        assertThat(run("roster", "emails", "--organizations", "ILO,WHO")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().strip()).isEqualTo(
                "Simel Esim <esim@ilo.example>; Valentina Verze <verze@ilo.example>; Jean-Pierre Côté <cote@who.example>");

        assertThat(run("roster", "emails", "--group", "chairs", "--format", "xls", "--organizations", "XYZ"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("--group: \"chairs\" is not a group; use one of members, observers, "
                + "focal-points, alternates, all.", "--format: \"xls\" is not a format");
    }

    @Test
    void the_help_of_the_new_commands_is_written() {
        assertThat(run("mail", "draft", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("unsent e-mail draft", "--cc-alternates", "Put everyone in Bcc");
        assertThat(run("roster", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).containsPattern("emails\\s+Print or save the e-mail addresses of a group");
    }

    @Test
    void mail_template_shows_the_default_saves_an_own_version_and_resets_it() throws Exception {
        Path body = Files.writeString(dir.resolve("corps.txt"), "Bonjour,\n{decisions} décisions.\n{sender}\n");

        assertThat(run("mail", "template", "--language", "fr", "--subject", "PV n° {number} du {date}",
                "--body-file", body.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("# fr\nPV n° {number} du {date}\n\nBonjour,\n{decisions} décisions.");

        assertThat(run("mail", "template", "--language", "fr", "--reset")).isEqualTo(ExitCodes.OK);
        // The default French template comes from the French bundle.
        assertThat(out.toString()).contains("# fr (default)\nUNTFSSE").contains("projet de procès-verbal de la {meeting}");

        assertThat(run("mail", "template", "--subject", "{oops}")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("Subject: {oops} is not a placeholder the workbench knows");
    }
}
