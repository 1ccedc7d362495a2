package org.untfsse.workbench.service.exchange;

/** What an import does to one record. */
public enum ChangeKind {
    /** New here: it will be added. */
    ADDED,
    /** Changed only on the other side (or the other side is newer without a conflict): replaced. */
    UPDATED,
    /** Same content, or only this copy changed: left as it is. */
    UNCHANGED,
    /** Changed on both sides since the copies diverged: the newer one is kept, and it is listed. */
    CONFLICT
}
