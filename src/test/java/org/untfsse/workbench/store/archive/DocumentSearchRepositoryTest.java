package org.untfsse.workbench.store.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.untfsse.workbench.model.archive.SearchHit;
import org.untfsse.workbench.model.archive.SearchSort;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.store.common.Sql;
import org.untfsse.workbench.testsupport.TestWorkbench;

/** Search over the index's facets and the rank window, on a real SQLite file. */
class DocumentSearchRepositoryTest {

    @TempDir
    Path dir;

    private AppContext context;

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Document document(String title, DocumentKind kind, int year, List<String> languages, List<UUID> orgs, List<String> tags) {
        return new Document(UUID.randomUUID(), title, kind, "", LocalDate.of(year, 3, 1), languages, orgs, tags, "",
                List.of(), List.of(), null, null, "", null);
    }

    private List<String> titles(DocumentSearchRepository search, String fts, DocumentFilter filter, int offset, int limit) {
        return context.database().read(() -> search.page(fts, filter, SearchSort.RELEVANCE, offset, limit))
                .stream().map(SearchHit::title).toList();
    }

    @Test
    void every_filter_of_a_text_search_narrows_it_like_the_same_filter_without_text() {
        Organization ilo = new Organization(UUID.randomUUID(), "ILO", "International Labour Organization",
                OrganizationKind.UN_ENTITY, "", "", null);
        context.roster().createOrganization(ilo, null, null);
        context.archive().addRecord(document("Cooperatives and decent work", DocumentKind.POSITION_PAPER, 2022,
                List.of("en", "fr"), List.of(ilo.id()), List.of("Social Protection")));
        context.archive().addRecord(document("Cooperatives in housing", DocumentKind.REPORT, 2021,
                List.of("en"), List.of(), List.of("housing")));
        DocumentSearchRepository search = new DocumentSearchRepository(new Sql(context.database()));

        assertThat(titles(search, "cooperatives", new DocumentFilter(DocumentKind.POSITION_PAPER, null, null, null, null), 0, 10))
                .containsExactly("Cooperatives and decent work");
        assertThat(titles(search, "cooperatives", new DocumentFilter(null, 2021, null, null, null), 0, 10))
                .containsExactly("Cooperatives in housing");
        assertThat(titles(search, "cooperatives", new DocumentFilter(null, null, null, null, "fr"), 0, 10))
                .containsExactly("Cooperatives and decent work");
        assertThat(titles(search, "cooperatives", new DocumentFilter(null, null, ilo.id(), null, null), 0, 10))
                .containsExactly("Cooperatives and decent work");
        assertThat(titles(search, "cooperatives", new DocumentFilter(null, null, null, "social protection", null), 0, 10))
                .as("tags match whatever their ASCII case").containsExactly("Cooperatives and decent work");
        assertThat(titles(search, "cooperatives", new DocumentFilter(DocumentKind.REPORT, 2022, null, null, null), 0, 10)).isEmpty();
    }

    @Test
    void a_renamed_organization_finds_its_documents_under_the_new_name_at_once() {
        Organization org = context.roster().createOrganization(new Organization(UUID.randomUUID(), "UNRISD",
                "UN Research Institute for Social Development", OrganizationKind.UN_ENTITY, "", "", null), null, null);
        context.archive().addRecord(document("Annual report", DocumentKind.REPORT, 2022, List.of("en"), List.of(org.id()), List.of()));
        assertThat(context.archive().count("Research", DocumentFilter.NONE)).isEqualTo(1);

        context.roster().updateOrganization(new Organization(org.id(), "UNRISD", "Institute for Solidarity Studies",
                OrganizationKind.UN_ENTITY, "", "", org.updatedAt()));

        assertThat(context.archive().count("Research", DocumentFilter.NONE)).isZero();
        assertThat(context.archive().count("Solidarity", DocumentFilter.NONE)).isEqualTo(1);
    }

    @Test
    void the_filter_words_of_the_index_cannot_be_found_by_typing_them() {
        context.archive().addRecord(document("Annual report", DocumentKind.REPORT, 2022, List.of("en"), List.of(), List.of()));

        assertThat(context.archive().count("kreport", DocumentFilter.NONE)).isZero();
        assertThat(context.archive().count("y2022", DocumentFilter.NONE)).isZero();
        assertThat(context.archive().count("annual", DocumentFilter.NONE)).isEqualTo(1);
    }

    @Test
    void only_words_that_could_be_facet_words_are_kept_to_the_text_columns() {
        assertThat(SearchFacets.mayReachFacets("\"cooperatives\" AND \"decent work\"")).isFalse();
        assertThat(SearchFacets.mayReachFacets("\"A/RES/77/281\"")).isFalse();
        assertThat(SearchFacets.mayReachFacets("\"annual\" AND \"Kreport\"")).isTrue();
        assertThat(SearchFacets.mayReachFacets("\"y2022\"")).isTrue();
        assertThat(SearchFacets.mayReachFacets("\"to\"*")).isTrue();
        assertThat(SearchFacets.expression("\"annual\"", DocumentFilter.NONE)).isEqualTo("(\"annual\")");
        assertThat(SearchFacets.expression("\"kreport\"", DocumentFilter.NONE)).startsWith("{title symbol");
    }

    @Test
    void past_the_rank_window_results_continue_newest_first_without_gaps_or_repeats() {
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String title = "Solidarity finance note " + i;
            context.archive().addRecord(document(title, DocumentKind.NOTE, 2020, List.of("en"), List.of(), List.of()));
            added.add(title);
        }
        DocumentSearchRepository search = new DocumentSearchRepository(new Sql(context.database()), 5);

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 12; offset += 3) {
            paged.addAll(titles(search, "solidarity", DocumentFilter.NONE, offset, 3));
        }
        assertThat(paged).hasSize(12);
        assertThat(new HashSet<>(paged)).containsExactlyInAnyOrderElementsOf(added);
        assertThat(new HashSet<>(paged.subList(0, 5))).as("the window holds the five most recently added")
                .containsExactlyInAnyOrderElementsOf(added.subList(7, 12));
        assertThat(paged.subList(5, 12)).as("then the rest, newest first")
                .containsExactly(added.get(6), added.get(5), added.get(4), added.get(3), added.get(2), added.get(1), added.get(0));
        assertThat(titles(search, "solidarity", DocumentFilter.NONE, 4, 3)).as("a page across the window's edge")
                .containsExactly(paged.get(4), paged.get(5), paged.get(6));
    }
}
