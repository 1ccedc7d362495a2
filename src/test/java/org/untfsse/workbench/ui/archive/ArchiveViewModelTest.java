package org.untfsse.workbench.ui.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.SearchHit;
import org.untfsse.workbench.service.common.InlineTaskRunner;
import org.untfsse.workbench.testsupport.TestWorkbench;

class ArchiveViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private ArchiveViewModel vm;

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
        vm = new ArchiveViewModel(context.archive(), context.roster(), new InlineTaskRunner(),
                new ArchiveViewTest.SilentDialogs(), null, null, TestWorkbench.english());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void results_are_fetched_a_page_at_a_time_never_all_at_once() {
        for (int i = 0; i < 450; i++) {
            context.archive().addRecord(new Document(UUID.randomUUID(), "Report " + i, DocumentKind.REPORT, "",
                    LocalDate.of(2020, 1, 1).plusDays(i), List.of("en"), List.of(), List.of(), "", List.of(), List.of(),
                    null, null, "", null));
        }
        vm.refresh();
        List<SearchHit> rows = vm.resultsProperty().get();
        PagedResults paged = (PagedResults) rows;

        assertThat(rows).hasSize(450);
        assertThat(paged.pagesLoaded()).isZero();
        assertThat(rows.get(0).title()).isEqualTo("Report 449");
        assertThat(rows.get(449).title()).isEqualTo("Report 0");
        assertThat(paged.pagesLoaded()).isEqualTo(2);
        assertThat(vm.statusProperty().get()).isEqualTo("450 documents");
    }

    @Test
    void details_edited_in_the_view_model_are_saved_and_problems_returned_instead() {
        Document d = context.archive().addRecord(Document.draft("Statement", DocumentKind.STATEMENT));
        vm.refresh();
        vm.select(vm.resultsProperty().get().get(0));

        assertThat(vm.saveDetails(d.withMetadataOf(new Document(d.id(), "Statement on COVID-19 recovery", DocumentKind.STATEMENT,
                "", null, List.of("en", "fr"), List.of(), List.of(), "", List.of(), List.of(), null, null, "", null)))).isEmpty();
        assertThat(context.archive().document(d.id())).map(Document::title).hasValue("Statement on COVID-19 recovery");
        assertThat(vm.saveDetails(new Document(d.id(), "", DocumentKind.NOTE, "", null, List.of(), List.of(), List.of(), "",
                List.of(), List.of(), null, null, "", null))).isNotEmpty();
        assertThat(context.archive().document(d.id())).map(Document::kind).hasValue(DocumentKind.STATEMENT);
        assertThat(Optional.ofNullable(vm.selectedProperty().get()).map(Document::languages)).hasValue(List.of("en", "fr"));
    }
}
