package org.untfsse.workbench.service.roster;

/** How many members and observers the task force has on a date. */
public record RosterCounts(int members, int observers) {
}
