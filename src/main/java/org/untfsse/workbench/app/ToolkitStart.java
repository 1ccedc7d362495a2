package org.untfsse.workbench.app;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit on a thread of its own at the very beginning of a window start, so that
 * logging, the settings and the data folder are prepared on the main thread meanwhile instead of
 * one after the other (about a third of a second on a two-core laptop).
 */
final class ToolkitStart {

    private static final CountDownLatch STARTED = new CountDownLatch(1);
    private static volatile RuntimeException failure;

    private ToolkitStart() {
    }

    static void begin() {
        Thread starter = new Thread(() -> {
            try {
                Platform.startup(() -> {
                    WindowClassName.apply();
                    STARTED.countDown();
                });
            } catch (RuntimeException e) { // e.g. no display: rethrown to the main thread by await()
                failure = e;
                STARTED.countDown();
            }
        }, "workbench-start-javafx");
        starter.setDaemon(false); // JavaFX's own threads inherit this: they must keep the process alive
        starter.start();
    }

    /** Ends the toolkit after a failed start-up, once it has started (if it could). */
    static void stop() {
        try {
            await();
            Platform.exit();
        } catch (RuntimeException couldNotStart) {
            // nothing to stop
        }
    }

    /** Waits until the toolkit runs; rethrows why it could not start. */
    static void await() {
        try {
            STARTED.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while JavaFX was starting", e);
        }
        if (failure != null) {
            throw failure;
        }
    }
}
