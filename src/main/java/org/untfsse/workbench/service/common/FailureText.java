package org.untfsse.workbench.service.common;

import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.store.common.StoreException;

/** Says what went wrong in words an officer understands. */
public final class FailureText {

    private FailureText() {
    }

    public static String describe(Messages messages, Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof StoreException store) {
                return messages.get("error.store." + store.kind().name());
            }
            if (cause instanceof ValidationException invalid) {
                return String.join("\n", invalid.problems().stream().map(Object::toString).toList());
            }
            if (cause instanceof java.nio.file.NoSuchFileException missing) {
                return messages.get("error.fileMissing", missing.getFile());
            }
            if (cause instanceof java.nio.file.AccessDeniedException denied) {
                return messages.get("error.accessDenied", denied.getFile());
            }
            cause = cause.getCause();
        }
        String detail = failure.getMessage();
        return messages.get("error.unexpected", detail == null ? failure.getClass().getSimpleName() : detail);
    }
}
