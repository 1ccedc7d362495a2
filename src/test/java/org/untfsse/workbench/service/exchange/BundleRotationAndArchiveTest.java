package org.untfsse.workbench.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.archive.DocumentFilter;
import org.untfsse.workbench.model.archive.ExtractionStatus;
import org.untfsse.workbench.model.archive.SearchHit;
import org.untfsse.workbench.model.archive.SearchSort;
import org.untfsse.workbench.service.archive.VerifyReport;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.testsupport.TestWorkbench;

/** Rotation terms and archive documents coming in through a bundle: the views' rules, references, search. */
class BundleRotationAndArchiveTest {

    private static final String ILO = "78ed5645-2eee-55d0-8490-dd51aaf30a0f";
    private static final String UNCTAD = "fe8397e5-01ac-503a-86f8-44ce54d6379e";
    private static final String CHAIR = "00000000-0000-4000-8000-0000000000c1";
    private static final String AT = "2026-11-20T00:00:00Z";
    private static final String HEAD = "{\"format\": \"secretariat-workbench-bundle\", \"schemaVersion\": 1, "
            + "\"exportedAt\": \"" + AT + "\", ";

    @TempDir
    Path temp;

    private AppContext context;
    private String before;

    @BeforeEach
    void sampleDatabase() throws Exception {
        context = TestWorkbench.open(temp.resolve("data"));
        context.exchange().loadSampleData(Progress.NONE);
        before = BundleFixtures.tablesChecksum(context.folder().database());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static String term(String id, String organization, String start, String end) {
        return "{\"id\": \"" + id + "\", \"officeId\": \"" + CHAIR + "\", \"organizationId\": \"" + organization
                + "\", \"personId\": null, \"personName\": null, \"start\": \"" + start + "\", \"end\": "
                + (end == null ? "null" : "\"" + end + "\"") + ", \"decidedAtMeetingId\": null, \"notes\": \"\", "
                + "\"updatedAt\": \"" + AT + "\"}";
    }

    private static String document(String id, String title, String tag, String sha) {
        return documentWithFile(id, title, tag, sha == null ? null
                : "\"fileSha256\": \"" + sha + "\", \"fileName\": \"brief.pdf\", \"mediaType\": \"application/pdf\", "
                        + "\"fileSize\": 1234");
    }

    private static String documentWithFile(String id, String title, String tag, String fileFields) {
        String file = fileFields == null
                ? "\"fileSha256\": null, \"fileName\": null, \"mediaType\": null, \"fileSize\": null" : fileFields;
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"kind\": \"BRIEF\", \"symbol\": \"\", "
                + "\"date\": \"2024-03-14\", \"languages\": [\"fr\", \"en\"], \"organizationIds\": [\"" + ILO + "\"], "
                + "\"tags\": [\"" + tag + "\"], \"description\": \"Prepared for the 47th regular meeting.\", "
                + "\"meetingIds\": [], \"decisionIds\": [], " + file + ", \"updatedAt\": \"" + AT + "\"}";
    }

    private Path bundle(String sections) throws Exception {
        Path file = temp.resolve("in.json");
        Files.writeString(file, HEAD + sections + "}");
        return file;
    }

    private void assertRefusedAt(Path bundle, String path, String message) throws Exception {
        assertThatThrownBy(() -> context.exchange().importBundle(bundle, null, Progress.NONE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.where()).isEqualTo(path);
                    assertThat(p.message()).contains(message);
                }));
        assertThat(BundleFixtures.tablesChecksum(context.folder().database())).as("nothing written").isEqualTo(before);
    }

    @Test
    void a_rotation_term_naming_an_organization_that_is_nowhere_is_refused_at_its_path_and_nothing_is_written()
            throws Exception {
        String nowhere = "33333333-3333-4333-8333-333333333333";
        Path in = bundle("\"rotationTerms\": [" + term(UUID.randomUUID().toString(), UNCTAD, "2030-01-01", "2030-12-31")
                + ", " + term(UUID.randomUUID().toString(), nowhere, "2031-01-01", null) + "]");
        assertRefusedAt(in, "$.rotationTerms[1].organizationId", "neither in the bundle nor in this database");
    }

    @Test
    void an_overlapping_chair_term_is_refused_with_the_rotation_views_message_and_nothing_is_written() throws Exception {
        Path in = bundle("\"rotationTerms\": [" + term(UUID.randomUUID().toString(), ILO, "2030-01-01", "2031-12-31")
                + ", " + term(UUID.randomUUID().toString(), UNCTAD, "2031-06-01", null) + "]");
        assertRefusedAt(in, "$.rotationTerms[1]", "Chair is held by one organization at a time, and ILO already holds it");
    }

    @Test
    void an_office_that_would_no_longer_fit_its_terms_is_refused_at_its_max_holders() throws Exception {
        // The sample data has ILO and UNCTAD as Co-Chairs at once since 2023.
        Path in = bundle("\"offices\": [{\"id\": \"00000000-0000-4000-8000-0000000000c2\", \"code\": \"CO_CHAIR\", "
                + "\"name\": \"Co-Chair\", \"maxHolders\": 1, \"builtIn\": true, \"position\": 20, "
                + "\"updatedAt\": \"" + AT + "\"}]");
        assertRefusedAt(in, "$.offices[0].maxHolders", "Co-Chair is held by one organization at a time");
    }

    @Test
    void a_rotation_term_that_ends_before_it_starts_is_refused_at_its_end() throws Exception {
        Path in = bundle("\"rotationTerms\": [" + term(UUID.randomUUID().toString(), ILO, "2030-06-01", "2030-01-01") + "]");
        assertRefusedAt(in, "$.rotationTerms[0].end", "ends (2030-01-01) before it starts (2030-06-01)");
    }

    @Test
    void an_imported_document_is_found_by_archive_search_in_its_title_tags_and_organizations() throws Exception {
        String id = UUID.randomUUID().toString();
        context.exchange().importBundle(bundle("\"documents\": [" + document(id, "Zebrafish cooperatives", "quinoa", null)
                + "]"), null, Progress.NONE);
        for (String query : new String[] {"zebrafish", "quinoa", "zebrafish ILO", "quinoa \"International Labour\""}) {
            assertThat(context.archive().search(query, DocumentFilter.NONE, SearchSort.RELEVANCE, 0, 10))
                    .as(query).extracting(SearchHit::id).containsExactly(UUID.fromString(id));
        }
        Document stored = context.archive().document(UUID.fromString(id)).orElseThrow();
        assertThat(stored.languages()).containsExactly("en", "fr");
        assertThat(stored.extraction()).isEqualTo(ExtractionStatus.NONE);
    }

    @Test
    void a_document_whose_file_is_in_neither_the_archive_nor_the_zip_is_kept_and_listed_by_archive_verify()
            throws Exception {
        String sha = "ab".repeat(32);
        String id = UUID.randomUUID().toString();
        ImportPreview done = context.exchange().importBundle(bundle("\"documents\": ["
                + document(id, "Brief without its file", "brief", sha) + "]"), null, Progress.NONE);
        assertThat(done.count(DocumentSection.KEY, ChangeKind.ADDED)).isEqualTo(1);
        Document stored = context.archive().document(UUID.fromString(id)).orElseThrow();
        assertThat(stored.file().sha256()).isEqualTo(sha);
        assertThat(stored.extraction()).as("read when the file arrives").isEqualTo(ExtractionStatus.PENDING);
        VerifyReport report = context.archive().verify(Progress.NONE);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(VerifyReport.Kind.MISSING);
            assertThat(p.sha256()).isEqualTo(sha);
            assertThat(p.documentTitles()).isEqualTo("Brief without its file");
        });
    }

    @Test
    void a_document_whose_file_comes_in_the_zip_has_its_text_read_and_searchable_after_the_import() throws Exception {
        byte[] text = "The minutes mention an axolotl sanctuary run as a cooperative.".getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        Path zip = temp.resolve("files.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("files/" + sha));
            z.write(text);
            z.closeEntry();
        }
        String id = UUID.randomUUID().toString();
        context.exchange().importBundle(bundle("\"documents\": [" + documentWithFile(id, "Note", "note", "\"fileSha256\": \""
                + sha + "\", \"fileName\": \"note.txt\", \"mediaType\": \"text/plain\", \"fileSize\": " + text.length)
                + "]"), zip, Progress.NONE);
        assertThat(context.archive().search("axolotl", DocumentFilter.NONE, SearchSort.RELEVANCE, 0, 10))
                .extracting(SearchHit::id).containsExactly(UUID.fromString(id));
        assertThat(context.archive().document(UUID.fromString(id)).orElseThrow().extraction())
                .isEqualTo(ExtractionStatus.DONE);
        assertThat(context.archive().verify(Progress.NONE).isClean()).isTrue();
    }

    @Test
    void a_document_file_hash_that_is_not_a_sha256_is_refused() throws Exception {
        Path in = bundle("\"documents\": [" + document(UUID.randomUUID().toString(), "T", "t", "not-a-hash") + "]");
        assertRefusedAt(in, "$.documents[0]", "fileSha256: Must be the file's SHA-256");
    }
}
