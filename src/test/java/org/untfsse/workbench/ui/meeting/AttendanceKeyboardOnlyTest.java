package org.untfsse.workbench.ui.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
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
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.service.meeting.MeetingFixtures;
import org.untfsse.workbench.testsupport.TestWorkbench;
import org.untfsse.workbench.ui.common.DialogService;

/** An everyday task with the keyboard alone: record that an organization attended, never touching the mouse. */
@ExtendWith(ApplicationExtension.class)
class AttendanceKeyboardOnlyTest {

    @TempDir
    Path dir;

    AppContext app;
    Meeting m47;
    MeetingsPage page;
    Scene scene;

    @Start
    void start(Stage stage) {
        app = TestWorkbench.open(dir.resolve(String.valueOf(System.nanoTime())));
        MeetingFixtures f = new MeetingFixtures(app);
        m47 = f.regular(47, "2024-03-14");
        DialogService dialogs = new DialogService() {
            public void showProblems(String t, String h, List<org.untfsse.workbench.service.common.Problem> p) { }
            public void showFailure(String t, Throwable e) { throw new AssertionError(e); }
            public void showInfo(String t, String x) { }
            public boolean confirm(String t, String h, String x) { return true; }
            public Optional<Path> chooseFileToOpen(String t, String d, String... e) { return Optional.empty(); }
            public Optional<Path> chooseFileToSave(String t, String n, String d, String... e) { return Optional.empty(); }
        };
        MeetingDialogs none = new MeetingDialogs() {
            public Optional<CirculationRequest> askCirculation(String title, LocalDate today, List<String> defaults) {
                return Optional.empty();
            }

            public Optional<Meeting> askApprovingMeeting(List<Meeting> later) {
                return Optional.empty();
            }

            public Optional<String> askCorrectionReason() {
                return Optional.empty();
            }
        };
        page = new MeetingsPage(app.messages(), new MeetingsViewModel(app.meetings(), dialogs),
                new RegistersViewModel(app.meetings()),
                new MeetingEditorViewModel(app.meetings(), app.minutes(), app.roster(), dialogs, none));
        page.refresh();
        scene = new Scene((javafx.scene.Parent) page.node(), 1200, 800);
        stage.setScene(scene);
        stage.show();
        page.openMeeting(m47.id());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String focusedId() {
        Node owner = scene.getFocusOwner();
        while (owner != null && owner.getId() == null) {
            owner = owner.getParent();
        }
        return owner == null ? "" : owner.getId();
    }

    @Test
    void attendance_is_recorded_with_the_keyboard_only(FxRobot robot) {
        // From the Details tab to the Attendance tab, then Tab to ILO's status.
        // Tab to the tab strip, → to the Attendance tab, then Tab into it up to ILO's status.
        for (int i = 0; i < 20 && !(scene.getFocusOwner() instanceof javafx.scene.control.TabPane); i++) {
            robot.type(KeyCode.TAB);
        }
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 60 && !focusedId().equals("attendance-status-ILO"); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focusedId()).as("the ILO status is reachable with Tab").isEqualTo("attendance-status-ILO");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        AttendanceStatus saved = app.meetings().attendanceGrid(m47.id()).members().stream()
                .filter(row -> row.organization().acronym().equals("ILO")).findFirst().orElseThrow().status();
        assertThat(saved).isNotNull();
    }
}
