package org.untfsse.workbench.service.exchange.mail;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who a draft goes to: the focal points of the organizations in {@code scope} (as of {@code asOf})
 * in To; their alternates in Cc when {@code alternatesInCc}; everyone in Bcc instead when
 * {@code bcc} (for large lists, so focal points do not see each other's addresses).
 * {@code organizations}, when not empty, narrows to those organizations (e.g. the ones that
 * attended the meeting).
 */
public record DraftRecipients(MembershipScope scope, boolean alternatesInCc, boolean bcc, Set<UUID> organizations,
                              LocalDate asOf) {

    public DraftRecipients {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(asOf, "asOf");
        organizations = Set.copyOf(organizations == null ? Set.of() : organizations);
    }

    /** The default: focal points of all members and observers, no Cc, no Bcc. */
    public static DraftRecipients focalPoints(LocalDate asOf) {
        return new DraftRecipients(MembershipScope.ALL, false, false, Set.of(), asOf);
    }
}
