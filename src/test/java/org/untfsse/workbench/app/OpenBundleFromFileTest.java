package org.untfsse.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.testsupport.LaunchedWindow;
import org.untfsse.workbench.testsupport.OpenDialogs;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * A bundle opened from the file manager ({@code secretariat-workbench FILE.json}, the desktop entry's
 * {@code %f}): the window opens and shows the import preview of that file at once, instead of the
 * sample-data offer; nothing is written until the officer confirms.
 */
@ExtendWith(ApplicationExtension.class)
class OpenBundleFromFileTest {

    @TempDir
    Path dir;

    private AppContext context;
    private final LaunchedWindow window = new LaunchedWindow();

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void the_window_shows_the_preview_of_the_bundle_it_was_opened_with_and_imports_it_on_confirmation(FxRobot robot)
            throws Exception {
        Path bundle = dir.resolve("from a colleague.json");
        try (AppContext other = TestWorkbench.open(dir.resolve("other"))) {
            other.exchange().loadSampleData(Progress.NONE);
            other.exchange().export(bundle, null, false, Progress.NONE);
        }
        LaunchArguments launch = LaunchArguments.parse(new String[] {"--data-dir", dir.resolve("mine").toString(),
                bundle.toString()});
        assertThat(launch.opensWindow()).isTrue();
        context = window.open(launch.dataDir());

        Platform.runLater(() -> {
            UiLauncher.open(context, window.newStage(), window.preferences(),
                    launch.bundleToOpen().orElseThrow());
        });
        DialogPane preview = OpenDialogs.awaitFirst();

        assertThat(preview.getHeaderText()).contains("from a colleague.json");
        assertThat(preview.getContentText()).contains("organizations: 34 added");
        assertThat(context.roster().allOrganizations()).as("nothing written before the confirmation").isEmpty();

        robot.interact(((Button) preview.lookupButton(ButtonType.OK))::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.roster().allOrganizations().size() == 34);
        assertThat(context.roster().allOrganizations()).hasSize(34);
    }
}
