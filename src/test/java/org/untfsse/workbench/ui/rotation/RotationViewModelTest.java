package org.untfsse.workbench.ui.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.testsupport.RotationHistory;
import org.untfsse.workbench.testsupport.TestWorkbench;
import org.untfsse.workbench.ui.common.DialogService;

/** The rotation view model without a window, over the real history in a real database. */
class RotationViewModelTest {

    @TempDir
    Path dir;
    private AppContext context;
    private RotationHistory h;
    private RotationViewModel vm;
    private boolean confirmAnswer = true;

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
        h = RotationHistory.enter(context);
        vm = new RotationViewModel(context.rotation(), context.roster(), new DialogService() {
            @Override public void showProblems(String title, String header, List<Problem> problems) { }
            @Override public void showFailure(String title, Throwable failure) { }
            @Override public void showInfo(String title, String text) { }
            @Override public boolean confirm(String title, String header, String text) { return confirmAnswer; }
            @Override public Optional<Path> chooseFileToOpen(String title, String description, String... extensions) {
                return Optional.empty();
            }
            @Override public Optional<Path> chooseFileToSave(String title, String initialName, String description,
                                                             String... extensions) {
                return Optional.empty();
            }
        });
        vm.refresh();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Office office(String code) {
        return vm.offices().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void the_header_shows_who_holds_each_office_as_of_today_and_follows_the_date() {
        assertThat(vm.holders()).extracting(HolderLine::office, HolderLine::holders).startsWith(
                org.assertj.core.groups.Tuple.tuple("Chair", "vacant"),
                org.assertj.core.groups.Tuple.tuple("Co-Chair", "ILO + UNCTAD"));
        vm.asOfProperty().set(LocalDate.parse("2023-05-01"));
        assertThat(vm.holders().get(0).holders()).isEqualTo("UNCTAD");
        assertThat(vm.statusProperty().get()).isEqualTo("7 terms · 0 gaps");
    }

    @Test
    void a_new_term_is_saved_at_once_and_appears_in_the_table() {
        List<Problem> problems = vm.save(new TermForm(null, office("CHAIR"), h.undp, "A. Person",
                LocalDate.parse("2027-01-01"), null, "planned"));
        assertThat(problems).isEmpty();
        assertThat(vm.entries()).hasSize(8);
        assertThat(vm.messageProperty().get()).isEqualTo("Saved.");
        assertThat(vm.upcoming()).containsExactly("2027-01-01 — UNDP takes over as Chair");
    }

    @Test
    void an_overlapping_term_is_refused_with_its_message_and_nothing_changes() {
        List<Problem> problems = vm.save(new TermForm(null, office("CHAIR"), h.undp, "", LocalDate.parse("2021-01-01"),
                LocalDate.parse("2021-12-31"), ""));
        assertThat(problems).extracting(Problem::message).containsExactly(
                "Chair is held by one organization at a time, and ILO already holds it 2019-11-01 to 2023-02-28.");
        assertThat(vm.entries()).hasSize(7);
    }

    @Test
    void a_form_missing_office_organization_and_start_lists_all_three() {
        assertThat(vm.save(new TermForm(null, null, null, "", null, null, ""))).hasSize(3);
    }

    @Test
    void the_filter_matches_acronym_person_office_and_notes() {
        vm.filterProperty().set("carpentier");
        assertThat(vm.filteredEntries()).hasSize(3);
        vm.filterProperty().set("vice");
        assertThat(vm.filteredEntries()).extracting(e -> e.acronym()).containsExactly("ILO");
        vm.filterProperty().set("");
        assertThat(vm.filteredEntries()).hasSize(7);
    }

    @Test
    void planning_shows_proposals_without_saving_and_accepting_some_saves_only_those() {
        List<Problem> problems = vm.plan(List.of(office("SECRETARIAT")), "ILO, UNCTAD, UNDP", 24,
                LocalDate.parse("2027-01-01"), 2);
        assertThat(problems).isEmpty();
        assertThat(vm.proposals()).hasSize(2);
        assertThat(vm.describeProposal(vm.proposals().get(0))).isEqualTo("Secretariat: UNCTAD, 2027-01-01 to 2028-12-31");
        assertThat(vm.entries()).hasSize(7);
        assertThat(vm.accept(List.of(vm.proposals().get(0)))).isEmpty();
        assertThat(vm.proposals()).isEmpty();
        assertThat(vm.entries()).hasSize(8);
        assertThat(vm.messageProperty().get()).isEqualTo("1 planned term(s) saved.");
    }

    @Test
    void an_unknown_acronym_in_the_rotation_order_is_named() {
        assertThat(vm.plan(List.of(office("CHAIR")), "ILO, XYZ", 12, LocalDate.parse("2027-01-01"), 1))
                .extracting(Problem::message).containsExactly("No organization with the acronym XYZ in the roster.");
    }

    @Test
    void deleting_asks_first_and_keeps_the_term_when_the_answer_is_no() {
        confirmAnswer = false;
        vm.delete(vm.entries().get(0));
        assertThat(vm.entries()).hasSize(7);
        confirmAnswer = true;
        vm.delete(vm.entries().get(0));
        assertThat(vm.entries()).hasSize(6);
    }
}
