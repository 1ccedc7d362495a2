package org.untfsse.workbench.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.untfsse.workbench.service.common.BackgroundTask;
import org.untfsse.workbench.service.common.TaskRunner;

/**
 * Runs background work on worker threads, so the window never freezes; publishes what is running
 * and how far it has got for the status bar, and hands results back on the JavaFX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "workbench-background");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    @Override
    public <T> void submit(BackgroundTask<T> task) {
        started(task.title());
        executor.submit(() -> {
            try {
                T result = task.work().run((done, total, text) -> Platform.runLater(() -> {
                    progress.set(total > 0 ? (double) done / total : -1);
                    message.set(text == null || text.isEmpty() ? task.title() : text);
                }));
                Platform.runLater(() -> {
                    finished();
                    task.onSuccess().accept(result);
                });
            } catch (Exception | Error e) {
                LOG.warn("Background task '{}' failed", task.title(), e);
                Platform.runLater(() -> {
                    finished();
                    task.onFailure().accept(e);
                });
            }
        });
    }

    private void started(String title) {
        running.incrementAndGet();
        runOnFx(() -> {
            busy.set(true);
            progress.set(-1);
            message.set(title);
        });
    }

    private void finished() {
        if (running.decrementAndGet() == 0) {
            busy.set(false);
            message.set("");
            progress.set(-1);
        }
    }

    private static void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
