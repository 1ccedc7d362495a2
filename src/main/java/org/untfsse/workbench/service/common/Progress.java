package org.untfsse.workbench.service.common;

/** Where long work reports how far it has got. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total, message) -> { };

    /** {@code total} may be -1 when unknown. */
    void update(long done, long total, String message);
}
