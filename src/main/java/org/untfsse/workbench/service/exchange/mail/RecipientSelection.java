package org.untfsse.workbench.service.exchange.mail;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.untfsse.workbench.model.roster.PersonRole;

/**
 * Which people to write to: those with one of {@code roles}, active on {@code asOf}, of the
 * organizations whose status that day is in {@code scope}. {@code organizations}, when not empty,
 * narrows further to those organizations (e.g. the ones that attended a meeting, or a selection
 * in the Rosters view).
 */
public record RecipientSelection(MembershipScope scope, Set<PersonRole> roles, Set<UUID> organizations, LocalDate asOf) {

    public RecipientSelection {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(asOf, "asOf");
        roles = Set.copyOf(roles == null || roles.isEmpty() ? Set.of(PersonRole.FOCAL_POINT) : roles);
        organizations = Set.copyOf(organizations == null ? Set.of() : organizations);
    }

    /** The default for circulating minutes: focal points and alternates of members and observers. */
    public static RecipientSelection everyone(LocalDate asOf) {
        return new RecipientSelection(MembershipScope.ALL, Set.of(PersonRole.FOCAL_POINT, PersonRole.ALTERNATE),
                Set.of(), asOf);
    }

    public RecipientSelection onlyOrganizations(Set<UUID> ids) {
        return new RecipientSelection(scope, roles, ids, asOf);
    }
}
