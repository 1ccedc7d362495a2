package org.untfsse.workbench.service.common;

/**
 * Runs background work. The window's implementation runs it on a worker thread, shows progress
 * in the status bar and hands results back on the window's thread; tests use
 * {@link InlineTaskRunner}, which runs it at once on the calling thread.
 */
public interface TaskRunner {
    <T> void submit(BackgroundTask<T> task);
}
