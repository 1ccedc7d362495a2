package org.untfsse.workbench.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.archive.DocumentFilter;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.SavedSearch;
import org.untfsse.workbench.model.archive.SearchSort;
import org.untfsse.workbench.model.common.DataFolder;
import org.untfsse.workbench.model.exchange.mail.MailTemplate;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.testsupport.TestWorkbench;

/** The officer's saved e-mail templates and archive searches travel in the bundle and merge like every record. */
class BundleTemplatesAndSearchesTest {

    private static final String ILO = "78ed5645-2eee-55d0-8490-dd51aaf30a0f";
    private static final String AT = "2026-11-28T12:00:00Z";
    private static final String HEAD = "{\"format\": \"secretariat-workbench-bundle\", \"schemaVersion\": 1, "
            + "\"exportedAt\": \"" + AT + "\", ";

    @TempDir
    Path temp;

    private AppContext laptop(String name, String instant) {
        return new AppContext(new DataFolder(temp.resolve(name)), TestWorkbench.english(),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static void saveTemplatesAndSearches(AppContext c) {
        c.mailTemplates().save(Locale.FRENCH, "PV n° {number} — « {title} »", "Bonjour,\n\n{sender}\n");
        c.mailTemplates().save(Locale.forLanguageTag("ar"), "محضر الاجتماع {number}", "مع التحية،\n{sender}");
        c.archive().saveSearch("ILO briefs since 2020", "cooperative* AND \"social economy\"",
                new DocumentFilter(DocumentKind.BRIEF, 2024, UUID.fromString(ILO), "UNGA", "fr"), SearchSort.NEWEST);
        c.archive().saveSearch("Everything", "", DocumentFilter.NONE, SearchSort.RELEVANCE);
    }

    private Path bundle(String sections) throws Exception {
        Path file = temp.resolve("in.json");
        Files.writeString(file, HEAD + sections + "}");
        return file;
    }

    private static String template(String id, String language, String subject, String body) {
        return "{\"id\": \"" + id + "\", \"language\": \"" + language + "\", \"subject\": \"" + subject
                + "\", \"body\": \"" + body + "\", \"updatedAt\": \"" + AT + "\"}";
    }

    private static String search(String id, String name, String organization, String sort) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"query\": \"cooperative\", \"kind\": null, "
                + "\"year\": null, \"organizationId\": " + (organization == null ? "null" : "\"" + organization + "\"")
                + ", \"tag\": null, \"language\": null, \"sort\": \"" + sort + "\", \"updatedAt\": \"" + AT + "\"}";
    }

    private void assertRefusedAt(AppContext c, Path bundle, String path, String message) throws Exception {
        c.database(); // opened (and migrated) before the first checksum
        String before = BundleFixtures.tablesChecksum(c.folder().database());
        assertThatThrownBy(() -> c.exchange().importBundle(bundle, null, Progress.NONE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.where()).isEqualTo(path);
                    assertThat(p.message()).contains(message);
                }));
        assertThat(BundleFixtures.tablesChecksum(c.folder().database())).as("nothing written").isEqualTo(before);
    }

    @Test
    void saved_templates_and_searches_round_trip_byte_identical_apart_from_exported_at_and_validate() throws Exception {
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("second.json");
        MailTemplate french;
        try (AppContext a = laptop("a", "2026-11-28T09:00:00Z")) {
            a.exchange().loadSampleData(Progress.NONE);
            saveTemplatesAndSearches(a);
            french = a.mailTemplates().template(Locale.FRENCH);
            a.exchange().export(first, null, false, Progress.NONE);
        }
        try (AppContext b = laptop("b", "2026-11-28T10:00:00Z")) {
            ImportPreview imported = b.exchange().importBundle(first, null, Progress.NONE);
            assertThat(imported.count(MailTemplateSection.KEY, ChangeKind.ADDED)).isEqualTo(2);
            assertThat(imported.count(SavedSearchSection.KEY, ChangeKind.ADDED)).isEqualTo(2);
            b.exchange().export(second, null, false, Progress.NONE);
            assertThat(b.mailTemplates().template(Locale.FRENCH)).isEqualTo(french);
            assertThat(b.mailTemplates().isCustomised(Locale.ENGLISH)).isFalse();
            SavedSearch briefs = b.archive().savedSearches().stream()
                    .filter(s -> s.name().equals("ILO briefs since 2020")).findFirst().orElseThrow();
            assertThat(briefs.filter()).isEqualTo(
                    new DocumentFilter(DocumentKind.BRIEF, 2024, UUID.fromString(ILO), "UNGA", "fr"));
            assertThat(briefs.sort()).isEqualTo(SearchSort.NEWEST);
        }
        String text = Files.readString(first);
        assertThat(text).as("keys in schema order").contains("    {\n"
                + "      \"id\": \"" + french.id() + "\",\n      \"language\": \"fr\",\n"
                + "      \"subject\": \"PV n° {number} — « {title} »\",\n      \"body\": \"Bonjour,\\n\\n{sender}\\n\",\n"
                + "      \"updatedAt\": \"2026-11-28T09:00:00Z\"\n    }");
        assertThat(text.indexOf("\"documents\": [")).isLessThan(text.indexOf("\"mailTemplates\": ["));
        assertThat(text.indexOf("\"mailTemplates\": [")).isLessThan(text.indexOf("\"savedSearches\": ["));
        String templates = text.substring(text.indexOf("\"mailTemplates\": ["), text.indexOf("\"savedSearches\": ["));
        String arabicId = idIn(templates, "ar");
        String frenchId = idIn(templates, "fr");
        assertThat(templates.indexOf(arabicId) < templates.indexOf(frenchId)).as("records in id order")
                .isEqualTo(arabicId.compareTo(frenchId) < 0);
        assertThat(text.split("\"subject\": ", -1)).as("only the two saved templates, not the defaults").hasSize(3);
        assertThat(text).contains("\"year\": 2024,", "\"organizationId\": \"" + ILO + "\",", "\"kind\": null,",
                "\"sort\": \"NEWEST\",");
        assertThat(BundleFixtures.withoutExportedAt(second)).isEqualTo(BundleFixtures.withoutExportedAt(first));
        BundleRoundTripTest.assertValid(first);
    }

    /** The id of the template in {@code language} within the exported section text. */
    private static String idIn(String section, String language) {
        int at = section.indexOf("\"language\": \"" + language + "\"");
        int id = section.lastIndexOf("\"id\": \"", at);
        return section.substring(id + 7, id + 43);
    }

    @Test
    void importing_the_same_templates_and_searches_twice_changes_nothing_the_second_time() throws Exception {
        Path bundle = temp.resolve("a.json");
        try (AppContext a = laptop("a", "2026-11-28T09:00:00Z")) {
            a.exchange().loadSampleData(Progress.NONE);
            saveTemplatesAndSearches(a);
            a.exchange().export(bundle, null, false, Progress.NONE);
        }
        try (AppContext b = laptop("b", "2026-11-28T10:00:00Z")) {
            b.exchange().importBundle(bundle, null, Progress.NONE);
            String after = BundleFixtures.tablesChecksum(b.folder().database());
            ImportPreview second = b.exchange().importBundle(bundle, null, Progress.NONE);
            assertThat(second.changesNothing()).isTrue();
            assertThat(second.count(MailTemplateSection.KEY, ChangeKind.UNCHANGED)).isEqualTo(2);
            assertThat(second.count(SavedSearchSection.KEY, ChangeKind.UNCHANGED)).isEqualTo(2);
            assertThat(BundleFixtures.tablesChecksum(b.folder().database())).isEqualTo(after);
        }
    }

    @Test
    void a_template_edited_on_one_side_only_travels_as_an_update() throws Exception {
        Path start = temp.resolve("start.json");
        Path fromB = temp.resolve("b.json");
        try (AppContext a = laptop("a", "2026-11-28T09:00:00Z")) {
            a.exchange().loadSampleData(Progress.NONE);
            saveTemplatesAndSearches(a);
            a.exchange().export(start, null, false, Progress.NONE);
        }
        try (AppContext b = laptop("b", "2026-11-28T10:00:00Z")) {
            b.exchange().importBundle(start, null, Progress.NONE);
            b.mailTemplates().save(Locale.FRENCH, "PV n° {number} (relu)", "Bonjour,\n{sender}");
            b.exchange().export(fromB, null, false, Progress.NONE);
        }
        try (AppContext a = laptop("a", "2026-11-28T11:00:00Z")) {
            ImportPreview preview = a.exchange().importBundle(fromB, null, Progress.NONE);
            assertThat(preview.conflicts()).isEmpty();
            assertThat(preview.count(MailTemplateSection.KEY, ChangeKind.UPDATED)).isEqualTo(1);
            assertThat(a.mailTemplates().template(Locale.FRENCH).subject()).isEqualTo("PV n° {number} (relu)");
        }
    }

    @Test
    void the_same_language_and_search_name_saved_on_two_laptops_are_one_record_newer_wins_conflict_listed()
            throws Exception {
        Path start = temp.resolve("start.json");
        Path fromB = temp.resolve("b.json");
        Path merged = temp.resolve("merged.json");
        try (AppContext a = laptop("a", "2026-11-28T09:00:00Z")) {
            a.exchange().loadSampleData(Progress.NONE);
            a.exchange().export(start, null, false, Progress.NONE);
        }
        try (AppContext b = laptop("b", "2026-11-28T09:10:00Z")) {
            b.exchange().importBundle(start, null, Progress.NONE);
        }
        MailTemplate templateOnA;
        SavedSearch searchOnA;
        try (AppContext a = laptop("a", "2026-11-28T10:00:00Z")) {
            templateOnA = a.mailTemplates().save(Locale.FRENCH, "Laptop A: PV {number}", "A");
        }
        try (AppContext b = laptop("b", "2026-11-28T10:30:00Z")) {
            b.mailTemplates().save(Locale.FRENCH, "Laptop B: PV {number}", "B");
            b.archive().saveSearch("SSE reports", "report", DocumentFilter.NONE, SearchSort.NEWEST);
            b.exchange().export(fromB, null, false, Progress.NONE);
        }
        try (AppContext a = laptop("a", "2026-11-28T10:45:00Z")) {
            searchOnA = a.archive().saveSearch("sse REPORTS", "report", DocumentFilter.NONE, SearchSort.OLDEST);
        }
        try (AppContext a = laptop("a", "2026-11-28T11:00:00Z")) {
            ImportPreview preview = a.exchange().importBundle(fromB, null, Progress.NONE);
            assertThat(preview.conflicts()).hasSize(2).anySatisfy(c -> {
                assertThat(c.section()).isEqualTo(MailTemplateSection.KEY);
                assertThat(c.id()).isEqualTo(templateOnA.id());
                assertThat(c.path()).isEqualTo("$.mailTemplates[0]");
                assertThat(c.keptIncoming()).as("laptop B saved it later").isTrue();
            }).anySatisfy(c -> {
                assertThat(c.section()).isEqualTo(SavedSearchSection.KEY);
                assertThat(c.id()).isEqualTo(searchOnA.id());
                assertThat(c.keptIncoming()).as("laptop A saved it later").isFalse();
            });
            assertThat(preview.count(MailTemplateSection.KEY, ChangeKind.ADDED)).isZero();
            MailTemplate french = a.mailTemplates().template(Locale.FRENCH);
            assertThat(french.subject()).isEqualTo("Laptop B: PV {number}");
            assertThat(french.id()).as("this copy's id is kept").isEqualTo(templateOnA.id());
            assertThat(a.archive().savedSearches()).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo("sse REPORTS");
                assertThat(s.sort()).isEqualTo(SearchSort.OLDEST);
            });
            assertThat(a.exchange().importBundle(fromB, null, Progress.NONE).changesNothing()).isTrue();
            a.exchange().export(merged, null, false, Progress.NONE);
        }
        try (AppContext b = laptop("b", "2026-11-28T12:00:00Z")) {
            ImportPreview back = b.exchange().importBundle(merged, null, Progress.NONE);
            assertThat(back.count(MailTemplateSection.KEY, ChangeKind.UNCHANGED)).as("same text, other id").isEqualTo(1);
            assertThat(back.count(SavedSearchSection.KEY, ChangeKind.UPDATED)).isEqualTo(1);
            assertThat(b.archive().savedSearches()).singleElement()
                    .satisfies(s -> assertThat(s.name()).isEqualTo("sse REPORTS"));
            assertThat(b.exchange().importBundle(merged, null, Progress.NONE).changesNothing()).isTrue();
        }
    }

    @Test
    void saved_searches_that_swap_names_are_applied_without_breaking_the_unique_name() throws Exception {
        try (AppContext c = laptop("a", "2026-11-28T09:00:00Z")) {
            SavedSearch alpha = c.archive().saveSearch("Alpha", "", DocumentFilter.NONE, SearchSort.TITLE);
            SavedSearch beta = c.archive().saveSearch("Beta", "", DocumentFilter.NONE, SearchSort.TITLE);
            c.exchange().importBundle(bundle("\"savedSearches\": [" + search(alpha.id().toString(), "Beta", null, "TITLE")
                    + ", " + search(beta.id().toString(), "Alpha", null, "TITLE") + "]"), null, Progress.NONE);
            assertThat(c.archive().savedSearches()).extracting(SavedSearch::id, SavedSearch::name)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(beta.id(), "Alpha"),
                            org.assertj.core.groups.Tuple.tuple(alpha.id(), "Beta"));
        }
    }

    @Test
    void two_templates_for_one_language_in_a_bundle_are_refused_at_the_language_not_by_sqlite() throws Exception {
        try (AppContext c = laptop("a", "2026-11-28T09:00:00Z")) {
            Path in = bundle("\"mailTemplates\": [" + template(UUID.randomUUID().toString(), "es", "Acta {number}", "")
                    + ", " + template(UUID.randomUUID().toString(), "es", "Acta n.º {number}", "") + "]");
            assertRefusedAt(c, in, "$.mailTemplates[1].language", "There is already an e-mail template for Español");
        }
    }

    @Test
    void a_saved_search_naming_an_organization_that_is_nowhere_is_refused_at_its_path_and_nothing_is_written()
            throws Exception {
        try (AppContext c = laptop("a", "2026-11-28T09:00:00Z")) {
            c.exchange().loadSampleData(Progress.NONE);
            String nowhere = "33333333-3333-4333-8333-333333333333";
            Path in = bundle("\"savedSearches\": [" + search(UUID.randomUUID().toString(), "ILO", ILO, "RELEVANCE")
                    + ", " + search(UUID.randomUUID().toString(), "Nowhere", nowhere, "RELEVANCE") + "]");
            assertRefusedAt(c, in, "$.savedSearches[1].organizationId",
                    "Refers to organizations with id " + nowhere + ", which is neither in the bundle nor in this database");
        }
    }

    @Test
    void a_template_with_an_unknown_placeholder_is_refused_at_its_field_listing_the_known_ones() throws Exception {
        try (AppContext c = laptop("a", "2026-11-28T09:00:00Z")) {
            Path in = bundle("\"mailTemplates\": [" + template(UUID.randomUUID().toString(), "en", "Minutes {number}",
                    "Dear {name},\\nsee {meetng}.") + "]");
            assertRefusedAt(c, in, "$.mailTemplates[0].body", "{meetng} is not a placeholder the workbench knows; "
                    + "use one of {meeting}, {number}, {title}, {date}, {deadline}, {decisions}, {actions}, {sender}.");
        }
    }

    @Test
    void a_template_in_a_language_the_workbench_does_not_speak_is_refused_at_its_language() throws Exception {
        try (AppContext c = laptop("a", "2026-11-28T09:00:00Z")) {
            Path in = bundle("\"mailTemplates\": [" + template(UUID.randomUUID().toString(), "pt", "Ata {number}", "") + "]");
            assertRefusedAt(c, in, "$.mailTemplates[0].language", "Must be one of: en, fr, es, ar, zh, ru.");
        }
    }

    @Test
    void a_saved_search_without_a_name_with_an_unknown_order_or_year_zero_is_refused_at_its_field() throws Exception {
        try (AppContext c = laptop("a", "2026-11-28T09:00:00Z")) {
            assertRefusedAt(c, bundle("\"savedSearches\": [" + search(UUID.randomUUID().toString(), " ", null, "NEWEST")
                    + "]"), "$.savedSearches[0].name", "Give the search a name.");
            assertRefusedAt(c, bundle("\"savedSearches\": [" + search(UUID.randomUUID().toString(), "By chance", null,
                    "RANDOM") + "]"), "$.savedSearches[0].sort", "Must be one of: RELEVANCE, NEWEST, OLDEST, TITLE.");
            assertRefusedAt(c, bundle("\"savedSearches\": [" + search(UUID.randomUUID().toString(), "Year zero", null,
                    "NEWEST").replace("\"year\": null", "\"year\": 0") + "]"), "$.savedSearches[0]",
                    "year: Give a year such as 2024 (from 1 to 9999), or null to search every year.");
        }
    }
}
