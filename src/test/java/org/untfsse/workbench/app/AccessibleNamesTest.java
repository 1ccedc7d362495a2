package org.untfsse.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.untfsse.workbench.service.meeting.MeetingFixtures;
import org.untfsse.workbench.testsupport.TestWorkbench;
import org.untfsse.workbench.ui.MainWindow;
import org.untfsse.workbench.ui.common.FxTaskRunner;
import org.untfsse.workbench.ui.common.UiSettings;
import org.untfsse.workbench.ui.common.WindowState;

/**
 * A screen reader announces a button by its text or, for an icon-only button, by its accessible text.
 * Walks every node of each main view (and the meeting editor) over a few records and fails on a
 * Button, ToggleButton or MenuButton that has neither.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {

    private static final Preferences TEST_ROOT = Preferences.userRoot().node("org/untfsse/workbench-a11y-test");

    @TempDir
    static Path dir;

    private AppContext app;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        app = TestWorkbench.open(dir.resolve(String.valueOf(System.nanoTime())));
        new MeetingFixtures(app).regular(47, "2024-03-14");
        Preferences prefs = TEST_ROOT.node(UUID.randomUUID().toString());
        window = UiComposition.mainWindow(app, new FxTaskRunner(), new WindowState(prefs), new UiSettings(prefs), stage);
        window.install(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @AfterAll
    static void forgetPreferences() throws Exception {
        TEST_ROOT.removeNode();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rosters", "rotation", "meetings", "archive"})
    void every_button_of_the_view_has_a_name(String page, FxRobot robot) {
        robot.interact(() -> {
            window.show(page);
            selectFirstRows(window.root());
        });
        robot.interact(() -> { });
        List<String> unnamed = unnamedButtons(window.root());
        assertThat(buttons(window.root())).as("buttons found on " + page).isNotEmpty();
        assertThat(unnamed).as("buttons without text or accessible text on " + page).isEmpty();
    }

    @Test
    void every_button_of_the_meeting_editor_has_a_name(FxRobot robot) {
        robot.interact(() -> window.show("meetings"));
        TableView<?> table = robot.lookup("#meetings-table").queryAs(TableView.class);
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            Event.fireEvent(table, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        assertThat(robot.lookup("#meeting-editor").tryQuery()).as("the meeting editor is open").isPresent();
        List<String> unnamed = unnamedButtons(window.root());
        assertThat(unnamed).as("buttons without text or accessible text in the meeting editor").isEmpty();
    }

    @Test
    void an_icon_only_button_without_accessible_text_is_reported() {
        javafx.scene.control.Button icon = new javafx.scene.control.Button(null, new javafx.scene.shape.Circle(4));
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(new javafx.scene.control.Button("Named"), icon);
        assertThat(unnamedButtons(box)).hasSize(1);
        icon.setAccessibleText("Delete");
        assertThat(unnamedButtons(box)).isEmpty();
    }

    private static void selectFirstRows(Node node) {
        for (Node n : nodes(node)) {
            if (n instanceof TableView<?> table && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        }
    }

    private static List<String> unnamedButtons(Node root) {
        List<String> unnamed = new ArrayList<>();
        for (ButtonBase b : buttons(root)) {
            boolean text = b.getText() != null && !b.getText().isBlank();
            boolean accessible = b.getAccessibleText() != null && !b.getAccessibleText().isBlank();
            if (!text && !accessible) {
                unnamed.add(b.getClass().getSimpleName() + (b.getId() == null ? "" : "#" + b.getId())
                        + " in " + b.getParent());
            }
        }
        return unnamed;
    }

    private static List<ButtonBase> buttons(Node root) {
        return nodes(root).stream()
                .filter(n -> n instanceof javafx.scene.control.Button || n instanceof javafx.scene.control.ToggleButton
                        || n instanceof javafx.scene.control.MenuButton)
                .filter(n -> !isPartOfAControlSkin(n))
                .map(ButtonBase.class::cast).toList();
    }

    /** Buttons that JavaFX's own skins draw (a DatePicker's arrow, a ComboBox's) are named by their control. */
    private static boolean isPartOfAControlSkin(Node n) {
        return n.getStyleClass().contains("arrow-button") || n.getStyleClass().contains("tab-header-area");
    }

    /** Every node below root, including the content of tabs, split panes, scroll panes and titled panes. */
    private static List<Node> nodes(Node root) {
        List<Node> all = new ArrayList<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(List.of(root));
        java.util.Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n == null || !seen.add(n)) {
                continue;
            }
            all.add(n);
            if (n instanceof Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
            if (n instanceof TabPane tabs) {
                tabs.getTabs().stream().map(Tab::getContent).forEach(c -> { if (c != null) todo.add(c); });
            }
            if (n instanceof SplitPane split) {
                todo.addAll(split.getItems());
            }
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                todo.add(scroll.getContent());
            }
            if (n instanceof TitledPane titled && titled.getContent() != null) {
                todo.add(titled.getContent());
            }
        }
        return all;
    }
}
