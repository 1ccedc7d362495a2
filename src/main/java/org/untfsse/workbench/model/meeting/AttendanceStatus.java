package org.untfsse.workbench.model.meeting;

/** How an organization took part in a meeting. */
public enum AttendanceStatus {
    PRESENT,
    REMOTE,
    APOLOGIES,
    ABSENT;

    /** Present in the room or remotely: the organization is represented. */
    public boolean represented() {
        return this == PRESENT || this == REMOTE;
    }
}
