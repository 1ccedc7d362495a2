package org.untfsse.workbench.model.roster;

/** An organization's standing in the task force during one period. */
public enum MembershipStatus {
    MEMBER,
    OBSERVER
}
