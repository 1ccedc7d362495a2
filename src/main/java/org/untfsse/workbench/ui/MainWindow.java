package org.untfsse.workbench.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.ui.common.DialogService;
import org.untfsse.workbench.ui.common.FxTaskRunner;
import org.untfsse.workbench.ui.common.PageEntry;
import org.untfsse.workbench.ui.common.SceneStyle;
import org.untfsse.workbench.ui.common.StatusBar;
import org.untfsse.workbench.ui.common.Theme;
import org.untfsse.workbench.ui.common.UiSettings;
import org.untfsse.workbench.ui.common.WindowState;
import org.untfsse.workbench.ui.common.WorkbenchPage;

/**
 * The main window: menu bar, navigation between the pages, the current page, and the status bar.
 * Pages are made on their first visit, so start-up only builds the first one.
 */
public final class MainWindow {

    private final Messages messages;
    private final List<PageEntry> pages;
    private final List<MenuItem> fileMenuItems;
    private final WindowState windowState;
    private final UiSettings settings;
    private final DialogService dialogs;
    private final Map<String, WorkbenchPage> built = new HashMap<>();
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final StatusBar statusBar;
    private final NavigationBar navigation;
    private WorkbenchPage current;
    private Theme theme;

    public MainWindow(Messages messages, List<PageEntry> pages, List<MenuItem> fileMenuItems,
                      FxTaskRunner tasks, WindowState windowState, UiSettings settings, DialogService dialogs) {
        this.messages = messages;
        this.pages = pages;
        this.fileMenuItems = fileMenuItems;
        this.windowState = windowState;
        this.settings = settings;
        this.dialogs = dialogs;
        this.statusBar = new StatusBar(tasks);
        this.navigation = new NavigationBar(messages, pages, this::show);
        content.getStyleClass().add("page-content");
        root.setTop(menuBar());
        root.setLeft(navigation);
        root.setCenter(content);
        root.setBottom(statusBar);
        root.setId("main-window");
        SceneStyle.apply(root, messages, settings.fontSizePx());
    }

    public BorderPane root() {
        return root;
    }

    /** Puts the window on {@code stage}, restoring its size and position, and shows the last page used. */
    public Scene install(Stage stage) {
        theme = windowState.theme();
        theme.apply();
        Scene scene = new Scene(root, windowState.width(), windowState.height());
        scene.getStylesheets().add(MainWindow.class.getResource("workbench.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> { if (current != null) current.focusFilter(); });
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        windowState.restore(stage);
        stage.setOnHiding(e -> windowState.save(stage));
        String last = windowState.lastPage();
        show(pages.stream().anyMatch(p -> p.id().equals(last)) ? last : pages.get(0).id());
        return scene;
    }

    /** Brings the page with {@code id} to the front, building it on first use. */
    public void show(String id) {
        PageEntry entry = pages.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No page " + id));
        WorkbenchPage page = built.computeIfAbsent(id, key -> entry.factory().get());
        current = page;
        content.getChildren().setAll(page.node());
        statusBar.showPageText(page.statusText());
        navigation.select(id);
        windowState.saveLastPage(id);
        page.refresh();
    }

    /** A notice across the top of the page area, e.g. that the data folder is read-only. */
    public void showNotice(String text) {
        javafx.scene.control.Label notice = new javafx.scene.control.Label(text);
        notice.setId("window-notice");
        notice.getStyleClass().add("window-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(root.getTop(), notice);
        root.setTop(top);
    }

    /** Shows fresh data in the current page (after a restore or an import, say). */
    public void refreshCurrent() {
        if (current != null) {
            current.refresh();
        }
    }

    public WorkbenchPage currentPage() {
        return current;
    }

    private MenuBar menuBar() {
        Menu file = new Menu(messages.get("menu.file"));
        file.setId("menu-file");
        file.getItems().addAll(fileMenuItems);
        if (!fileMenuItems.isEmpty()) {
            file.getItems().add(new SeparatorMenuItem());
        }
        MenuItem quit = new MenuItem(messages.get("menu.file.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> root.getScene().getWindow().hide());
        file.getItems().add(quit);

        Menu view = new Menu(messages.get("menu.view"));
        for (int i = 0; i < pages.size(); i++) {
            PageEntry page = pages.get(i);
            MenuItem item = new MenuItem(messages.get(page.titleKey()));
            item.setId("menu-view-" + page.id());
            if (i < 9) {
                item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)), KeyCombination.SHORTCUT_DOWN));
            }
            item.setOnAction(e -> show(page.id()));
            view.getItems().add(item);
        }
        MenuItem toggleTheme = new MenuItem(messages.get("menu.view.toggleTheme"));
        toggleTheme.setId("menu-toggle-theme");
        toggleTheme.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        toggleTheme.setOnAction(e -> {
            theme = theme.other();
            theme.apply();
            windowState.saveTheme(theme);
        });
        view.getItems().addAll(new SeparatorMenuItem(), toggleTheme,
                SettingsMenus.textSize(messages, settings, size -> SceneStyle.apply(root, messages, size)),
                SettingsMenus.language(messages, settings, dialogs));

        Menu help = new Menu(messages.get("menu.help"));
        MenuItem shortcuts = new MenuItem(messages.get("menu.help.shortcuts"));
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcuts.setOnAction(e -> new ShortcutsOverlay(messages).show(root.getScene().getWindow()));
        help.getItems().add(shortcuts);
        return new MenuBar(file, view, help);
    }
}
