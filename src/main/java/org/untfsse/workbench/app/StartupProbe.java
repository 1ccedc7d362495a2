package org.untfsse.workbench.app;

import java.lang.management.ManagementFactory;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Runs work after a frame is on screen, and is the start-up benchmark's marker: with
 * {@code -Dworkbench.startupProbe=true} it prints {@code FIRST_FRAME <ms since JVM start>} once the
 * window's first frame (the splash) has been rendered and {@code READY <ms>} once the main window's
 * first page has (see bench/startup.sh and docs/packaging.md); with {@code =exit} it then ends the
 * JVM normally, which the AppCDS archive dump at build time needs (packaging/linux/appcds.sh).
 * Prints nothing otherwise.
 */
final class StartupProbe {

    static final Duration PAINT_MARGIN = Duration.millis(150);

    private StartupProbe() {
    }

    /** Runs {@code work} on the JavaFX thread after the next frame of {@code scene} has been rendered. */
    static void afterNextFrame(Scene scene, Runnable work) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(work); // runLater runs after the pulse that renders this frame
            }
        });
    }

    /**
     * Runs {@code work} once the next frame of {@code scene} is on screen, not only rendered: the
     * pixels reach the window after the render, through events on the JavaFX thread (with software
     * rendering, and the window's first expose), so long work queued right after the frame would keep
     * the window blank until it ends. Keeps the thread free for {@link #PAINT_MARGIN} first (a bare
     * window's content appears within about 0.1 s of its first frame on this kind of machine).
     */
    static void afterNextFrameShown(Scene scene, Runnable work) {
        afterNextFrame(scene, () -> {
            PauseTransition painting = new PauseTransition(PAINT_MARGIN);
            painting.setOnFinished(e -> work.run());
            painting.play();
        });
    }

    /** Prints FIRST_FRAME after the first frame of {@code stage} (install before showing it). */
    static void install(Stage stage) {
        if (mode().isEmpty()) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> afterNextFrame(stage.getScene(), () -> print("FIRST_FRAME")));
    }

    /** Prints READY after the next frame of the stage's current scene, then ends the JVM in exit mode. */
    static void ready(Stage stage) {
        String mode = mode();
        if (mode.isEmpty()) {
            return;
        }
        afterNextFrame(stage.getScene(), () -> {
            print("READY");
            if (mode.equals("exit")) {
                stage.hide(); // closes the database like a user would, then the JVM ends
                Platform.exit();
            }
        });
    }

    private static String mode() {
        String mode = System.getProperty("workbench.startupProbe", "");
        return mode.equals("true") || mode.equals("exit") ? mode : "";
    }

    private static void print(String marker) {
        System.out.println(marker + " " + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
    }
}
