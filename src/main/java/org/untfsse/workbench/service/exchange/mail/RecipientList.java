package org.untfsse.workbench.service.exchange.mail;

import java.util.List;
import org.untfsse.workbench.model.roster.PersonRole;

/**
 * The people a selection finds. {@code unreachable} holds those without a usable e-mail address,
 * and {@code organizationsWithoutAnyone} the acronyms of organizations in the selection with no
 * active person of the chosen roles: both are shown to the user, never silently dropped.
 */
public record RecipientList(List<Recipient> reachable, List<Recipient> unreachable, List<String> organizationsWithoutAnyone) {

    public RecipientList {
        reachable = List.copyOf(reachable);
        unreachable = List.copyOf(unreachable);
        organizationsWithoutAnyone = List.copyOf(organizationsWithoutAnyone);
    }

    public List<Recipient> withRole(PersonRole role) {
        return reachable.stream().filter(r -> r.role() == role).toList();
    }

    public boolean isEmpty() {
        return reachable.isEmpty();
    }
}
