package org.untfsse.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.NodeOrientation;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.material2.Material2MZ;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.ui.common.FxDialogService;
import org.untfsse.workbench.ui.common.FxTaskRunner;
import org.untfsse.workbench.ui.common.PageEntry;
import org.untfsse.workbench.ui.common.PlaceholderPage;
import org.untfsse.workbench.ui.common.UiSettings;
import org.untfsse.workbench.ui.common.WindowState;

@ExtendWith(ApplicationExtension.class)
class MainWindowSettingsTest {

    private static final Preferences TEST_ROOT = Preferences.userRoot().node("org/untfsse/workbench-test-settings");
    private final Preferences prefs = TEST_ROOT.node(UUID.randomUUID().toString());
    private MainWindow window;
    private UiSettings settings;

    @Start
    void start(Stage stage) {
        Messages arabic = Messages.forLocale(Locale.forLanguageTag("ar"));
        settings = new UiSettings(prefs);
        List<PageEntry> pages = List.of(new PageEntry("rosters", "page.rosters", Material2MZ.PEOPLE,
                () -> new PlaceholderPage(Material2MZ.PEOPLE, "Rosters", "first")));
        window = new MainWindow(arabic, pages, List.of(), new FxTaskRunner(), new WindowState(prefs), settings,
                new FxDialogService(arabic, stage, settings));
        window.install(stage);
        stage.show();
    }

    @AfterAll
    static void forget() throws Exception {
        TEST_ROOT.removeNode();
    }

    @Test
    void arabic_lays_the_window_out_right_to_left() {
        assertThat(window.root().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        var navigation = window.root().getLeft();
        var content = window.root().getCenter();
        double navigationX = navigation.localToScene(navigation.getLayoutBounds()).getMinX();
        double contentX = content.localToScene(content.getLayoutBounds()).getMinX();
        assertThat(navigationX).as("the navigation is mirrored to the right").isGreaterThan(contentX);
    }

    @Test
    void choosing_a_text_size_scales_the_window_at_once_and_is_remembered(FxRobot robot) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.root().getTop();
        javafx.scene.control.Menu textSize = (javafx.scene.control.Menu) bar.getMenus().get(1).getItems().stream()
                .filter(i -> "menu-text-size".equals(i.getId())).findFirst().orElseThrow();
        var item150 = textSize.getItems().stream().filter(i -> "menu-text-size-150".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item150::fire);
        assertThat(window.root().getStyle()).contains("-fx-font-size: 21.0px");
        assertThat(new UiSettings(prefs).textSizePercent()).isEqualTo(150);
    }
}
