package org.untfsse.workbench.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The start-up benchmark's marker: with {@code -Dworkbench.startupProbe=true} prints
 * {@code FIRST_FRAME <ms since JVM start>} once the window's first frame has been rendered
 * (see bench/startup.sh and docs/packaging.md); with {@code =exit} it then ends the JVM normally,
 * which the AppCDS archive dump at build time needs (packaging/linux/appcds.sh). Does nothing otherwise.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    static void install(Stage stage) {
        String mode = System.getProperty("workbench.startupProbe", "");
        if (!mode.equals("true") && !mode.equals("exit")) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> stage.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                stage.getScene().removePostLayoutPulseListener(this);
                // runLater runs after the pulse that renders this first frame
                Platform.runLater(() -> {
                    System.out.println("FIRST_FRAME "
                            + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
                    if (mode.equals("exit")) {
                        stage.hide(); // closes the database like a user would, then the JVM ends
                        Platform.exit();
                    }
                });
            }
        }));
    }
}
