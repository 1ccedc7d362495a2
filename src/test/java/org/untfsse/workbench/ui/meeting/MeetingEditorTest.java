package org.untfsse.workbench.ui.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.Scene;
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
import org.untfsse.workbench.model.meeting.AgendaItem;
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MinutesStatus;
import org.untfsse.workbench.service.meeting.MeetingFixtures;
import org.untfsse.workbench.service.meeting.minutes.MinutesFormat;
import org.untfsse.workbench.testsupport.TestWorkbench;
import org.untfsse.workbench.ui.common.DialogService;

@ExtendWith(ApplicationExtension.class)
class MeetingEditorTest {

    @TempDir
    static Path dir;

    AppContext app;
    MeetingFixtures f;
    Meeting m47;
    Meeting m48;
    MeetingsPage page;

    /** Answers the meeting dialogs as an officer would, without windows. */
    final MeetingDialogs answers = new MeetingDialogs() {
        @Override
        public Optional<CirculationRequest> askCirculation(String title, LocalDate today, List<String> defaults) {
            return Optional.of(new CirculationRequest(MinutesFormat.PDF, LocalDate.parse("2024-03-28"), defaults,
                    LocalDate.parse("2024-04-11"), true, dir.resolve("circulated-47.pdf")));
        }

        @Override
        public Optional<Meeting> askApprovingMeeting(List<Meeting> later) {
            return Optional.of(later.get(0));
        }

        @Override
        public Optional<String> askCorrectionReason() {
            return Optional.of("typo");
        }
    };

    @Start
    void start(Stage stage) {
        app = TestWorkbench.open(dir.resolve(String.valueOf(System.nanoTime())));
        f = new MeetingFixtures(app);
        m47 = f.regular(47, "2024-03-14");
        m48 = f.regular(48, "2024-05-16");
        DialogService dialogs = new DialogService() {
            public void showProblems(String t, String h, List<org.untfsse.workbench.service.common.Problem> p) { }
            public void showFailure(String t, Throwable e) { throw new AssertionError(e); }
            public void showInfo(String t, String x) { }
            public boolean confirm(String t, String h, String x) { return true; }
            public Optional<Path> chooseFileToOpen(String t, String d, String... e) { return Optional.empty(); }
            public Optional<Path> chooseFileToSave(String t, String n, String d, String... e) { return Optional.empty(); }
        };
        MeetingEditorViewModel editor = new MeetingEditorViewModel(app.meetings(), app.minutes(), app.roster(), dialogs, answers);
        editor.setLinkedDocuments(new org.untfsse.workbench.app.MeetingDocumentList(app));
        page = new MeetingsPage(app.messages(), new MeetingsViewModel(app.meetings(), dialogs),
                new RegistersViewModel(app.meetings()), editor);
        page.refresh();
        stage.setScene(new Scene((javafx.scene.Parent) page.node(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void the_details_list_the_archive_documents_linked_to_the_meeting_or_its_decisions(FxRobot robot) {
        var decision = app.meetings().addDecision(m47.id(), null, "The task force welcomes WHO.",
                org.untfsse.workbench.model.meeting.DecisionOutcome.ADOPTED_BY_CONSENSUS);
        var note = org.untfsse.workbench.model.archive.Document.draft("Accession note of WHO",
                org.untfsse.workbench.model.archive.DocumentKind.NOTE);
        app.archive().addRecord(note.withLinks(List.of(m47.id()), List.of()));
        var resolution = org.untfsse.workbench.model.archive.Document.draft("Promoting the SSE",
                org.untfsse.workbench.model.archive.DocumentKind.RESOLUTION);
        app.archive().addRecord(new org.untfsse.workbench.model.archive.Document(resolution.id(), resolution.title(),
                resolution.kind(), "A/RES/77/281", null, List.of(), List.of(), List.of(), "", List.of(),
                List.of(decision.id()), null, null, "", null));

        open(robot, m47);
        assertThat(robot.lookup("#meeting-linked-documents").queryAs(Label.class).getText())
                .isEqualTo("Accession note of WHO\nPromoting the SSE (A/RES/77/281)");
        open(robot, m48);
        assertThat(robot.lookup("#meeting-linked-documents").queryAs(Label.class).getText())
                .startsWith("No document in the archive is linked");
    }

    @Test
    void the_meeting_dates_show_and_read_the_iso_form_the_lists_use(FxRobot robot) {
        open(robot, m47);
        javafx.scene.control.DatePicker start = robot.lookup("#meeting-start").queryAs(javafx.scene.control.DatePicker.class);
        assertThat(start.getEditor().getText()).isEqualTo("2024-03-14");

        robot.interact(() -> start.getEditor().setText("2024-03-13"));
        robot.clickOn(start.getEditor()).type(javafx.scene.input.KeyCode.ENTER);
        savedWithin(() -> app.meetings().meeting(m47.id()).orElseThrow().start().equals(java.time.LocalDate.parse("2024-03-13")));
        assertThat(start.getEditor().getText()).isEqualTo("2024-03-13");
    }

    @Test
    void recording_attendance_updates_the_counts_and_is_saved(FxRobot robot) {
        open(robot, m47);
        robot.clickOn("#meeting-tab-attendance");
        @SuppressWarnings("unchecked")
        ComboBox<AttendanceStatus> ilo = robot.lookup("#attendance-status-ILO").queryAs(ComboBox.class);
        robot.interact(() -> ilo.setValue(AttendanceStatus.PRESENT));

        assertThat(robot.lookup("#attendance-counts").queryAs(Label.class).getText())
                .startsWith("1 of 3 members represented");
        assertThat(app.meetings().attendanceGrid(m47.id()).members().get(0).status()).isEqualTo(AttendanceStatus.PRESENT);
    }

    @Test
    void an_agenda_item_with_minutes_a_decision_and_an_action_is_saved_as_typed(FxRobot robot) {
        open(robot, m47);
        robot.clickOn("#meeting-tab-agenda");
        robot.clickOn("#agenda-add");
        robot.clickOn("#agenda-title").eraseText(40).write("Welcome of new members");
        robot.clickOn("#agenda-minutes").write("WHO and UNHCR joined.");
        savedWithin(() -> app.meetings().agenda(m47.id()).get(0).minutesText().equals("WHO and UNHCR joined."));

        AgendaItem saved = app.meetings().agenda(m47.id()).get(0);
        assertThat(saved.title()).isEqualTo("Welcome of new members");
        assertThat(saved.minutesText()).isEqualTo("WHO and UNHCR joined.");

        robot.clickOn("#meeting-tab-decisions");
        robot.clickOn("#decision-add");
        robot.clickOn("#decision-text").write("The task force welcomes WHO & UNHCR.");
        assertThat(robot.lookup("#decision-number").queryAs(Label.class).getText()).isEqualTo("Decision 2024/47/1");
        savedWithin(() -> app.meetings().decisions(m47.id()).get(0).text().equals("The task force welcomes WHO & UNHCR."));

        robot.clickOn("#meeting-tab-actions");
        robot.clickOn("#action-add");
        robot.clickOn("#action-text").write("Draft the 2024-26 action plan");
        // Typing is saved in steps while it goes on: wait for the whole text.
        savedWithin(() -> app.meetings().actionsRaisedAt(m47.id()).get(0).text().equals("Draft the 2024-26 action plan"));
        assertThat(app.meetings().actionsRaisedAt(m47.id())).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("Draft the 2024-26 action plan"));
    }

    @Test
    void agenda_items_reorder_with_alt_and_the_arrow_keys(FxRobot robot) {
        app.meetings().addAgendaItem(m47.id(), "First");
        app.meetings().addAgendaItem(m47.id(), "Second");
        open(robot, m47);
        robot.clickOn("#meeting-tab-agenda");
        @SuppressWarnings("unchecked")
        ListView<AgendaItem> list = robot.lookup("#agenda-list").queryAs(ListView.class);
        robot.interact(() -> {
            list.getSelectionModel().select(1);
            list.requestFocus();
        });
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);

        assertThat(app.meetings().agenda(m47.id())).extracting(AgendaItem::title).containsExactly("Second", "First");
    }

    @Test
    void minutes_are_circulated_then_approved_at_the_next_meeting_and_become_read_only(FxRobot robot) {
        app.meetings().setAttendance(m47.id(), f.ilo.id(), AttendanceStatus.PRESENT, null);
        open(robot, m47);
        robot.clickOn("#minutes-circulate");
        assertThat(app.meetings().meeting(m47.id()).orElseThrow().minutesStatus()).isEqualTo(MinutesStatus.CIRCULATED);
        assertThat(app.minutes().circulations(m47.id())).singleElement()
                .satisfies(c -> assertThat(c.recipients()).containsExactly("focal.point@ilo.example"));
        assertThat(robot.lookup("#minutes-status").queryAs(Label.class).getText()).contains("Circulated");

        robot.clickOn("#minutes-approve");

        Meeting approved = app.meetings().meeting(m47.id()).orElseThrow();
        assertThat(approved.minutesStatus()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(approved.approvedAtMeetingId()).isEqualTo(m48.id());
        assertThat(robot.lookup("#minutes-status").queryAs(Label.class).getText()).contains("Approved");
        robot.clickOn("#meeting-tab-agenda");
        assertThat(robot.lookup("#agenda-add").queryButton().isDisabled()).isTrue();
    }

    @Test
    void the_decisions_register_opens_the_meeting_of_a_decision(FxRobot robot) {
        app.meetings().addDecision(m47.id(), null, "Welcome WHO", org.untfsse.workbench.model.meeting.DecisionOutcome.ADOPTED_BY_CONSENSUS);
        robot.interact(() -> page.showTab(1));
        robot.clickOn("Welcome WHO");
        robot.clickOn("#decision-open-meeting");
        assertThat(robot.lookup("#meeting-editor-title").queryAs(Label.class).getText()).isEqualTo("47th regular meeting");
    }

    /** Waits (at most a few seconds, for a loaded machine) until the autosave has saved the text. */
    private static void savedWithin(java.util.concurrent.Callable<Boolean> saved) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, saved);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the typed text was not saved within 5 seconds", e);
        }
    }

    private void open(FxRobot robot, Meeting m) {
        robot.interact(() -> page.openMeeting(m.id()));
    }
}
