package org.untfsse.workbench.model.meeting;

/** Where a meeting's minutes are in their life: written, sent for comments, approved. */
public enum MinutesStatus {
    DRAFT,
    CIRCULATED,
    APPROVED
}
