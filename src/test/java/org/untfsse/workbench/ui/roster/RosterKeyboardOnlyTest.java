package org.untfsse.workbench.ui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
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
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.testsupport.TestWorkbench;
import org.untfsse.workbench.ui.common.Theme;

/** An everyday task with the keyboard alone: add an organization, never touching the mouse. */
@ExtendWith(ApplicationExtension.class)
class RosterKeyboardOnlyTest {

    private final Path dir;
    private final AppContext app;
    private final RosterViewModel model;

    RosterKeyboardOnlyTest() throws java.io.IOException {
        dir = Files.createTempDirectory("roster-keyboard-test");
        app = TestWorkbench.open(dir);
        model = new RosterViewModel(app.roster(), app.messages(), new RecordingDialogs());
    }

    @Start
    void start(Stage stage) {
        RosterPage page = new RosterPage(model);
        Theme.LIGHT.apply();
        stage.setScene(new Scene((javafx.scene.Parent) page.node(), 1200, 760));
        stage.show();
        page.focusFilter();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void an_organization_is_added_with_the_keyboard_only(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // A desktop's window manager gives the new dialog the keyboard focus; headless Monocle keeps
        // routing keys to the first stage, so do the window manager's part (and only that) here.
        javafx.stage.Window dialog = javafx.stage.Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#add-acronym") != null).findFirst().orElseThrow();
        robot.targetWindow(dialog);
        robot.interact(dialog::requestFocus);
        robot.write("ILO");
        robot.type(KeyCode.TAB);
        robot.write("International Labour Organization");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Organization ilo = app.roster().organizationByAcronym("ILO").orElseThrow();
        assertThat(ilo.name()).isEqualTo("International Labour Organization");
        assertThat(app.roster().statusOn(ilo.id(), app.roster().today())).contains(MembershipStatus.MEMBER);
    }
}
