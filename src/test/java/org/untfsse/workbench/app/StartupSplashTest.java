package org.untfsse.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.testsupport.TestWorkbench;
import org.untfsse.workbench.ui.common.StartupSplash;
import org.untfsse.workbench.ui.common.Theme;

/**
 * The window's first frame is the start-up splash (cheap: text and an image, no controls), and the
 * main window then replaces it in the same window.
 */
@ExtendWith(ApplicationExtension.class)
class StartupSplashTest {

    private static final Preferences TEST_ROOT = Preferences.userRoot().node("org/untfsse/workbench-splash-test");

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
    void the_splash_is_shown_first_and_the_main_window_replaces_it_in_the_same_window(FxRobot robot) throws Exception {
        AppContext app = TestWorkbench.open(dir.resolve("data"));
        Preferences prefs = TEST_ROOT.node(UUID.randomUUID().toString());
        List<String> firstFrame = new ArrayList<>();
        robot.interact(() -> {
            UiLauncher.openWithSplash(app, stage, prefs);
            Parent root = stage.getScene().getRoot();
            firstFrame.add(root.getId());
            firstFrame.addAll(texts(root));
            firstFrame.add("controls: " + controls(root).size());
        });

        assertThat(firstFrame).containsExactly("startup-splash", "Secretariat Workbench — UNTFSSE",
                "Opening the data folder…", "controls: 0");
        assertThat(stage.isShowing()).isTrue();

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "main-window".equals(stage.getScene().getRoot().getId()));
        WaitForAsyncUtils.waitForFxEvents(); // the rest of the runnable that put the main window in
        assertThat(robot.lookup("#nav-rosters").tryQuery()).as("the navigation of the main window").isPresent();
        assertThat(stage.getIcons()).as("window and task-bar icons").hasSize(5);
        assertThat(stage.isShowing()).isTrue();
        robot.interact(stage::hide); // closes the data folder like a user would
    }

    @Test
    void the_splash_follows_the_language_direction_and_the_theme(FxRobot robot) {
        List<Scene> scenes = new ArrayList<>();
        robot.interact(() -> scenes.add(StartupSplash.scene(Messages.forLocale(Locale.forLanguageTag("ar")), Theme.DARK,
                new javafx.scene.image.WritableImage(64, 64), 900, 600, 14)));
        Scene scene = scenes.get(0);

        assertThat(scene.getRoot().getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(scene.getFill()).isEqualTo(Color.web("#0d1117"));
        assertThat(texts(scene.getRoot())).contains("جارٍ فتح مجلد البيانات…");
        assertThat(controls(scene.getRoot())).isEmpty();
        assertThat(scene.getWidth()).isEqualTo(900);
    }

    private static List<String> texts(Parent root) {
        List<String> texts = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Text t) {
                texts.add(t.getText());
            }
        });
        return texts;
    }

    private static List<Control> controls(Parent root) {
        List<Control> controls = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Control c) {
                controls.add(c);
            }
        });
        return controls;
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        visit.accept(node);
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> walk(child, visit));
        }
    }
}
