package org.untfsse.workbench.service.common;

/** Runs each task at once on the calling thread; for tests and the command line. */
public final class InlineTaskRunner implements TaskRunner {

    @Override
    public <T> void submit(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().run(Progress.NONE);
        } catch (Exception e) {
            task.onFailure().accept(e);
            return;
        }
        task.onSuccess().accept(result);
    }
}
