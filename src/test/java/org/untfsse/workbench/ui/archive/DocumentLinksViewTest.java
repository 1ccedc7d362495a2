package org.untfsse.workbench.ui.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
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
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.meeting.Decision;
import org.untfsse.workbench.model.meeting.DecisionOutcome;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MeetingKind;
import org.untfsse.workbench.service.archive.LinkTarget;
import org.untfsse.workbench.service.common.InlineTaskRunner;
import org.untfsse.workbench.testsupport.TestWorkbench;

/** Issue 5: a document's links to meetings and decisions, shown and edited in the details form. */
@ExtendWith(ApplicationExtension.class)
class DocumentLinksViewTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private ArchiveViewModel vm;
    private Meeting m47;
    private Decision welcome;

    @Start
    void start(Stage stage) {
        context = TestWorkbench.open(dir.resolve("links-" + System.nanoTime()));
        context.meetings().createMeeting(Meeting.draft(46, "", MeetingKind.REGULAR, LocalDate.parse("2023-12-07"), "", true));
        m47 = context.meetings().createMeeting(Meeting.draft(47, "", MeetingKind.REGULAR, LocalDate.parse("2024-03-14"), "", true));
        welcome = context.meetings().addDecision(m47.id(), null,
                "The task force welcomes WHO and UNHCR as members and WFTO as an observer, after hearing their accession notes.",
                DecisionOutcome.ADOPTED_BY_CONSENSUS);
        vm = new ArchiveViewModel(context.archive(), context.roster(), new InlineTaskRunner(),
                new ArchiveViewTest.SilentDialogs(), new NoDialogs(), new NoOpener(), TestWorkbench.english());
        ArchiveView view = new ArchiveView(vm);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1100, 760));
        stage.show();
        view.refresh();
        vm.newRecord();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void a_document_linked_to_a_meeting_and_a_decision_shows_them_after_reopening_and_a_link_can_be_removed(FxRobot robot) {
        ComboBox<LinkTarget> meetings = robot.lookup("#archive-link-meeting").queryComboBox();
        assertThat(meetings.getItems()).extracting(LinkTarget::label)
                .containsExactly("47th regular meeting, 2024-03-14", "46th regular meeting, 2023-12-07");

        robot.interact(() -> meetings.setValue(meetings.getItems().get(0)));
        robot.interact(() -> robot.lookup("#archive-link-meeting-add").queryButton().fire()); // inside a scroll pane: may be below the fold
        ComboBox<LinkTarget> decisions = robot.lookup("#archive-link-decision").queryComboBox();
        assertThat(decisions.getItems()).hasSize(1);
        assertThat(decisions.getItems().get(0).label()).startsWith(welcome.number() + " — The task force welcomes").endsWith("…");
        robot.interact(() -> decisions.setValue(decisions.getItems().get(0)));
        robot.interact(() -> robot.lookup("#archive-link-decision-add").queryButton().fire()); // inside a scroll pane: may be below the fold
        WaitForAsyncUtils.waitForFxEvents();

        UUID id = vm.selectedProperty().get().id();
        Document saved = context.archive().document(id).orElseThrow();
        assertThat(saved.meetingIds()).containsExactly(m47.id());
        assertThat(saved.decisionIds()).containsExactly(welcome.id());

        reopen(robot, id);
        assertThat(linkTexts(robot)).containsExactly("47th regular meeting, 2024-03-14",
                decisions.getItems().get(0).label());

        robot.interact(() -> robot.lookup("#archive-link-remove-0").queryButton().fire()); // inside a scroll pane: may be below the fold
        WaitForAsyncUtils.waitForFxEvents();
        reopen(robot, id);
        assertThat(context.archive().document(id).orElseThrow().meetingIds()).isEmpty();
        assertThat(linkTexts(robot)).containsExactly(decisions.getItems().get(0).label());
        assertThat(robot.lookup("#archive-link-problems").queryLabeled().getText()).isEmpty();
    }

    private void reopen(FxRobot robot, UUID id) {
        var hit = context.archive().search("", org.untfsse.workbench.model.archive.DocumentFilter.NONE,
                org.untfsse.workbench.model.archive.SearchSort.NEWEST, 0, 10).stream()
                .filter(h -> h.id().equals(id)).findFirst().orElseThrow();
        robot.interact(() -> {
            vm.select(null);
            vm.select(hit);
        });
    }

    private static List<String> linkTexts(FxRobot robot) {
        VBox rows = robot.lookup("#archive-links").queryAs(VBox.class);
        return robot.from(rows).lookup(".archive-link").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    private static final class NoDialogs implements ArchiveDialogs {
        @Override
        public java.util.OptionalInt choose(String title, String header, String text, List<String> choices) {
            return java.util.OptionalInt.empty();
        }

        @Override
        public List<Path> chooseFiles(String title, String description) {
            return List.of();
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
}
