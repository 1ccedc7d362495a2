package org.untfsse.workbench.ui.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
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
import org.untfsse.workbench.model.archive.SearchHit;
import org.untfsse.workbench.service.archive.ArchiveTestFiles;
import org.untfsse.workbench.service.common.InlineTaskRunner;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.testsupport.TestWorkbench;
import org.untfsse.workbench.ui.common.DialogService;

@ExtendWith(ApplicationExtension.class)
class ArchiveViewTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private ArchiveViewModel vm;
    private final List<Path> chosen = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final RecordingOpener opener = new RecordingOpener();
    private OptionalInt choice = OptionalInt.empty();

    @Start
    void start(Stage stage) {
        context = TestWorkbench.open(dir.resolve("view-" + System.nanoTime()));
        vm = new ArchiveViewModel(context.archive(), context.roster(), new InlineTaskRunner(), new SilentDialogs(),
                new ChosenFiles(), opener, TestWorkbench.english());
        ArchiveView view = new ArchiveView(vm);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1100, 700));
        stage.show();
        view.refresh();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void an_empty_archive_says_how_to_add_documents(FxRobot robot) {
        assertThat(robot.lookup("#archive-empty").query().isVisible()).isTrue();
    }

    @Test
    void a_file_added_can_be_found_by_a_word_inside_it_and_the_snippet_shows_the_word_in_bold(FxRobot robot) throws Exception {
        chosen.add(ArchiveTestFiles.pdf(dir, "sg-report.pdf", "The Secretary-General reports on solidarity finance"));
        robot.clickOn("#archive-add-files");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#archive-search").write("solidar*").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<SearchHit> table = robot.lookup("#archive-results").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getItems().get(0).title()).isEqualTo("sg-report");
        List<String> bold = robot.lookup(".archive-snippet-match").queryAllAs(Text.class).stream().map(Text::getText).toList();
        assertThat(bold).contains("solidarity");
        assertThat(robot.lookup("#archive-empty").query().isVisible()).isFalse();
    }

    @Test
    void a_stray_quote_shows_a_message_instead_of_an_error(FxRobot robot) {
        robot.clickOn("#archive-search").write("\"decent work").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#archive-query-problem").queryLabeled().getText()).contains("no closing partner");
    }

    @Test
    void open_on_an_archived_program_shows_why_it_is_not_opened_and_never_hands_it_to_the_system(FxRobot robot) throws Exception {
        chosen.add(ArchiveTestFiles.text(dir, "setup.EXE", "not really a program"));
        robot.clickOn("#archive-add-files");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.select(vm.resultsProperty().get().get(0)));
        robot.interact(() -> robot.lookup("#archive-open").queryButton().fire());

        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("\"setup.EXE\" is a program or script").contains("would run it")
                .contains("[Show in folder, Export…]");
        assertThat(opener.opened).isEmpty();
        assertThat(opener.revealed).isEmpty();
    }

    @Test
    void instead_of_opening_a_program_the_officer_can_show_it_in_its_folder(FxRobot robot) throws Exception {
        chosen.add(ArchiveTestFiles.text(dir, "install.sh", "echo hello"));
        choice = OptionalInt.of(0);
        robot.clickOn("#archive-add-files");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.select(vm.resultsProperty().get().get(0)));
        robot.interact(() -> robot.lookup("#archive-open").queryButton().fire());

        assertThat(warnings).hasSize(1);
        assertThat(opener.opened).isEmpty();
        assertThat(opener.revealed).hasSize(1);
    }

    @Test
    void open_on_an_ordinary_document_hands_a_copy_to_the_system(FxRobot robot) throws Exception {
        chosen.add(ArchiveTestFiles.text(dir, "notes.txt", "meeting notes"));
        robot.clickOn("#archive-add-files");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.select(vm.resultsProperty().get().get(0)));
        robot.interact(() -> robot.lookup("#archive-open").queryButton().fire());

        assertThat(warnings).isEmpty();
        assertThat(opener.opened).hasSize(1);
        assertThat(opener.opened.get(0).getFileName()).hasToString("notes.txt");
    }

    private final class ChosenFiles implements ArchiveDialogs {
        @Override
        public OptionalInt choose(String title, String header, String text, List<String> choices) {
            warnings.add(title + " | " + header + " | " + text + " | " + choices);
            return choice;
        }

        @Override
        public List<Path> chooseFiles(String title, String description) {
            return List.copyOf(chosen);
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<String> askText(String title, String header, String initial) {
            return Optional.empty();
        }

        @Override
        public void showList(String title, String header, List<String> lines) {
        }
    }

    /** The operating system's side of Open and Show in folder, recorded instead of done. */
    private static final class RecordingOpener implements DocumentOpener {
        final List<Path> opened = new ArrayList<>();
        final List<Path> revealed = new ArrayList<>();

        @Override
        public boolean open(Path file) {
            opened.add(file);
            return true;
        }

        @Override
        public boolean reveal(Path file) {
            revealed.add(file);
            return true;
        }
    }

    static final class SilentDialogs implements DialogService {
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
            return Optional.empty();
        }
    }
}
