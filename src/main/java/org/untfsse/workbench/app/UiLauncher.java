package org.untfsse.workbench.app;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.untfsse.workbench.service.common.BackgroundTask;
import org.untfsse.workbench.ui.MainWindow;
import org.untfsse.workbench.ui.common.FxTaskRunner;
import org.untfsse.workbench.ui.common.StartupSplash;
import org.untfsse.workbench.ui.common.UiSettings;
import org.untfsse.workbench.ui.common.WindowState;

/** Starts JavaFX and opens the main window over the data folder, or explains why it cannot. */
final class UiLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(UiLauncher.class);
    static final String PREFERENCES_NODE = "org/untfsse/workbench";

    private UiLauncher() {
    }

    /** Where window state and display settings are kept (java.util.prefs, per user). */
    static Preferences preferences() {
        return Preferences.userRoot().node(PREFERENCES_NODE);
    }

    /**
     * Shows the window at once with the start-up splash as its first frame, then — after that frame
     * is on screen — opens the data folder and builds the main window in its place. Call after
     * {@link ToolkitStart#begin()}.
     */
    static void launch(AppContext context, Path bundle) {
        ToolkitStart.await();
        // Open the window in a normal pulse, not inside startup's own runnable: dialogs shown with
        // showAndWait() from inside that runnable are never painted.
        Platform.runLater(() -> openWithSplash(context, new Stage(), preferences(), bundle));
    }

    /** Shows the splash on {@code stage} now and opens the main window in its place once it is on screen. */
    static void openWithSplash(AppContext context, Stage stage, Preferences preferences) {
        openWithSplash(context, stage, preferences, null);
    }

    /** The same, then offers to import {@code bundle} (may be null) once the main window is there. */
    static void openWithSplash(AppContext context, Stage stage, Preferences preferences, Path bundle) {
        showSplash(context, stage, new WindowState(preferences), new UiSettings(preferences));
        StartupClasses.preloadInBackground();
        StartupProbe.afterNextFrameShown(stage.getScene(), () -> {
            if (stage.isShowing()) {
                open(context, stage, preferences, bundle);
            } else { // closed while the splash was up
                context.close();
                Platform.exit();
            }
        });
    }

    private static void showSplash(AppContext context, Stage stage, WindowState windowState, UiSettings settings) {
        stage.setTitle(context.messages().get("app.title"));
        Image icon = icon(64); // the other sizes follow with the main window: each costs a decode
        stage.getIcons().add(icon);
        stage.setScene(StartupSplash.scene(context.messages(), windowState.theme(), icon, windowState.width(),
                windowState.height(), settings.fontSizePx()));
        windowState.restore(stage);
        StartupProbe.install(stage);
        stage.show();
    }

    /** The window and task-bar icon in every size the window manager may pick from (see icons/). */
    private static void addIcons(Stage stage) {
        if (stage.getIcons().size() < 5) {
            stage.getIcons().setAll(icon(16), icon(32), icon(48), icon(64), icon(256));
        }
    }

    private static Image icon(int size) {
        return new Image(UiLauncher.class.getResource("/icons/app-icon-" + size + ".png").toExternalForm());
    }

    /** Opens the window on {@code stage}; false (after telling the user) when it cannot. */
    static boolean open(AppContext context, Stage stage, Preferences preferences) {
        return open(context, stage, preferences, null);
    }

    /** The same, then offers to import {@code bundle} (when not null): its preview first, as File ▸ Import does. */
    static boolean open(AppContext context, Stage stage, Preferences preferences, Path bundle) {
        var messages = context.messages();
        WindowState windowState = new WindowState(preferences);
        windowState.theme().apply();
        if (!context.tryLock(0)) {
            refuse(messages.get("startup.alreadyOpen.title"),
                    messages.get("startup.alreadyOpen.text", context.folder().root()));
            return false;
        }
        if (!DamagedDatabaseRescue.openOrRescue(context)) {
            context.close();
            Platform.exit();
            return false;
        }
        FxTaskRunner tasks = new FxTaskRunner();
        MainWindow window = UiComposition.mainWindow(context, tasks, windowState, new UiSettings(preferences), stage,
                bundle);
        window.install(stage);
        addIcons(stage);
        StartupProbe.ready(stage);
        stage.setOnHidden(e -> {
            tasks.close();
            context.close();
        });
        stage.show(); // already showing after the splash; shown here when opened without it
        LOG.info("Window shown on data folder {}", context.folder().root());
        tasks.submit(new BackgroundTask<>(messages.get("backup.daily.running"),
                progress -> context.backups().dailyBackupIfDue(), made -> { },
                failure -> LOG.warn("The daily backup failed: {}", failure.getMessage())));
        return true;
    }

    static void refuse(String title, String text) {
        LOG.warn("{}: {}", title, text);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(text);
        alert.showAndWait();
        Platform.exit();
    }
}
