package org.untfsse.workbench.service.exchange.mail;

import org.untfsse.workbench.model.roster.MembershipStatus;

/** Whose focal points: the members', the observers', or both (as of a date). */
public enum MembershipScope {
    MEMBERS,
    OBSERVERS,
    ALL;

    public boolean includes(MembershipStatus status) {
        return status != null && (this == ALL || (this == MEMBERS) == (status == MembershipStatus.MEMBER));
    }
}
