package org.untfsse.workbench.testsupport;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** The dialogs (alerts) a test's window has open, read on the JavaFX thread. */
public final class OpenDialogs {

    private OpenDialogs() {
    }

    /** Every showing dialog. */
    public static List<DialogPane> all() {
        AtomicReference<List<DialogPane>> found = new AtomicReference<>();
        try {
            // Generous: on a busy two-core machine the JavaFX thread may be building a whole window.
            WaitForAsyncUtils.asyncFx(() -> found.set(Window.getWindows().stream().filter(Window::isShowing)
                    .map(Window::getScene).filter(s -> s != null && s.getRoot() instanceof DialogPane)
                    .map(s -> (DialogPane) s.getRoot()).toList())).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return found.get();
    }

    /** Waits (up to a minute) for a dialog to show and returns the first one. */
    public static DialogPane awaitFirst() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !all().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return all().get(0);
    }

    /** Closes every dialog still open; call on the JavaFX thread (e.g. in {@code robot.interact}). */
    public static void closeAll() {
        Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .toList().forEach(Window::hide);
    }
}
