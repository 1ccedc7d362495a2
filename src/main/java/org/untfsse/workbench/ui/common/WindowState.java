package org.untfsse.workbench.ui.common;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * Remembers the window's size, position and theme between sessions, in {@code java.util.prefs}
 * (window state only; business data lives in the database).
 */
public final class WindowState {

    private static final double DEFAULT_WIDTH = 1200;
    private static final double DEFAULT_HEIGHT = 760;

    private final Preferences prefs;

    public WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The remembered inner size, for the scene (a window manager may otherwise size the window to its content). */
    public double width() {
        return Math.max(640, prefs.getDouble("width", DEFAULT_WIDTH));
    }

    public double height() {
        return Math.max(420, prefs.getDouble("height", DEFAULT_HEIGHT));
    }

    public void restore(Stage stage) {
        double width = prefs.getDouble("width", DEFAULT_WIDTH);
        double height = prefs.getDouble("height", DEFAULT_HEIGHT);
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        stage.setWidth(width);
        stage.setHeight(height);
        if (!Double.isNaN(x) && !Double.isNaN(y) && isOnSomeScreen(x, y, width, height)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    public void save(Stage stage) {
        try {
            prefs.putBoolean("maximized", stage.isMaximized());
            if (!stage.isMaximized()) {
                prefs.putDouble("x", stage.getX());
                prefs.putDouble("y", stage.getY());
                prefs.putDouble("width", stage.getWidth());
                prefs.putDouble("height", stage.getHeight());
            }
        } catch (IllegalStateException preferencesGone) {
            // Window state is a convenience: losing it must never stop the window from closing.
            LoggerFactory.getLogger(WindowState.class).debug("Window state not saved: {}", preferencesGone.getMessage());
        }
    }

    public Theme theme() {
        try {
            return Theme.valueOf(prefs.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public void saveTheme(Theme theme) {
        prefs.put("theme", theme.name());
    }

    public String lastPage() {
        return prefs.get("page", "");
    }

    public void saveLastPage(String id) {
        prefs.put("page", id);
    }

    private static boolean isOnSomeScreen(double x, double y, double width, double height) {
        // At least a corner of the title bar must be visible, or a window left on an unplugged monitor is lost.
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(width, 50), 40)).isEmpty();
    }
}
