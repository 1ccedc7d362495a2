package org.untfsse.workbench.ui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.roster.Membership;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.service.roster.RosterEntry;
import org.untfsse.workbench.testsupport.TestWorkbench;
import org.untfsse.workbench.ui.common.Theme;

@ExtendWith(ApplicationExtension.class)
class RosterPageTest {

    static {
        // A busy build machine can take longer than TestFX's default 10 s to show the first stage.
        System.setProperty("testfx.setup.timeout", "60000");
    }

    private final Path dir;
    private final AppContext app;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final RosterViewModel model;

    /** The database work happens here, off the JavaFX thread, so @Start only builds the scene. */
    RosterPageTest() throws java.io.IOException {
        dir = Files.createTempDirectory("roster-page-test");
        app = TestWorkbench.open(dir);
        app.roster().createOrganization(org("UNHCR", "UN High Commissioner for Refugees"),
                MembershipStatus.OBSERVER, LocalDate.of(2021, 12, 6));
        app.roster().createOrganization(org("WFTO", "World Fair Trade Organization"),
                MembershipStatus.OBSERVER, LocalDate.of(2024, 3, 14));
        model = new RosterViewModel(app.roster(), app.messages(), dialogs);
    }

    @Start
    void start(Stage stage) {
        RosterPage page = new RosterPage(model);
        Theme.LIGHT.apply();
        Scene scene = new Scene((javafx.scene.Parent) page.node(), 1200, 760);
        scene.getStylesheets().add(org.untfsse.workbench.ui.MainWindow.class.getResource("workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws java.io.IOException {
        app.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static Organization org(String acronym, String name) {
        return new Organization(UUID.randomUUID(), acronym, name, OrganizationKind.UN_ENTITY, "", "", null);
    }

    private TableView<RosterEntry> rosterTable(FxRobot robot) {
        return robot.lookup("#roster-table").queryTableView();
    }

    /** Types short texts key by key elsewhere; long ones are pasted, to keep the suite fast on a busy machine. */
    private void fill(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.interact(() -> robot.lookup(id).queryTextInputControl().setText(text));
    }

    private void typeDate(FxRobot robot, String id, String text) {
        DatePicker picker = robot.lookup(id).queryAs(DatePicker.class);
        robot.interact(() -> picker.getEditor().setText(text));
    }

    @Test
    void ctrl_n_adds_an_organization_that_is_then_listed_and_counted(FxRobot robot) {
        robot.clickOn("#roster-filter");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#add-acronym").write("ILO");
        fill(robot, "#add-name", "International Labour Organization");
        typeDate(robot, "#add-since", "2013-09-30");
        robot.clickOn("#add-organization-ok");

        assertThat(rosterTable(robot).getItems()).extracting(e -> e.organization().acronym())
                .containsExactly("ILO", "UNHCR", "WFTO");
        assertThat(rosterTable(robot).getSelectionModel().getSelectedItem().organization().acronym()).isEqualTo("ILO");
        assertThat(robot.lookup("#details-name").queryTextInputControl().getText())
                .isEqualTo("International Labour Organization");
    }

    @Test
    void adding_without_a_name_shows_the_problem_in_the_dialog_and_saves_nothing(FxRobot robot) {
        robot.clickOn("#roster-add");
        robot.clickOn("#add-acronym").write("ILO");
        robot.clickOn("#add-organization-ok");
        assertThat(robot.lookup("#add-organization-problems").queryLabeled().getText()).contains("full name is required");
        assertThat(app.roster().organizationByAcronym("ILO")).isEmpty();
    }

    @Test
    void changing_the_status_on_a_date_closes_the_period_and_keeps_the_history(FxRobot robot) {
        robot.clickOn("UNHCR");
        robot.clickOn("#membership-change");
        typeDate(robot, "#change-status-date", "2024-03-14");
        robot.clickOn("#change-status-ok");

        TableView<Membership> history = robot.lookup("#membership-table").queryTableView();
        assertThat(history.getItems()).extracting(Membership::status, Membership::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MembershipStatus.OBSERVER, LocalDate.of(2024, 3, 13)),
                org.assertj.core.groups.Tuple.tuple(MembershipStatus.MEMBER, null));
        assertThat(rosterTable(robot).getItems()).filteredOn(e -> e.organization().acronym().equals("UNHCR"))
                .extracting(RosterEntry::status).containsExactly(MembershipStatus.MEMBER);
    }

    @Test
    void a_focal_point_is_added_to_the_selected_organization(FxRobot robot) {
        robot.clickOn("WFTO");
        robot.clickOn("#person-add");
        fill(robot, "#person-name", "Test Person");
        fill(robot, "#person-email", "test.person@example.org");
        robot.clickOn("#person-ok");

        assertThat(robot.lookup("#people-table").queryTableView().getItems()).hasSize(1);
        assertThat(rosterTable(robot).getItems()).filteredOn(e -> e.organization().acronym().equals("WFTO"))
                .extracting(RosterEntry::activeFocalPoints).containsExactly(1);
    }

    @Test
    void typing_in_the_filter_narrows_the_table(FxRobot robot) {
        robot.clickOn("#roster-filter").write("fair");
        assertThat(rosterTable(robot).getItems()).extracting(e -> e.organization().acronym()).containsExactly("WFTO");
        robot.clickOn("#roster-filter").eraseText(4).write("zzz");
        assertThat(rosterTable(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#roster-empty").queryLabeled().getText()).contains("No organization matches");
    }

    @Test
    void importing_a_csv_with_an_error_shows_the_error_by_line_and_offers_no_import(FxRobot robot) throws Exception {
        Path file = dir.resolve("roster.csv");
        Files.writeString(file, "acronym,name,kind,status,since,focal_point,title,email,phone\n"
                + "ILO,International Labour Organization,UN entity,member,2013-09-30,,,,\n"
                + "GSEF,Global Social Economy Forum,network,observer,2023-10-02,Test Person,,test(at)example.org,\n");
        dialogs.fileToOpen = file;
        robot.clickOn("#roster-import");

        ListView<String> problems = robot.lookup("#import-problems").queryListView();
        assertThat(problems.getItems()).singleElement().asString()
                .isEqualTo("line 3: \"test(at)example.org\" is not a plausible e-mail address.");
        assertThat(robot.lookup("#import-apply").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(app.roster().allOrganizations()).hasSize(2);
    }

    @Test
    void importing_a_valid_csv_after_the_preview_lists_the_new_organizations(FxRobot robot) throws Exception {
        Path file = dir.resolve("roster.csv");
        Files.writeString(file, "acronym,name,kind,status,since,focal_point,title,email,phone\n"
                + "ILO,International Labour Organization,UN entity,member,2013-09-30,,,,\n");
        dialogs.fileToOpen = file;
        robot.clickOn("#roster-import");
        assertThat(robot.lookup("#import-changes").queryListView().getItems()).hasSize(1);
        robot.clickOn("#import-apply");
        assertThat(rosterTable(robot).getItems()).hasSize(3);
    }
}
