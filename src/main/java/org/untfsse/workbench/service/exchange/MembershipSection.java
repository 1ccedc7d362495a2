package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.Membership;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.service.roster.RosterRules;
import org.untfsse.workbench.store.exchange.RosterBundleStore;

/** {@code memberships}: each organization's status (member / observer) over time. */
public final class MembershipSection implements BundleSection<Membership> {

    public static final String KEY = "memberships";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.id("id"),
            FieldSpec.reference("organizationId", false),
            FieldSpec.enumOf("status", MembershipStatus.class, false),
            FieldSpec.date("from", false),
            FieldSpec.date("to", true),
            FieldSpec.instant("updatedAt"));

    private final RosterBundleStore store;
    private final RosterRules rules;
    private final Messages messages;

    public MembershipSection(RosterBundleStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
        this.rules = new RosterRules(messages);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public UUID id(Membership r) {
        return r.id();
    }

    @Override
    public Instant updatedAt(Membership r) {
        return r.updatedAt();
    }

    @Override
    public String label(Membership m) {
        return m.status() + " " + m.from() + (m.to() == null ? "" : " – " + m.to());
    }

    @Override
    public Object[] values(Membership m) {
        return new Object[] {m.id(), m.organizationId(), m.status(), m.from(), m.to(), m.updatedAt()};
    }

    @Override
    public Membership fromFields(RecordFields f) {
        return new Membership(f.uuid("id"), f.uuid("organizationId"), f.enumValue("status", MembershipStatus.class),
                f.date("from"), f.date("to"), f.instant("updatedAt"));
    }

    @Override
    public boolean sameContent(Membership a, Membership b) {
        return a.withUpdatedAt(Instant.EPOCH).equals(b.withUpdatedAt(Instant.EPOCH));
    }

    @Override
    public void forEachStored(Consumer<Membership> sink) {
        store.forEachMembership(sink);
    }

    @Override
    public void forEachStoredValues(Consumer<Object[]> sink) {
        store.forEachMembershipRow(sink);
    }

    @Override
    public long countStored() {
        return store.count("membership");
    }

    @Override
    public Map<UUID, Membership> loadStored() {
        Map<UUID, Membership> all = new HashMap<>();
        store.forEachMembership(m -> all.put(m.id(), m));
        return all;
    }

    @Override
    public void validate(SectionCheck<Membership> check) {
        Map<UUID, Organization> organizations = check.merged(OrganizationSection.KEY);
        Map<UUID, Membership> merged = check.merged(KEY);
        Map<UUID, List<Membership>> byOrganization = new HashMap<>();
        for (Membership m : merged.values()) {
            byOrganization.computeIfAbsent(m.organizationId(), k -> new ArrayList<>(2)).add(m);
        }
        Set<UUID> incomingIds = new HashSet<>();
        check.incoming().forEach(in -> incomingIds.add(in.record().id()));
        for (Incoming<Membership> in : check.incoming()) {
            Membership m = in.record();
            Organization o = organizations.get(m.organizationId());
            if (o == null) {
                check.problem(in.path() + ".organizationId", messages.get("exchange.error.dangling",
                        m.organizationId(), messages.get("exchange.section.organizations")));
                continue;
            }
            if (m.to() != null && m.to().isBefore(m.from())) {
                check.problem(in.path() + ".to", messages.get("roster.error.periodEndsBeforeStart", m.from(), m.to()));
                continue;
            }
            if (!m.equals(merged.get(m.id()))) {
                continue; // the stored record is kept; this one will not be saved
            }
            for (Membership other : byOrganization.getOrDefault(m.organizationId(), List.of())) {
                // Each overlapping pair is reported once: at the incoming record with the smaller id.
                boolean reportHere = !incomingIds.contains(other.id()) || m.id().compareTo(other.id()) < 0;
                if (!other.id().equals(m.id()) && reportHere && m.overlaps(other)) {
                    rules.checkMemberships(o.acronym(), List.of(m, other)).stream()
                            .filter(p -> p.message().contains(o.acronym()))
                            .forEach(p -> check.problem(in.path(), p.message()));
                }
            }
        }
    }

    @Override
    public void saveAll(List<Membership> records) {
        store.saveMemberships(records);
    }
}
