package org.untfsse.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;

import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.testsupport.TestWorkbench;
import org.untfsse.workbench.ui.common.FxDialogService;
import org.untfsse.workbench.ui.common.FxTaskRunner;
import org.untfsse.workbench.ui.common.UiSettings;
import org.untfsse.workbench.ui.common.PageEntry;
import org.untfsse.workbench.ui.common.PlaceholderPage;
import org.untfsse.workbench.ui.common.WindowState;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final Preferences TEST_ROOT = Preferences.userRoot().node("org/untfsse/workbench-test");
    private final Preferences prefs = TEST_ROOT.node(UUID.randomUUID().toString());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages m = TestWorkbench.english();
        List<PageEntry> pages = List.of(
                new PageEntry("rosters", "page.rosters", Material2MZ.PEOPLE,
                        () -> new PlaceholderPage(Material2MZ.PEOPLE, "Rosters page", "first")),
                new PageEntry("rotation", "page.rotation", Material2AL.AUTORENEW,
                        () -> new PlaceholderPage(Material2AL.AUTORENEW, "Rotation page", "second")));
        UiSettings settings = new UiSettings(prefs);
        window = new MainWindow(m, pages, List.of(), new FxTaskRunner(), new WindowState(prefs), settings,
                new FxDialogService(m, stage, settings));
        window.install(stage);
        stage.show();
    }

    @AfterAll
    static void forgetPreferences() throws Exception {
        TEST_ROOT.removeNode();
    }

    @Test
    void the_first_page_is_shown_and_the_navigation_switches_pages(FxRobot robot) {
        verifyThat(".placeholder-page .title-2", LabeledMatchers.hasText("Rosters page"));
        robot.clickOn("#nav-rotation");
        verifyThat(".placeholder-page .title-2", LabeledMatchers.hasText("Rotation page"));
    }

    @Test
    void ctrl_and_a_number_switches_pages(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Label title = robot.lookup(".placeholder-page .title-2").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("Rotation page");
        assertThat(prefs.get("page", "")).isEqualTo("rotation");
    }

    @Test
    void the_shortcuts_overlay_lists_every_menu_shortcut(FxRobot robot) {
        java.util.Set<java.util.Set<String>> listed = new java.util.HashSet<>();
        for (String[] row : ShortcutsOverlay.SHORTCUTS) {
            for (String keys : row[0].split(" … | / ")) {
                listed.add(keyTokens(keys));
            }
        }
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        List<String> accelerators = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> item.getAccelerator() != null)
                .map(item -> item.getAccelerator().getDisplayText()).toList();
        assertThat(accelerators).contains("F1").hasSizeGreaterThan(3);
        for (String keys : accelerators) {
            // Ctrl+1 … Ctrl+4 is listed as a range: its first and last stand for the digits between.
            String normalized = keys.matches(".*\\+[2-3]$") ? keys.replaceAll("[2-3]$", "1") : keys;
            assertThat(listed).as("F1 overlay lists " + keys).contains(keyTokens(normalized));
        }
    }

    private static java.util.Set<String> keyTokens(String keys) {
        return java.util.Set.of(keys.trim().split("\\+"));
    }
}
