package org.untfsse.workbench.service.exchange.mail;

import java.util.UUID;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.PersonRole;

/** A person to write to, with their organization and its status on the selection's date. */
public record Recipient(UUID personId, String name, String email, PersonRole role, UUID organizationId,
                        String organizationAcronym, String organizationName, MembershipStatus status) {

    /** True when the e-mail address can go into a message header as it is. */
    public boolean reachable() {
        return MailAddress.isUsable(email);
    }

    public MailAddress address() {
        return new MailAddress(name, email);
    }
}
