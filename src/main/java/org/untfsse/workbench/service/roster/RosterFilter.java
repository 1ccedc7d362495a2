package org.untfsse.workbench.service.roster;

/** Which organizations the roster shows, by their status on the "as of" date. */
public enum RosterFilter {
    ALL,
    MEMBERS,
    OBSERVERS,
    /** Organizations with no membership period covering the date: former, future or never. */
    NEITHER
}
