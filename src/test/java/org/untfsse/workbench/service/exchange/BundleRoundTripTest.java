package org.untfsse.workbench.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.model.roster.PersonRole;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.testsupport.TestWorkbench;

class BundleRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void sample_data_exports_to_exactly_the_shipped_bundle_and_round_trips_byte_identical() throws Exception {
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("second.json");
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            a.exchange().loadSampleData(Progress.NONE);
            a.exchange().export(first, null, false, Progress.NONE);
        }
        try (AppContext b = TestWorkbench.open(temp.resolve("b"))) {
            b.exchange().importBundle(first, null, Progress.NONE);
            b.exchange().export(second, null, false, Progress.NONE);
        }
        String shipped;
        try (InputStream in = getClass().getResourceAsStream(BundleFormat.SAMPLE_RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(BundleFixtures.withoutExportedAt(first))
                .isEqualTo(shipped.replaceFirst("\"exportedAt\": \"[^\"]*\"", "\"exportedAt\": \"-\""));
        assertThat(BundleFixtures.withoutExportedAt(second)).isEqualTo(BundleFixtures.withoutExportedAt(first));
        assertValid(first);
    }

    @Test
    void generated_data_round_trips_byte_identical_apart_from_exported_at_and_validates_against_the_schema()
            throws Exception {
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("second.json");
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            long rows = BundleFixtures.generate(a, 300, 42) + BundleFixtures.generateRotationAndDocuments(a, 60, 42);
            long builtInOffices = 3;
            assertThat(a.exchange().export(first, null, false, Progress.NONE).records()).isEqualTo(rows + builtInOffices);
        }
        try (AppContext b = TestWorkbench.open(temp.resolve("b"))) {
            b.exchange().importBundle(first, null, Progress.NONE);
            b.exchange().export(second, null, false, Progress.NONE);
        }
        String text = Files.readString(first);
        assertThat(text).endsWith("}\n").doesNotContain("\r").startsWith("{\n  \"format\": \"secretariat-workbench-bundle\",\n");
        assertThat(text).contains("\"offices\": [", "\"rotationTerms\": [", "\"documents\": [", "\"DEPUTY_CHAIR\"",
                "\"languages\": [\n", "\"fileSha256\": \"");
        assertThat(BundleFixtures.withoutExportedAt(second)).isEqualTo(BundleFixtures.withoutExportedAt(first));
        assertValid(first);
    }

    @Test
    void meetings_with_every_nested_part_round_trip_byte_identical_and_validate_against_the_schema() throws Exception {
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("second.json");
        MeetingBundleFixtures made;
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            made = new MeetingBundleFixtures(a);
            a.exchange().export(first, null, false, Progress.NONE);
        }
        try (AppContext b = TestWorkbench.open(temp.resolve("b"))) {
            b.exchange().importBundle(first, null, Progress.NONE);
            b.exchange().export(second, null, false, Progress.NONE);
            assertThat(b.meetings().reservations(made.withReservation.id())).singleElement()
                    .satisfies(r -> assertThat(r.text()).isEqualTo("Asks for a review after one year."));
            assertThat(b.minutes().versions(made.m46.id())).hasSize(2);
        }
        String text = Files.readString(first);
        assertThat(text).contains("\"meetings\": [", "\"attendance\": [", "\"agendaItems\": [", "\"minutesText\": \"The **draft**",
                "\"reservations\": [", "\"organizationId\": \"" + made.roster.unctad.id(), "\"closedAtMeetingId\": \"" + made.m47.id(),
                "\"recipients\": \"focal.point@ilo.example\\nsse@unctad.example\"", "\"reason\": \"The attendance listed",
                "\"number\": \"2024/47/2\"", "\"chairOrganizationId\": \"" + made.roster.ilo.id());
        assertThat(BundleFixtures.withoutExportedAt(second)).isEqualTo(BundleFixtures.withoutExportedAt(first));
        assertValid(first);
    }

    @Test
    void omit_personal_leaves_out_circulation_recipients_and_still_validates() throws Exception {
        Path out = temp.resolve("public.json");
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            new MeetingBundleFixtures(a);
            a.exchange().export(out, null, true, Progress.NONE);
        }
        assertThat(Files.readString(out)).doesNotContain("\"recipients\"").doesNotContain("@ilo.example")
                .contains("\"circulations\": [");
        assertValid(out);
    }

    @Test
    void the_same_database_exports_the_same_bytes_apart_from_exported_at() throws Exception {
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            BundleFixtures.generate(a, 50, 7);
            BundleFixtures.generateRotationAndDocuments(a, 20, 7);
            a.exchange().export(temp.resolve("1.json"), null, false, Progress.NONE);
            a.exchange().export(temp.resolve("2.json"), null, false, Progress.NONE);
        }
        assertThat(Files.readAllBytes(temp.resolve("1.json"))).isEqualTo(Files.readAllBytes(temp.resolve("2.json")));
    }

    @Test
    void omit_personal_leaves_out_email_and_phone_and_still_validates() throws Exception {
        Path out = temp.resolve("public.json");
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            BundleFixtures.generate(a, 5, 1);
            a.exchange().export(out, null, true, Progress.NONE);
        }
        assertThat(Files.readString(out)).doesNotContain("\"email\"").doesNotContain("\"phone\"").contains("\"title\"");
        assertValid(out);
    }

    @Test
    void long_texts_the_views_accept_come_back_from_a_bundle() throws Exception {
        Path first = temp.resolve("long.json");
        Path second = temp.resolve("long-again.json");
        String longName = "Inter-agency working group on ".repeat(200); // 6,000 characters, no limit in the roster
        try (AppContext a = TestWorkbench.open(temp.resolve("a"))) {
            Organization o = a.roster().createOrganization(new Organization(UUID.randomUUID(), "WG", longName.strip(),
                    OrganizationKind.UN_ENTITY, "", "", null), MembershipStatus.MEMBER, LocalDate.of(2020, 1, 1));
            a.roster().savePerson(new Person(UUID.randomUUID(), o.id(), "A. Officer", longName.strip(), "", "",
                    PersonRole.FOCAL_POINT, LocalDate.of(2020, 1, 1), null, null));
            a.exchange().export(first, null, false, Progress.NONE);
        }
        try (AppContext b = TestWorkbench.open(temp.resolve("b"))) {
            b.exchange().importBundle(first, null, Progress.NONE);
            assertThat(b.roster().allOrganizations()).singleElement()
                    .satisfies(o -> assertThat(o.name()).isEqualTo(longName.strip()));
            b.exchange().export(second, null, false, Progress.NONE);
        }
        assertThat(BundleFixtures.withoutExportedAt(second)).isEqualTo(BundleFixtures.withoutExportedAt(first));
        assertValid(first);
    }

    @Test
    void the_shipped_schema_and_its_docs_copy_are_what_the_sections_generate() throws Exception {
        try (AppContext a = TestWorkbench.open(temp)) {
            String generated = a.exchange().schema();
            Path docs = Path.of("docs/bundle.schema.json");
            Path resource = Path.of("src/main/resources" + BundleFormat.SCHEMA_RESOURCE);
            if (Boolean.getBoolean("exchange.writeSchema")) {
                Files.writeString(docs, generated);
                Files.writeString(resource, generated);
            }
            assertThat(Files.readString(resource)).as("run the tests with -Dexchange.writeSchema=true").isEqualTo(generated);
            assertThat(Files.readString(docs)).isEqualTo(generated);
        }
    }

    static void assertValid(Path bundle) throws Exception {
        Schema schema;
        try (InputStream in = BundleRoundTripTest.class.getResourceAsStream(BundleFormat.SCHEMA_RESOURCE)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        assertThat(schema.validate(Files.readString(bundle), InputFormat.JSON)).isEmpty();
    }
}
