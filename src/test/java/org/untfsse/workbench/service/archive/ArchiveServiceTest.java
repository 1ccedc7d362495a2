package org.untfsse.workbench.service.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.archive.DocumentFilter;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.ExtractionStatus;
import org.untfsse.workbench.model.archive.SearchHit;
import org.untfsse.workbench.model.archive.SearchSort;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.store.archive.ArchiveFileStore;
import org.untfsse.workbench.testsupport.TestWorkbench;

class ArchiveServiceTest {

    @TempDir
    Path dir;

    private AppContext context;
    private ArchiveService archive;

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
        archive = context.archive();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Document template(String title, DocumentKind kind) {
        return Document.draft(title, kind);
    }

    @Test
    void a_file_is_stored_once_under_its_sha256_and_a_second_copy_is_reported_as_already_archived() throws IOException {
        Path first = ArchiveTestFiles.text(dir, "statement.txt", "What role for the SSE in the post COVID-19 recovery?");
        Path copy = Files.copy(first, dir.resolve("copy-of-statement.txt"));

        AddOutcome added = archive.addFiles(List.of(first), template("", DocumentKind.STATEMENT), Progress.NONE).get(0);
        AddOutcome again = archive.addFiles(List.of(copy), template("", DocumentKind.OTHER), Progress.NONE).get(0);

        String sha = ArchiveFileStore.hash(first);
        assertThat(added.alreadyArchived()).isFalse();
        assertThat(added.document().file().sha256()).isEqualTo(sha);
        assertThat(added.document().title()).isEqualTo("statement");
        assertThat(context.folder().archive().resolve(sha.substring(0, 2)).resolve(sha)).hasSameTextualContentAs(first);
        assertThat(again.alreadyArchived()).isTrue();
        assertThat(again.document().id()).isEqualTo(added.document().id());
        assertThat(archive.documentCount()).isEqualTo(1);
    }

    @Test
    void a_file_whose_text_cannot_be_read_is_still_archived_and_says_so() throws IOException {
        Path broken = ArchiveTestFiles.text(dir, "damaged.pdf", "not really a pdf");
        Document d = archive.addFiles(List.of(broken), template("Damaged report", DocumentKind.REPORT), Progress.NONE)
                .get(0).document();
        assertThat(d.extraction()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(d.extractionMessage()).startsWith("The file is archived, but its text could not be read");
        assertThat(archive.fileOf(d)).hasValueSatisfying(p -> assertThat(p).exists());
        assertThat(archive.search("damaged", DocumentFilter.NONE, SearchSort.RELEVANCE, 0, 10)).hasSize(1);
    }

    @Test
    void a_folder_is_added_file_by_file_and_every_format_is_searchable_by_a_word_inside() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("incoming"));
        ArchiveTestFiles.pdf(folder, "a.pdf", "Encyclopedia of the social economy");
        ArchiveTestFiles.docx(folder, "b.docx", "Ten-year strategy of the African Union");
        ArchiveTestFiles.odt(folder, "c.odt", "Knowledge hub", "Call for papers on implementing the SDGs");
        ArchiveTestFiles.text(folder, "d.html", "<p>Recommendation on <b>social innovation</b></p>");
        ArchiveTestFiles.text(folder, "e.md", "## Action plan\nStrategic plan 2016");
        ArchiveTestFiles.text(folder, ".hidden.txt", "never added");

        List<AddOutcome> outcomes = archive.addFiles(List.of(folder), template("", DocumentKind.OTHER), Progress.NONE);

        assertThat(outcomes).hasSize(5).allMatch(o -> o.document().extraction() == ExtractionStatus.DONE);
        for (String word : List.of("encyclopedia", "african", "papers", "innovation", "strategic")) {
            assertThat(archive.search(word, DocumentFilter.NONE, SearchSort.RELEVANCE, 0, 10)).as(word).hasSize(1);
        }
    }

    @Test
    void phrase_prefix_and_boolean_queries_rank_and_highlight_matches() {
        record(List.of("Promoting the social and solidarity economy for sustainable development"), "A/RES/77/281", 2023, "en");
        record(List.of("Decent work and the social and solidarity economy"), "", 2022, "fr");
        record(List.of("Economy of care: work in housing"), "", 2021, "en");

        assertThat(titles("\"decent work\"")).containsExactly("Decent work and the social and solidarity economy");
        assertThat(titles("sustain*")).containsExactly("Promoting the social and solidarity economy for sustainable development");
        assertThat(titles("work NOT decent")).containsExactly("Economy of care: work in housing");
        assertThat(titles("housing OR decent")).hasSize(2);
        assertThat(titles("A/RES/77/281")).hasSize(1);
        SearchHit hit = archive.search("decent", DocumentFilter.NONE, SearchSort.RELEVANCE, 0, 10).get(0);
        assertThat(hit.snippet()).contains(SearchHit.MARK_START + "Decent" + SearchHit.MARK_END);
    }

    @Test
    void filters_by_kind_year_organization_tag_and_language_and_sorts_by_date() {
        Organization ilo = new Organization(UUID.randomUUID(), "ILO", "International Labour Organization",
                OrganizationKind.UN_ENTITY, "", "", null);
        context.roster().createOrganization(ilo, null, null);
        Document resolution = new Document(UUID.randomUUID(), "Resolution concerning decent work and the SSE",
                DocumentKind.RESOLUTION, "", LocalDate.of(2022, 6, 10), List.of("en", "fr"), List.of(ilo.id()),
                List.of("ILC"), "ILC 110th Session", List.of(), List.of(), null, null, "", null);
        archive.addRecord(resolution);
        record(List.of("Decent work report"), "", 2021, "en");

        assertThat(archive.count("decent", new DocumentFilter(DocumentKind.RESOLUTION, null, null, null, null))).isEqualTo(1);
        assertThat(archive.count("decent", new DocumentFilter(null, 2021, null, null, null))).isEqualTo(1);
        assertThat(archive.count("decent", new DocumentFilter(null, null, ilo.id(), null, null))).isEqualTo(1);
        assertThat(archive.count("", new DocumentFilter(null, null, null, "ilc", null))).isEqualTo(1);
        assertThat(archive.count("", new DocumentFilter(null, null, null, null, "fr"))).isEqualTo(1);
        assertThat(archive.count("labour", DocumentFilter.NONE)).as("organization names are indexed").isEqualTo(1);
        assertThat(archive.search("decent", DocumentFilter.NONE, SearchSort.NEWEST, 0, 10)).extracting(SearchHit::title)
                .containsExactly("Resolution concerning decent work and the SSE", "Decent work report");
        assertThat(archive.search("", DocumentFilter.NONE, SearchSort.OLDEST, 0, 1)).extracting(SearchHit::title)
                .containsExactly("Decent work report");
    }

    @Test
    void edited_metadata_is_reindexed_and_invalid_metadata_is_refused_with_every_problem() {
        Document d = record(List.of("Draft brief"), "", 2024, "en");
        Document renamed = d.withMetadataOf(new Document(d.id(), "Brief on public procurement", DocumentKind.BRIEF, "",
                d.date(), d.languages(), List.of(), List.of("procurement"), "", List.of(), List.of(), null, null, "", null));
        archive.updateMetadata(renamed);
        assertThat(titles("procurement")).containsExactly("Brief on public procurement");
        assertThat(titles("draft")).isEmpty();

        Document bad = new Document(d.id(), " ", DocumentKind.BRIEF, "", null, List.of("English"), List.of(UUID.randomUUID()),
                List.of(), "", List.of(), List.of(), null, null, "", null);
        assertThatThrownBy(() -> archive.updateMetadata(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).hasSize(3));
    }

    @Test
    void a_link_to_a_meeting_or_decision_that_does_not_exist_is_refused_along_with_every_other_problem() {
        Document d = archive.addRecord(Document.draft("Accession note", DocumentKind.NOTE));
        var meeting = context.meetings().createMeeting(org.untfsse.workbench.model.meeting.Meeting.draft(47, "",
                org.untfsse.workbench.model.meeting.MeetingKind.REGULAR, LocalDate.parse("2024-03-14"), "", true));

        Document linked = archive.updateMetadata(d.withLinks(List.of(meeting.id()), List.of()));
        assertThat(archive.document(d.id()).orElseThrow().meetingIds()).containsExactly(meeting.id());

        Document bad = new Document(d.id(), " ", DocumentKind.NOTE, "", null, List.of(), List.of(), List.of(), "",
                List.of(meeting.id(), UUID.randomUUID()), List.of(UUID.randomUUID()), null, null, "", null);
        assertThatThrownBy(() -> archive.updateMetadata(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(p -> p.where())
                        .containsExactlyInAnyOrder("Title", "Linked meetings", "Linked decisions"));
        assertThat(archive.document(d.id()).orElseThrow()).isEqualTo(linked);
    }

    @Test
    void deleting_the_last_document_of_a_file_removes_the_file_and_a_record_without_file_is_allowed() throws IOException {
        Path file = ArchiveTestFiles.text(dir, "minutes.txt", "Minutes of the 47th meeting");
        Document d = archive.addFiles(List.of(file), template("Minutes", DocumentKind.MINUTES), Progress.NONE).get(0).document();
        Path stored = archive.fileOf(d).orElseThrow();
        Document reference = record(List.of("Reference to A/RES/79/213"), "A/RES/79/213", 2024, "en");

        assertThat(reference.hasFile()).isFalse();
        assertThat(archive.delete(d.id())).isTrue();
        assertThat(stored).doesNotExist();
        assertThat(archive.delete(reference.id())).isFalse();
        assertThat(archive.documentCount()).isZero();
    }

    @Test
    void verify_names_missing_and_altered_files_and_changes_nothing() throws IOException {
        Document a = archive.addFiles(List.of(ArchiveTestFiles.text(dir, "plan.txt", "Action plan 2022-2024")),
                template("Action plan", DocumentKind.REPORT), Progress.NONE).get(0).document();
        Document b = archive.addFiles(List.of(ArchiveTestFiles.text(dir, "summary.txt", "Conference summary")),
                template("Conference summary", DocumentKind.REPORT), Progress.NONE).get(0).document();
        assertThat(archive.verify(Progress.NONE).isClean()).isTrue();

        Path altered = archive.fileOf(a).orElseThrow();
        altered.toFile().setWritable(true);
        Files.writeString(altered, "Action plan 2022-2025");
        Files.delete(archive.fileOf(b).orElseThrow());

        VerifyReport report = archive.verify(Progress.NONE);
        assertThat(report.filesChecked()).isEqualTo(2);
        assertThat(report.problems()).extracting(VerifyReport.FileProblem::kind, VerifyReport.FileProblem::fileName)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(VerifyReport.Kind.ALTERED, "plan.txt"),
                        org.assertj.core.groups.Tuple.tuple(VerifyReport.Kind.MISSING, "summary.txt"));
        assertThat(Files.readString(altered)).isEqualTo("Action plan 2022-2025");
        assertThat(archive.documentCount()).isEqualTo(2);
    }

    @Test
    void export_copies_the_files_under_their_names_with_a_json_of_their_metadata() throws IOException {
        Document a = archive.addFiles(List.of(ArchiveTestFiles.text(dir, "plan.txt", "Action plan")),
                template("Action plan", DocumentKind.REPORT), Progress.NONE).get(0).document();
        Document r = record(List.of("Reference only"), "A/RES/77/281", 2023, "en");
        Path out = dir.resolve("export");

        ArchiveExporter.Result result = archive.export(List.of(a.id(), r.id()), out, Progress.NONE);

        assertThat(result.files()).isEqualTo(1);
        assertThat(result.records()).isEqualTo(2);
        assertThat(out.resolve("plan.txt")).hasContent("Action plan");
        assertThat(Files.readString(out.resolve(ArchiveExporter.METADATA_FILE))).contains("\"title\" : \"Action plan\"")
                .contains("\"symbol\" : \"A/RES/77/281\"").contains("\"exportedAs\" : \"plan.txt\"");
    }

    @Test
    void a_program_is_never_copied_out_for_opening_whether_known_by_its_name_or_by_its_first_bytes() throws IOException {
        Document named = archive.addFiles(List.of(ArchiveTestFiles.text(dir, "setup.EXE", "harmless bytes")),
                template("", DocumentKind.OTHER), Progress.NONE).get(0).document();
        Path disguised = Files.write(dir.resolve("minutes"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0});
        Document binary = archive.addFiles(List.of(disguised), template("", DocumentKind.OTHER), Progress.NONE)
                .get(0).document();
        Document text = archive.addFiles(List.of(ArchiveTestFiles.text(dir, "notes.txt", "Notes")),
                template("", DocumentKind.NOTE), Progress.NONE).get(0).document();

        assertThat(archive.isProgram(named)).isTrue();
        assertThat(archive.isProgram(binary)).isTrue();
        assertThat(archive.isProgram(text)).isFalse();
        assertThatThrownBy(() -> archive.copyForOpening(named)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("is a program or script");
        assertThatThrownBy(() -> archive.copyForOpening(binary)).isInstanceOf(ValidationException.class);
        Path copy = archive.copyForOpening(text);
        assertThat(copy).hasContent("Notes");
        if (copy.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)))
                    .isEqualTo("r--------");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.getParent())))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void saved_searches_keep_their_query_filters_and_order() {
        archive.saveSearch("ILO resolutions", "decent work", new DocumentFilter(DocumentKind.RESOLUTION, 2022, null, null, "en"),
                SearchSort.NEWEST);
        archive.saveSearch("ilo resolutions", "decent", DocumentFilter.NONE, SearchSort.RELEVANCE);
        assertThat(archive.savedSearches()).singleElement().satisfies(s -> {
            assertThat(s.query()).isEqualTo("decent");
            assertThat(s.sort()).isEqualTo(SearchSort.RELEVANCE);
        });
        assertThatThrownBy(() -> archive.saveSearch("bad", "\"open", DocumentFilter.NONE, SearchSort.RELEVANCE))
                .isInstanceOf(ValidationException.class);
    }

    private Document record(List<String> titleAndBody, String symbol, int year, String language) {
        Document d = new Document(UUID.randomUUID(), titleAndBody.get(0), DocumentKind.REPORT, symbol,
                LocalDate.of(year, 1, 15), List.of(language), List.of(), List.of(), "", List.of(), List.of(), null, null, "", null);
        return archive.addRecord(d);
    }

    private List<String> titles(String query) {
        return archive.search(query, DocumentFilter.NONE, SearchSort.RELEVANCE, 0, 50).stream().map(SearchHit::title).toList();
    }
}
