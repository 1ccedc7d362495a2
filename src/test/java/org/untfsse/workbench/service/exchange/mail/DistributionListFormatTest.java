package org.untfsse.workbench.service.exchange.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.PersonRole;
import org.untfsse.workbench.testsupport.TestWorkbench;

class DistributionListFormatTest {

    private final DistributionListFormat format = new DistributionListFormat(TestWorkbench.english());

    private static Recipient r(String name, String email, PersonRole role, String org) {
        return new Recipient(UUID.randomUUID(), name, email, role, UUID.randomUUID(), org, org + " full name",
                MembershipStatus.MEMBER);
    }

    private final List<Recipient> people = List.of(
            r("Simel Esim", "esim@ilo.example", PersonRole.FOCAL_POINT, "ILO"),
            r("Carpentier, Chantal Line", "carpentier@unctad.example", PersonRole.FOCAL_POINT, "UNCTAD"),
            r("Pat \"The Chair\" O'Brien; Jr", "pat@who.example", PersonRole.ALTERNATE, "WHO"),
            r("Hélène Müller", "helene@emes.example", PersonRole.FOCAL_POINT, "EMES"),
            r("=HYPERLINK(\"http://evil.example\")", "alt@unctad.example", PersonRole.ALTERNATE, "+UNCTAD"),
            r("@SUM(A1)", "-x@ilo.example", PersonRole.ALTERNATE, "\tILO"));

    @Test
    void the_address_line_is_what_mail_programs_accept_with_specials_quoted() {
        assertThat(format.addressLine(people.subList(0, 4))).isEqualTo("Simel Esim <esim@ilo.example>; "
                + "\"Carpentier, Chantal Line\" <carpentier@unctad.example>; "
                + "\"Pat \\\"The Chair\\\" O'Brien; Jr\" <pat@who.example>; Hélène Müller <helene@emes.example>");
    }

    @Test
    void each_entry_of_the_address_line_parses_back_into_the_same_name_and_address() throws Exception {
        for (Recipient r : people.subList(0, 4)) {
            var parsed = new jakarta.mail.internet.InternetAddress(DistributionListFormat.mailbox(r), true);
            assertThat(parsed.getPersonal()).isEqualTo(r.name());
            assertThat(parsed.getAddress()).isEqualTo(r.email());
        }
    }

    @Test
    void csv_has_name_organization_role_email_and_neutralises_formulas() throws Exception {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(format.csv(people))).getRecords();

        assertThat(rows).hasSize(6);
        assertThat(rows.get(1).toMap()).containsEntry("name", "Carpentier, Chantal Line")
                .containsEntry("organization", "UNCTAD").containsEntry("role", "Focal point")
                .containsEntry("email", "carpentier@unctad.example");
        assertThat(rows.get(4).get("name")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(rows.get(4).get("organization")).isEqualTo("'+UNCTAD");
        assertThat(rows.get(5).get("name")).isEqualTo("'@SUM(A1)");
        assertThat(rows.get(5).get("email")).isEqualTo("'-x@ilo.example");
        assertThat(rows.get(5).get("organization")).isEqualTo("'\tILO");
        assertThat(rows.get(3).get("name")).isEqualTo("Hélène Müller");
    }

    @Test
    void the_csv_file_starts_with_a_byte_order_mark_for_excel() {
        byte[] file = format.csvFile(people);
        assertThat(new String(file, StandardCharsets.UTF_8)).startsWith("\uFEFFname,organization,role,email\r\n");
    }

    @Test
    void vcards_are_version_4_with_escaped_text_and_folded_lines() {
        String cards = format.vcards(List.of(people.get(1), r("Ä".repeat(60), "long@ilo.example",
                PersonRole.FOCAL_POINT, "ILO")));

        assertThat(cards).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n");
        assertThat(cards).contains("FN:Carpentier\\, Chantal Line\r\n", "EMAIL;TYPE=work:carpentier@unctad.example\r\n",
                "ROLE:Focal point — UNCTAD\r\n");
        assertThat(cards.split("\r\n")).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75);
        assertThat(cards.replace("\r\n ", "")).contains("FN:" + "Ä".repeat(60) + "\r\n");
        assertThat(cards.split("END:VCARD", -1)).hasSize(3);
    }
}
