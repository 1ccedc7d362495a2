package org.untfsse.workbench.service.roster;

import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;

/** One line of the roster as of a date: the organization, its status then (null if neither), its active focal points. */
public record RosterEntry(Organization organization, MembershipStatus status, int activeFocalPoints) {
}
