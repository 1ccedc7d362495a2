package org.untfsse.workbench.ui.exchange.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.exchange.mail.DistributionGroup;
import org.untfsse.workbench.service.exchange.mail.MailRosterFixture;
import org.untfsse.workbench.testsupport.TestWorkbench;
import org.untfsse.workbench.ui.common.DialogService;

@ExtendWith(ApplicationExtension.class)
class DistributionListViewTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private DistributionListViewModel model;
    private Path chosenFile;

    @Start
    void start(Stage stage) throws Exception {
        context = TestWorkbench.open(Files.createTempDirectory(dir, "wb"));
        MailRosterFixture roster = new MailRosterFixture(context.roster());
        model = new DistributionListViewModel(context.mailRecipients(), context.messages(), LocalDate.parse("2026-11-28"),
                Set.of(roster.ilo.id(), roster.escwa.id()));
        stage.setScene(new Scene(new DistributionListView(model, context.messages(), new ChosenFile()), 720, 480));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void the_selected_organizations_are_previewed_and_copy_puts_the_address_line_on_the_clipboard(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#distribution-preview").queryAs(TextArea.class).getText())
                .isEqualTo("Simel Esim <esim@ilo.example>");
        assertThat(robot.lookup("#distribution-left-out").queryListView().getItems())
                .containsExactly("Without a usable e-mail address (not in the list): Rania Al-Khatib (ESCWA, Focal point)");

        robot.clickOn("#distribution-copy");

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo("Simel Esim <esim@ilo.example>");
        assertThat(robot.lookup("#distribution-status").queryAs(Label.class).getText())
                .isEqualTo("Copied 1 address(es) to the clipboard.");
    }

    @Test
    void choosing_another_group_and_leaving_the_selection_changes_the_preview(FxRobot robot) {
        robot.clickOn("#distribution-only-selected");
        robot.interact(() -> model.groupProperty().set(DistributionGroup.OBSERVERS));

        assertThat(robot.lookup("#distribution-preview").queryAs(TextArea.class).getText())
                .isEqualTo("Hélène Müller <helene.muller@emes.example>");
        assertThat(robot.lookup("#distribution-count").queryAs(Label.class).getText()).isEqualTo("1 address(es)");
        assertThat(robot.lookup("#distribution-left-out").queryListView().getItems())
                .containsExactly("No active contact of this kind: CIRIEC");
    }

    @Test
    void save_as_csv_writes_the_previewed_people_to_the_chosen_file(FxRobot robot) throws Exception {
        chosenFile = dir.resolve("list-" + System.nanoTime() + ".csv");
        robot.clickOn("#distribution-only-selected");
        robot.interact(() -> model.groupProperty().set(DistributionGroup.MEMBERS));

        robot.clickOn("#distribution-save-csv");

        assertThat(Files.readAllLines(chosenFile, StandardCharsets.UTF_8)).hasSize(6)
                .contains("Simel Esim,ILO,Focal point,esim@ilo.example");
        assertThat(robot.lookup("#distribution-status").queryAs(Label.class).getText()).startsWith("Saved ");
    }

    /** Answers every "save as" with the file the test chose. */
    private final class ChosenFile implements DialogService {
        @Override
        public void showProblems(String title, String header, List<Problem> problems) {
        }

        @Override
        public void showFailure(String title, Throwable failure) {
            throw new AssertionError(failure);
        }

        @Override
        public void showInfo(String title, String text) {
        }

        @Override
        public boolean confirm(String title, String header, String text) {
            return true;
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, String description, String... extensions) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String initialName, String description, String... extensions) {
            return Optional.ofNullable(chosenFile);
        }
    }
}
