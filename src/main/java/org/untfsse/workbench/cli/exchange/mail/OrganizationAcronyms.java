package org.untfsse.workbench.cli.exchange.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.roster.RosterService;

/** Turns {@code --organizations ILO,UNCTAD} into organization ids, reporting every unknown acronym. */
final class OrganizationAcronyms {

    private OrganizationAcronyms() {
    }

    static Set<UUID> resolve(List<String> acronyms, RosterService roster, Messages messages) {
        Set<UUID> ids = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (String acronym : acronyms == null ? List.<String>of() : acronyms) {
            roster.organizationByAcronym(acronym.strip()).ifPresentOrElse(o -> ids.add(o.id()),
                    () -> problems.add(new Problem("--organizations",
                            messages.get("mail.error.unknownOrganization", acronym.strip()))));
        }
        ValidationException.throwIfAny(problems);
        return ids;
    }
}
