package org.untfsse.workbench.store.common;

/** A storage failure, classified so the layers above can explain it in an officer's words. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the user is concerned. */
    public enum Kind { DISK_FULL, READ_ONLY, LOCKED, CORRUPT, CONSTRAINT, OTHER }

    private final Kind kind;

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
