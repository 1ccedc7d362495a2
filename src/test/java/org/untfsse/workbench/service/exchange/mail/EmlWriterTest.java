package org.untfsse.workbench.service.exchange.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EmlWriterTest {

    private static final ZonedDateTime DATE = ZonedDateTime.parse("2026-11-28T10:00:00+01:00[Europe/Paris]");

    private final EmlWriter writer = new EmlWriter();

    private static MailMessage message(List<MailAddress> to, String subject, String body, List<MailAttachment> files) {
        return new MailMessage(null, to, List.of(), List.of(), subject, body, files, DATE, "fr");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String[] addresses(MimeMessage m, RecipientType type) throws Exception {
        var list = m.getRecipients(type);
        return list == null ? new String[0]
                : Arrays.stream(list).map(a -> ((InternetAddress) a).getAddress()).toArray(String[]::new);
    }

    @Test
    void the_draft_parses_with_accented_names_subject_and_the_unsent_marker() throws Exception {
        MailMessage m = new MailMessage(null,
                List.of(new MailAddress("Hélène Müller-Łukasiewicz", "helene@ilo.org"),
                        new MailAddress("Chantal Line Carpentier", "carpentier@unctad.org")),
                List.of(new MailAddress("José Núñez", "jose@eclac.org")),
                List.of(new MailAddress("محمد العلي", "m.ali@escwa.org")),
                "Économie sociale et solidaire : projet de procès-verbal de la 47e réunion — commentaires d’ici le 12 décembre",
                "Bonjour,\n\nVeuillez trouver ci-joint le projet.\n", List.of(), DATE, "fr");

        MimeMessage parsed = ParsedEml.parse(writer.write(m));

        assertThat(parsed.getSubject()).isEqualTo(m.subject());
        assertThat(parsed.getHeader("X-Unsent", null)).isEqualTo("1");
        assertThat(parsed.getHeader("X-Mozilla-Draft-Info", null)).startsWith("internal/draft");
        assertThat(parsed.getHeader("Content-Language", null)).isEqualTo("fr");
        assertThat(parsed.getMessageID()).matches("<[0-9a-f]{32}@secretariat-workbench.invalid>");
        assertThat(parsed.getSentDate()).isEqualTo(java.util.Date.from(DATE.toInstant()));
        assertThat(parsed.getFrom()).isNull();
        InternetAddress first = (InternetAddress) parsed.getRecipients(RecipientType.TO)[0];
        assertThat(first.getPersonal()).isEqualTo("Hélène Müller-Łukasiewicz");
        assertThat(addresses(parsed, RecipientType.TO)).containsExactly("helene@ilo.org", "carpentier@unctad.org");
        assertThat(((InternetAddress) parsed.getRecipients(RecipientType.CC)[0]).getPersonal()).isEqualTo("José Núñez");
        assertThat(((InternetAddress) parsed.getRecipients(RecipientType.BCC)[0]).getPersonal()).isEqualTo("محمد العلي");
        assertThat(ParsedEml.parts(parsed).get(0).getContent()).isEqualTo("Bonjour,\r\n\r\nVeuillez trouver ci-joint le projet.\r\n");
    }

    @Test
    void attachments_arrive_with_their_exact_bytes_hash_type_and_unicode_file_name() throws Exception {
        byte[] pdf = new byte[70_001];
        new Random(47).nextBytes(pdf);
        byte[] docx = "PK\u0003\u0004 minutes".getBytes(StandardCharsets.ISO_8859_1);
        byte[] empty = new byte[0];
        List<MailAttachment> files = List.of(
                new MailAttachment("Procès-verbal 47e réunion — Économie sociale.pdf", "application/pdf", pdf),
                new MailAttachment("minutes-47.docx", MailAttachment.mediaTypeFor("minutes-47.docx"), docx),
                new MailAttachment("محضر الاجتماع.txt", "text/plain", empty));

        MimeMessage parsed = ParsedEml.parse(writer.write(message(
                List.of(new MailAddress("", "secretariat@untfsse.org")), "Minutes", "See attached.", files)));
        List<BodyPart> parts = ParsedEml.parts(parsed);

        assertThat(parts).hasSize(4);
        for (int i = 0; i < files.size(); i++) {
            BodyPart part = parts.get(i + 1);
            MailAttachment expected = files.get(i);
            assertThat(part.getDisposition()).isEqualTo("attachment");
            assertThat(part.getFileName()).isEqualTo(expected.fileName());
            assertThat(part.getContentType()).startsWith(expected.mediaType());
            assertThat(ParsedEml.bytes(part)).isEqualTo(expected.bytes());
            assertThat(sha256(ParsedEml.bytes(part))).isEqualTo(expected.sha256());
        }
        assertThat(files.get(0).sha256()).isEqualTo(sha256(pdf));
    }

    @Test
    void line_breaks_in_names_and_subjects_cannot_inject_headers() throws Exception {
        MailMessage m = message(
                List.of(new MailAddress("Eve\r\nBcc: attacker@evil.example", "eve@ilo.org"),
                        new MailAddress("Mallory\nX-Unsent: 0\n\nbody", "mallory@ilo.org")),
                "Minutes\r\nBcc: attacker@evil.example\u2028Content-Type: text/html",
                "Body", List.of(new MailAttachment("a\r\nContent-Type: text/html.pdf", "application/pdf\r\nX: y",
                        new byte[] {1, 2, 3})));

        byte[] eml = writer.write(m);
        MimeMessage parsed = ParsedEml.parse(eml);
        String text = new String(eml, StandardCharsets.US_ASCII);

        assertThat(parsed.getHeader("Bcc")).isNull();
        assertThat(parsed.getHeader("X-Unsent")).containsExactly("1");
        assertThat(parsed.getSubject()).isEqualTo("Minutes Bcc: attacker@evil.example Content-Type: text/html");
        assertThat(addresses(parsed, RecipientType.TO)).containsExactly("eve@ilo.org", "mallory@ilo.org");
        assertThat(((InternetAddress) parsed.getRecipients(RecipientType.TO)[1]).getPersonal())
                .isEqualTo("Mallory X-Unsent: 0 body");
        assertThat(text).doesNotContain("\r\nBcc:").doesNotContain("\r\nX: y");
        assertThat(ParsedEml.parts(parsed).get(1).getContentType()).startsWith("application/octet-stream");
        assertThat(text.split("\r\n")).allMatch(line -> line.length() <= 78);
        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void attachment_file_names_are_safe_file_names_wherever_the_mail_program_saves_them() throws Exception {
        List<MailAttachment> files = List.of(
                new MailAttachment("../../etc/passwd", "text/plain", new byte[] {1}),
                new MailAttachment("C:\\Windows\\win.ini", "text/plain", new byte[] {2}),
                new MailAttachment("CON.txt", "text/plain", new byte[] {3}),
                new MailAttachment("minutes.pdf. ", "application/pdf", new byte[] {4}),
                new MailAttachment("\u202Efdp.exe", "application/pdf", new byte[] {5}),
                new MailAttachment("   ", "application/pdf", new byte[] {6}),
                new MailAttachment("é".repeat(300) + ".pdf", "application/pdf", new byte[] {7}));

        List<BodyPart> parts = ParsedEml.parts(ParsedEml.parse(writer.write(message(
                List.of(new MailAddress("", "secretariat@untfsse.org")), "Minutes", "See attached.", files))));

        assertThat(parts.subList(1, parts.size())).extracting(part -> jakarta.mail.internet.MimeUtility.decodeText(part.getFileName()))
                .containsExactly("passwd", "win.ini", "_CON.txt", "minutes.pdf", "fdp.exe", "attachment",
                        "é".repeat(98) + ".pdf");
    }

    @Test
    void display_names_with_commas_quotes_and_encoded_word_lookalikes_keep_their_text() throws Exception {
        List<MailAddress> to = List.of(new MailAddress("Carpentier, Chantal \"Line\"", "c@unctad.org"),
                new MailAddress("=?UTF-8?B?SGk=?=", "x@ilo.org"), new MailAddress("O'Brien; Pat", "pat@who.int"));

        MimeMessage parsed = ParsedEml.parse(writer.write(message(to, "=?UTF-8?B?SGk=?= not encoded", "", List.of())));

        InternetAddress[] parsedTo = (InternetAddress[]) parsed.getRecipients(RecipientType.TO);
        assertThat(parsedTo).extracting(InternetAddress::getPersonal)
                .containsExactly("Carpentier, Chantal \"Line\"", "=?UTF-8?B?SGk=?=", "O'Brien; Pat");
        assertThat(parsed.getSubject()).isEqualTo("=?UTF-8?B?SGk=?= not encoded");
    }

    @Test
    void a_long_body_with_trailing_spaces_equals_signs_and_dots_survives_quoted_printable() throws Exception {
        String body = "Décision 2024/47/2 = adoptée par consensus.   \n.\n" + "x".repeat(300) + "\n"
                + "日本語のテキスト".repeat(20) + "\r\nتحية طيبة\n\tindented\t\nlast line without end";

        MimeMessage parsed = ParsedEml.parse(writer.write(message(
                List.of(new MailAddress("A", "a@ilo.org")), "s", body, List.of())));

        assertThat(ParsedEml.parts(parsed).get(0).getContent()).isEqualTo(body.replace("\r\n", "\n").replace("\n", "\r\n"));
    }

    @Test
    void many_recipients_fold_into_short_header_lines_and_all_parse() throws Exception {
        List<MailAddress> to = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> new MailAddress("Focal Point Éléonore " + i, "fp" + i + "@org" + i + ".int")).toList();

        byte[] eml = writer.write(message(to, "s", "b", List.of()));
        MimeMessage parsed = ParsedEml.parse(eml);

        assertThat(parsed.getRecipients(RecipientType.TO)).hasSize(60);
        assertThat(((InternetAddress) parsed.getRecipients(RecipientType.TO)[59]).getPersonal())
                .isEqualTo("Focal Point Éléonore 59");
        assertThat(new String(eml, StandardCharsets.US_ASCII).split("\r\n")).allMatch(line -> line.length() <= 78);
    }
}
