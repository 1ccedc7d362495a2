package org.untfsse.workbench.model.meeting;

/** An action item's state. */
public enum ActionStatus {
    OPEN,
    DONE,
    DROPPED
}
