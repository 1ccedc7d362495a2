package org.untfsse.workbench.model.roster;

/** A person's role in the task force on behalf of their organization. */
public enum PersonRole {
    FOCAL_POINT,
    ALTERNATE,
    OTHER
}
