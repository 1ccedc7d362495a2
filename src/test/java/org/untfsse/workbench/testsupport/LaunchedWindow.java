package org.untfsse.workbench.testsupport;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.untfsse.workbench.app.AppContext;

/**
 * The main window a test opens the application's way (through {@code UiLauncher}) and the context
 * behind it; {@link #close} hides the window, closes any dialog left open and closes the context.
 */
public final class LaunchedWindow {

    private final AtomicReference<Stage> stage = new AtomicReference<>();
    private final Preferences preferences = Preferences.userRoot()
            .node("org/untfsse/workbench-launched-window-test/" + UUID.randomUUID());
    private AppContext context;

    /** Opens the data folder {@code dataDir} as the application does. */
    public AppContext open(Path dataDir) {
        context = TestWorkbench.open(dataDir);
        return context;
    }

    /** A new stage for the main window; call on the JavaFX thread. */
    public Stage newStage() {
        stage.set(new Stage());
        return stage.get();
    }

    /** Where the window keeps its size, position and last view: this test's alone. */
    public Preferences preferences() {
        return preferences;
    }

    public Stage stage() {
        return stage.get();
    }

    public void close(FxRobot robot) {
        robot.interact(() -> {
            if (stage.get() != null) {
                stage.get().hide();
            }
            OpenDialogs.closeAll();
        });
        if (context != null) {
            context.close();
        }
        try {
            preferences.removeNode();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
