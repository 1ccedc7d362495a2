package org.untfsse.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.untfsse.workbench.testsupport.Commands.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.untfsse.workbench.model.common.DataFolder;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.testsupport.TestWorkbench;
import org.untfsse.workbench.ui.MainWindow;
import org.untfsse.workbench.ui.common.FxTaskRunner;
import org.untfsse.workbench.ui.common.UiSettings;
import org.untfsse.workbench.ui.common.WindowState;

/**
 * A data folder on a read-only medium, seen from the window: a notice across the top says so in
 * plain words, and the records are there to read.
 */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyWindowTest {

    private static final Preferences TEST_ROOT = Preferences.userRoot().node("org/untfsse/workbench-readonly-test");

    @TempDir
    static Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterAll
    static void forgetPreferences() throws Exception {
        TEST_ROOT.removeNode();
    }

    @Test
    void a_read_only_data_folder_opens_with_a_notice_and_its_records_to_read(FxRobot robot) throws Exception {
        Path mount = dir.resolve("medium");
        Files.createDirectories(mount);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount.toString()) == 0,
                "needs root to mount a read-only medium");
        AppContext context = null;
        try {
            Path data = mount.resolve("data");
            try (AppContext writing = new AppContext(new DataFolder(data), TestWorkbench.english(), TestWorkbench.fixedClock())) {
                writing.roster().createOrganization(new Organization(UUID.randomUUID(), "ILO",
                        "International Labour Organization", OrganizationKind.UN_ENTITY, "", "", null),
                        MembershipStatus.MEMBER, LocalDate.of(2013, 9, 30));
            }
            assertThat(run("mount", "-o", "remount,ro", mount.toString())).isZero();
            AppContext reading = new AppContext(new DataFolder(data), TestWorkbench.english(), TestWorkbench.fixedClock());
            context = reading;
            Preferences prefs = TEST_ROOT.node(UUID.randomUUID().toString());
            robot.interact(() -> {
                MainWindow window = UiComposition.mainWindow(reading, new FxTaskRunner(), new WindowState(prefs),
                        new UiSettings(prefs), stage);
                window.install(stage);
                stage.show();
            });
            WaitForAsyncUtils.waitForFxEvents();

            Label notice = robot.lookup("#window-notice").queryAs(Label.class);
            assertThat(notice.isVisible()).isTrue();
            assertThat(notice.getText()).startsWith("Read-only:").contains(data.toString())
                    .contains("changes will not be saved");
            TableView<?> table = robot.lookup("#roster-table").queryAs(TableView.class);
            List<String> rows = new ArrayList<>();
            robot.interact(() -> table.getItems().forEach(item -> rows.add(item.toString())));
            assertThat(rows).hasSize(1).allMatch(row -> row.contains("ILO"));
        } finally {
            if (context != null) {
                robot.interact(stage::hide);
                context.close();
            }
            run("umount", mount.toString());
        }
    }
}
