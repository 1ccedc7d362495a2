package org.untfsse.workbench.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.testsupport.TestWorkbench;

/** Malformed and hostile bundles: each is refused with its clear message, and the database stays exactly as it was. */
class HostileBundleTest {

    private static final String ORG = "11111111-1111-4111-8111-111111111111";
    private static final String HEAD = "{\n\"format\": \"secretariat-workbench-bundle\",\n\"schemaVersion\": 1,\n"
            + "\"exportedAt\": \"2026-11-01T00:00:00Z\",\n";
    private static final String ORG_OBJECT = "{\"id\": \"" + ORG + "\", \"acronym\": \"NEW\", \"name\": \"New\","
            + " \"kind\": \"NETWORK\", \"website\": \"\", \"notes\": \"\", \"updatedAt\": \"2026-11-01T00:00:00Z\"}";
    private static final String ONE_ORG = "\"organizations\": [" + ORG_OBJECT + "]";
    private static final String ONE_DOCUMENT = "\"documents\": [{\"id\": \"44444444-4444-4444-8444-444444444444\", "
            + "\"title\": \"T\", \"kind\": \"NOTE\", \"symbol\": \"\", \"date\": null, \"languages\": [\"en\"], "
            + "\"organizationIds\": [], \"tags\": [], \"description\": \"\", \"meetingIds\": [], \"decisionIds\": [], "
            + "\"fileSha256\": null, \"fileName\": null, \"mediaType\": null, \"fileSize\": null, "
            + "\"updatedAt\": \"2026-11-01T00:00:00Z\"}]";

    /** ILO in the sample data, a member since 2013-09-30 with no end. */
    private static final String SAMPLE_ILO = "78ed5645-2eee-55d0-8490-dd51aaf30a0f";

    @TempDir
    Path temp;

    private static String membership(String id, String organization, String from, String to) {
        return "{\"id\": \"" + id + "\", \"organizationId\": \"" + organization + "\", \"status\": \"MEMBER\","
                + " \"from\": \"" + from + "\", \"to\": " + (to == null ? "null" : "\"" + to + "\"")
                + ", \"updatedAt\": \"2026-11-01T00:00:00Z\"}";
    }

    private AppContext context;
    private String before;

    @BeforeEach
    void sampleDatabase() throws Exception {
        context = TestWorkbench.open(temp);
        context.exchange().loadSampleData(Progress.NONE);
        before = BundleFixtures.tablesChecksum(context.folder().database());
    }

    @AfterEach
    void close() {
        context.close();
    }

    static Stream<Arguments> bundles() {
        return Stream.of(
                Arguments.of("truncated file", HEAD + ONE_ORG.substring(0, 60), "$", "ends too early"),
                Arguments.of("not JSON", "{\"format\": secretariat}", "$", "not valid JSON at line 1"),
                Arguments.of("wrong types", HEAD + "\"organizations\": [{\"id\": 5, \"acronym\": \"X\", \"name\": [],"
                        + " \"kind\": \"PLANET\", \"website\": \"\", \"notes\": \"\", \"updatedAt\": \"yesterday\"}]}",
                        "$.organizations[0].id", "Must be a record id"),
                Arguments.of("unknown schemaVersion", "{\"format\": \"secretariat-workbench-bundle\", \"schemaVersion\": 9}",
                        "$.schemaVersion", "schema version 9, which this version of the workbench cannot read"),
                Arguments.of("not a bundle", "{\"format\": \"something-else\", \"schemaVersion\": 1, \"exportedAt\": "
                        + "\"2026-11-01T00:00:00Z\"}", "$.format", "not a Secretariat Workbench bundle"),
                Arguments.of("dangling reference", HEAD + "\"memberships\": [{\"id\": \"22222222-2222-4222-8222-222222222222\","
                        + " \"organizationId\": \"33333333-3333-4333-8333-333333333333\", \"status\": \"MEMBER\","
                        + " \"from\": \"2020-01-01\", \"to\": null, \"updatedAt\": \"2026-11-01T00:00:00Z\"}]}",
                        "$.memberships[0].organizationId", "neither in the bundle nor in this database"),
                Arguments.of("business rule: overlapping periods of one organization", HEAD + ONE_ORG + ", \"memberships\": ["
                        + membership("22222222-2222-4222-8222-222222222222", ORG, "2020-01-01", "2022-12-31") + ", "
                        + membership("55555555-5555-4555-8555-555555555555", ORG, "2022-06-01", null) + "]}",
                        "$.memberships[0]", "NEW: the periods"),
                Arguments.of("business rule: a period overlapping one stored here", HEAD + "\"memberships\": ["
                        + membership("55555555-5555-4555-8555-555555555555", SAMPLE_ILO, "2020-01-01", null) + "]}",
                        "$.memberships[0]", "ILO: the periods"),
                Arguments.of("business rule: a period that ends before it starts", HEAD + ONE_ORG + ", \"memberships\": ["
                        + membership("22222222-2222-4222-8222-222222222222", ORG, "2022-01-01", "2021-12-31") + "]}",
                        "$.memberships[0].to", "2021-12-31"),
                Arguments.of("duplicate ids", HEAD + "\"organizations\": [" + ORG_OBJECT + ", " + ORG_OBJECT + "]}",
                        "$.organizations[1].id", "appears twice"),
                Arguments.of("business rule: acronym taken", HEAD + ONE_ORG.replace("\"NEW\"", "\"ilo\"") + "}",
                        "$.organizations[0].acronym", "already"),
                Arguments.of("a list of values given as text", HEAD + ONE_DOCUMENT.replace("[\"en\"]", "\"en\"") + "}",
                        "$.documents[0].languages", "Must be a list [ ... ] of plain values"),
                Arguments.of("a list value of the wrong type", HEAD + ONE_DOCUMENT.replace("\"organizationIds\": []",
                        "\"organizationIds\": [5]") + "}", "$.documents[0].organizationIds[0]", "Must be a record id"),
                Arguments.of("a document naming an organization that is nowhere", HEAD + ONE_DOCUMENT.replace(
                        "\"organizationIds\": []", "\"organizationIds\": [\"" + ORG + "\"]") + "}",
                        "$.documents[0].organizationIds", "There is no organization with id " + ORG),
                Arguments.of("unknown field", HEAD + ONE_ORG.replace("\"website\"", "\"homepage\"") + "}",
                        "$.organizations[0].homepage", "Not a field"),
                Arguments.of("a 100 MB string", HEAD + "\"organizations\": [{\"id\": \"" + ORG + "\", \"notes\": \""
                        + "x".repeat(100 * 1024 * 1024) + "\"}]}", "$", "longer than 5000000 characters"),
                Arguments.of("a million broken records", HEAD + "\"organizations\": [" + "1,".repeat(1_000_000) + "1]}",
                        "$.organizations", "More than 1000 problems"),
                Arguments.of("nesting 10,000 deep", HEAD + "\"organizations\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}",
                        "$", "more than 64 levels deep"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void a_bad_bundle_is_refused_with_its_message_and_changes_nothing(String name, String text, String path,
                                                                      String message) throws Exception {
        Path file = temp.resolve("bad.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String expectedPath = path;
        String expectedMessage = message;
        assertThatThrownBy(() -> context.exchange().importBundle(file, null, Progress.NONE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.where()).isEqualTo(expectedPath);
                    assertThat(p.message()).contains(expectedMessage);
                }));
        assertThat(BundleFixtures.tablesChecksum(context.folder().database())).isEqualTo(before);
    }

    static Stream<Arguments> zips() {
        return Stream.of(
                Arguments.of("../../evil", "evil".getBytes(StandardCharsets.UTF_8), "entries must be named files/"),
                Arguments.of("/etc/passwd", "x".getBytes(StandardCharsets.UTF_8), "entries must be named files/"),
                Arguments.of("files/" + "0".repeat(64), "not this".getBytes(StandardCharsets.UTF_8), "do not match its name"));
    }

    @ParameterizedTest(name = "zip entry {0}")
    @MethodSource("zips")
    void a_bad_files_zip_is_refused_and_nothing_is_written(String entry, byte[] bytes, String message) throws Exception {
        Path bundle = temp.resolve("good.json");
        Files.writeString(bundle, HEAD + ONE_ORG + "}");
        Path zip = temp.resolve("files.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(bytes);
            z.closeEntry();
        }
        assertThatThrownBy(() -> context.exchange().importBundle(bundle, zip, Progress.NONE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.message()).contains(message)));
        assertThat(BundleFixtures.tablesChecksum(context.folder().database())).isEqualTo(before);
        assertThat(temp.resolve("evil")).doesNotExist();
        try (var files = Files.list(context.folder().archive())) {
            assertThat(files).isEmpty();
        }
    }
}
