package org.untfsse.workbench.service.exchange.mail;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.service.roster.RosterEntry;
import org.untfsse.workbench.service.roster.RosterFilter;
import org.untfsse.workbench.service.roster.RosterService;

/** Finds the focal points (and alternates) a message or a distribution list is for, from the roster. */
public final class RecipientFinder {

    private final RosterService roster;
    private final Collator collator;

    public RecipientFinder(RosterService roster, java.util.Locale locale) {
        this.roster = roster;
        this.collator = Collator.getInstance(locale);
    }

    /** By organization acronym, then focal points before alternates, then name. */
    public RecipientList find(RecipientSelection selection) {
        List<RosterEntry> entries = roster.roster(selection.asOf(), "", RosterFilter.ALL).stream()
                .filter(e -> selection.scope().includes(e.status()))
                .filter(e -> selection.organizations().isEmpty()
                        || selection.organizations().contains(e.organization().id()))
                .toList();
        Map<UUID, List<Person>> people = roster.allPeople().stream()
                .filter(p -> p.isActiveOn(selection.asOf()) && selection.roles().contains(p.role()))
                .collect(Collectors.groupingBy(Person::organizationId));
        List<Recipient> reachable = new ArrayList<>();
        List<Recipient> unreachable = new ArrayList<>();
        List<String> nobody = new ArrayList<>();
        for (RosterEntry entry : entries) {
            List<Person> own = new ArrayList<>(people.getOrDefault(entry.organization().id(), List.of()));
            if (own.isEmpty()) {
                nobody.add(entry.organization().acronym());
            }
            own.sort(Comparator.comparing(Person::role).thenComparing(Person::name, collator));
            for (Person p : own) {
                Recipient r = new Recipient(p.id(), p.name(), p.email(), p.role(), entry.organization().id(),
                        entry.organization().acronym(), entry.organization().name(), entry.status());
                (r.reachable() ? reachable : unreachable).add(r);
            }
        }
        return new RecipientList(reachable, unreachable, nobody);
    }
}
