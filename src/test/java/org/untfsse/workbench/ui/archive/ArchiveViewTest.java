package org.untfsse.workbench.ui.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    @Start
    void start(Stage stage) {
        context = TestWorkbench.open(dir.resolve("view-" + System.nanoTime()));
        vm = new ArchiveViewModel(context.archive(), context.roster(), new InlineTaskRunner(), new SilentDialogs(),
                new ChosenFiles(), new NoOpener(), TestWorkbench.english());
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

    private final class ChosenFiles implements ArchiveDialogs {
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

    private static final class NoOpener implements DocumentOpener {
        @Override
        public boolean open(Path file) {
            return false;
        }

        @Override
        public boolean reveal(Path file) {
            return false;
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
