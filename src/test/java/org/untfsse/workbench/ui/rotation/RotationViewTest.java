package org.untfsse.workbench.ui.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.rotation.TermEntry;
import org.untfsse.workbench.testsupport.RotationHistory;
import org.untfsse.workbench.testsupport.TestWorkbench;
import org.untfsse.workbench.ui.common.DialogService;

/** The rotation page in a real (headless) window over the real history. */
@ExtendWith(ApplicationExtension.class)
class RotationViewTest {

    private Path dir;
    private AppContext context;
    private RotationHistory history;
    private RotationViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        dir = java.nio.file.Files.createTempDirectory("rotation-view");
        context = TestWorkbench.open(dir);
        history = RotationHistory.enter(context);
        vm = new RotationViewModel(context.rotation(), context.roster(), new NoDialogs());
        RotationView view = new RotationView(vm, context.messages(), () -> { });
        view.refresh();
        Scene scene = new Scene((javafx.scene.Parent) view.node(), 1180, 760);
        scene.getStylesheets().add(org.untfsse.workbench.ui.MainWindow.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        context.close();
        try (var files = java.nio.file.Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void fillTerm(FxRobot robot, String officeCode, Organization org, String start, String end) {
        robot.interact(() -> {
            ComboBox<Office> office = robot.lookup("#term-office").queryComboBox();
            office.getSelectionModel().select(office.getItems().stream().filter(o -> o.code().equals(officeCode))
                    .findFirst().orElseThrow());
            ComboBox<Organization> organization = robot.lookup("#term-organization").queryComboBox();
            organization.getSelectionModel().select(organization.getItems().stream()
                    .filter(o -> o.id().equals(org.id())).findFirst().orElseThrow());
            robot.lookup("#term-start").queryAs(DatePicker.class).setValue(LocalDate.parse(start));
            robot.lookup("#term-end").queryAs(DatePicker.class).setValue(end == null ? null : LocalDate.parse(end));
        });
        robot.clickOn("#term-person").write("Someone New");
    }

    @Test
    void the_timeline_draws_every_term_as_a_bar_labelled_with_its_acronym(FxRobot robot) {
        TimelineChart chart = robot.lookup("#rotation-timeline").queryAs(TimelineChart.class);
        assertThat(chart.bars()).hasSize(7);
        assertThat(chart.bars()).filteredOn(b -> b.label.isVisible()).extracting(b -> b.label.getText())
                .contains("ILO", "UNCTAD");
        for (TimelineBar bar : chart.bars()) {
            if (bar.label.isVisible()) {
                assertThat(bar.label.getWidth()).isLessThanOrEqualTo(bar.getWidth());
                assertThat(bar.label.getText()).doesNotContain("…");
            }
        }
        assertThat(robot.lookup("#rotation-holders").queryAs(javafx.scene.layout.FlowPane.class).getChildren()).hasSize(5);
    }

    @Test
    void adding_a_term_through_the_form_saves_it_and_it_appears_in_table_and_timeline(FxRobot robot) {
        robot.clickOn("#rotation-add");
        fillTerm(robot, "CHAIR", history.undp, "2027-01-01", null);
        robot.clickOn("#term-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#rotation-table").queryTableView().getItems()).hasSize(8);
        assertThat(robot.lookup("#rotation-timeline").queryAs(TimelineChart.class).bars()).hasSize(8);
        assertThat(robot.lookup("#rotation-message").queryAs(Label.class).getText()).isEqualTo("Saved.");
    }

    @Test
    void an_overlapping_term_is_refused_in_the_form_with_its_message(FxRobot robot) {
        robot.clickOn("#rotation-add");
        fillTerm(robot, "CHAIR", history.undp, "2021-01-01", "2021-12-31");
        robot.clickOn("#term-ok");
        WaitForAsyncUtils.waitForFxEvents();
        Label problems = robot.lookup("#term-problems").queryAs(Label.class);
        assertThat(problems.getText()).contains(
                "Chair is held by one organization at a time, and ILO already holds it 2019-11-01 to 2023-02-28.");
        assertThat(robot.lookup("#term-ok").tryQuery()).isPresent();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(vm.entries()).hasSize(7);
    }

    @Test
    void a_planned_term_is_shown_dashed_and_accepted_into_the_history(FxRobot robot) {
        robot.clickOn("#rotation-plan");
        robot.interact(() -> {
            robot.lookup("#plan-office-CO_CHAIR").queryAs(javafx.scene.control.CheckBox.class).setSelected(false);
            robot.lookup("#plan-office-SECRETARIAT").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
            robot.lookup("#plan-order").queryAs(TextField.class).setText("ILO, UNCTAD, UNDP");
            robot.lookup("#plan-start").queryAs(DatePicker.class).setValue(LocalDate.parse("2027-01-01"));
        });
        robot.clickOn("#plan-propose");
        WaitForAsyncUtils.waitForFxEvents();
        TimelineChart chart = robot.lookup("#rotation-timeline").queryAs(TimelineChart.class);
        assertThat(chart.bars()).filteredOn(b -> b.proposed).hasSize(3)
                .allSatisfy(b -> assertThat(b.getStyleClass()).contains("proposed"));
        assertThat(vm.entries()).hasSize(7);
        robot.interact(() -> {
            var list = robot.lookup("#plan-proposals").<javafx.scene.control.CheckBox>queryListView();
            list.getItems().get(1).setSelected(false);
            list.getItems().get(2).setSelected(false);
        });
        robot.clickOn("#plan-accept-selected");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.entries()).hasSize(8);
        assertThat(chart.bars()).noneMatch(b -> b.proposed);
        TableView<TermEntry> table = robot.lookup("#rotation-table").queryTableView();
        assertThat(table.getItems()).anyMatch(e -> e.acronym().equals("UNCTAD")
                && e.term().start().equals(LocalDate.parse("2027-01-01")) && e.office().code().equals("SECRETARIAT"));
    }

    @Test
    void bars_are_reachable_by_keyboard_and_enter_opens_the_term(FxRobot robot) {
        TimelineChart chart = robot.lookup("#rotation-timeline").queryAs(TimelineChart.class);
        TimelineBar first = chart.bars().stream().filter(b -> b.row == 0).min(java.util.Comparator.comparing(b -> b.from))
                .orElseThrow();
        robot.interact(first::requestFocus);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        TimelineBar focused = (TimelineBar) first.getScene().getFocusOwner();
        assertThat(focused.row).isZero();
        assertThat(focused.from).isEqualTo(LocalDate.parse("2023-03-01"));
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        assertThat(((TimelineBar) first.getScene().getFocusOwner()).row).isEqualTo(1);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#term-start").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.parse("2023-10-01"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void zooming_to_quarters_widens_the_timeline(FxRobot robot) {
        TimelineChart chart = robot.lookup("#rotation-timeline").queryAs(TimelineChart.class);
        double before = chart.prefWidth(-1);
        robot.clickOn("#zoom-quarters");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.prefWidth(-1)).isGreaterThan(before * 2);
    }

    private static final class NoDialogs implements DialogService {
        @Override public void showProblems(String title, String header, List<Problem> problems) { }
        @Override public void showFailure(String title, Throwable failure) { }
        @Override public void showInfo(String title, String text) { }
        @Override public boolean confirm(String title, String header, String text) { return true; }
        @Override public Optional<Path> chooseFileToOpen(String title, String description, String... extensions) {
            return Optional.empty();
        }
        @Override public Optional<Path> chooseFileToSave(String title, String initialName, String description,
                                                         String... extensions) {
            return Optional.empty();
        }
    }
}
