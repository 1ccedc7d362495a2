package org.untfsse.workbench.service.exchange.mail;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.untfsse.workbench.model.roster.PersonRole;

/**
 * The ready-made groups of a distribution list. Members and observers mean their focal points and
 * alternates; focal points and alternates mean those of members and observers alike.
 */
public enum DistributionGroup {
    MEMBERS(MembershipScope.MEMBERS, Set.of(PersonRole.FOCAL_POINT, PersonRole.ALTERNATE)),
    OBSERVERS(MembershipScope.OBSERVERS, Set.of(PersonRole.FOCAL_POINT, PersonRole.ALTERNATE)),
    FOCAL_POINTS(MembershipScope.ALL, Set.of(PersonRole.FOCAL_POINT)),
    ALTERNATES(MembershipScope.ALL, Set.of(PersonRole.ALTERNATE)),
    ALL(MembershipScope.ALL, Set.of(PersonRole.FOCAL_POINT, PersonRole.ALTERNATE));

    private final MembershipScope scope;
    private final Set<PersonRole> roles;

    DistributionGroup(MembershipScope scope, Set<PersonRole> roles) {
        this.scope = scope;
        this.roles = roles;
    }

    public RecipientSelection selection(LocalDate asOf) {
        return new RecipientSelection(scope, roles, Set.of(), asOf);
    }

    /** The command-line spelling: {@code focal-points}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Accepts {@code focal-points}, {@code FOCAL_POINTS}, {@code focalpoints}. */
    public static DistributionGroup parse(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (DistributionGroup g : values()) {
            if (g.name().equals(key) || g.name().replace("_", "").equals(key)) {
                return g;
            }
        }
        throw new IllegalArgumentException(text);
    }
}
