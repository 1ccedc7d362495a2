package org.untfsse.workbench.service.roster;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.OrganizationKind;

/**
 * Reads the kind and status columns as people write them: the enum names in any case, or plain
 * words such as "UN entity", "civil society", "member", "observer".
 */
final class RosterCsvValues {

    private static final Map<String, OrganizationKind> KINDS = Map.ofEntries(
            Map.entry("unentity", OrganizationKind.UN_ENTITY), Map.entry("un", OrganizationKind.UN_ENTITY),
            Map.entry("unagency", OrganizationKind.UN_ENTITY), Map.entry("unsystem", OrganizationKind.UN_ENTITY),
            Map.entry("intergovernmental", OrganizationKind.INTERGOVERNMENTAL),
            Map.entry("otherintergovernmental", OrganizationKind.INTERGOVERNMENTAL),
            Map.entry("igo", OrganizationKind.INTERGOVERNMENTAL),
            Map.entry("network", OrganizationKind.NETWORK), Map.entry("civilsociety", OrganizationKind.NETWORK),
            Map.entry("networkcivilsociety", OrganizationKind.NETWORK), Map.entry("ngo", OrganizationKind.NETWORK),
            Map.entry("research", OrganizationKind.RESEARCH), Map.entry("academic", OrganizationKind.RESEARCH),
            Map.entry("academia", OrganizationKind.RESEARCH), Map.entry("other", OrganizationKind.OTHER));

    private static final Map<String, MembershipStatus> STATUSES = Map.of(
            "member", MembershipStatus.MEMBER, "members", MembershipStatus.MEMBER,
            "observer", MembershipStatus.OBSERVER, "observers", MembershipStatus.OBSERVER);

    private RosterCsvValues() {
    }

    static Optional<OrganizationKind> kind(String text) {
        return Optional.ofNullable(KINDS.get(normalize(text)));
    }

    static Optional<MembershipStatus> status(String text) {
        return Optional.ofNullable(STATUSES.get(normalize(text)));
    }

    /** Lower case letters only: "UN entity", "UN_ENTITY" and "un-entity" all read "unentity". */
    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }
}
