package org.untfsse.workbench.service.common;

import java.util.function.Consumer;

/** Work to run off the window's thread, with what to do with its result or failure. */
public record BackgroundTask<T>(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {

    /** The work itself; it reports progress and may throw. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }
}
