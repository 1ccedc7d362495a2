package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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
import org.untfsse.workbench.store.exchange.RecordLoad;
import org.untfsse.workbench.store.exchange.RosterBundleStore;

/** {@code memberships}: each organization's status (member / observer) over time. */
public final class MembershipSection implements StreamedSection<Membership> {

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

    @Override
    public Map<UUID, Membership> storedWith(Collection<UUID> ids) {
        Map<UUID, Membership> out = new HashMap<>();
        store.forEachMembership(ids, m -> out.put(m.id(), m));
        return out;
    }

    @Override
    public boolean storedHas(UUID id) {
        return store.exists("membership", id);
    }

    @Override
    public RecordLoad<Membership> load() {
        return store.membershipLoad();
    }

    @Override
    public SectionFacts<Membership> newFacts() {
        return new Facts(this);
    }

    /**
     * Per membership of the merged result and per incoming one: id, organization id, status and
     * period (eight longs), for the dangling reference, the period's order and the overlap rule.
     */
    private static final class Facts extends SectionFacts<Membership> {

        private static final int ID_HIGH = 0;
        private static final int ID_LOW = 1;
        private static final int ORG_HIGH = 2;
        private static final int ORG_LOW = 3;
        private static final int STATUS = 4;
        private static final int FROM = 5;
        private static final int TO = 6;
        /** Index in the section (≥ 0), or -1 for a stored record; plus {@link #IN_MERGED}. */
        private static final int ORIGIN = 7;
        private static final long NO_END = Long.MAX_VALUE;
        private static final MembershipStatus[] STATUSES = MembershipStatus.values();

        private final MembershipSection memberships;
        private final LongColumns rows = new LongColumns(8);

        Facts(MembershipSection section) {
            super(section);
            this.memberships = section;
        }

        @Override
        void record(Incoming<Membership> in, Membership m, boolean inMerged, SectionCheck<Membership> check) {
            long index = incoming.get(m.id()) & 0xFFFF_FFFFL;
            add(m, inMerged ? index | IN_MERGED : index);
        }

        @Override
        void storedRows() {
            if (incoming.size() == 0) {
                return; // no incoming membership to check against the stored ones
            }
            memberships.store.forEachMembership(m -> {
                if (!inMerged(m.id())) {
                    add(m, -1);
                }
            });
        }

        private void add(Membership m, long origin) {
            rows.add(m.id().getMostSignificantBits(), m.id().getLeastSignificantBits(),
                    m.organizationId().getMostSignificantBits(), m.organizationId().getLeastSignificantBits(),
                    m.status().ordinal(), m.from().toEpochDay(), m.to() == null ? NO_END : m.to().toEpochDay(), origin);
        }

        private Membership membership(int row) {
            long to = rows.get(row, TO);
            return new Membership(new UUID(rows.get(row, ID_HIGH), rows.get(row, ID_LOW)),
                    new UUID(rows.get(row, ORG_HIGH), rows.get(row, ORG_LOW)), STATUSES[(int) rows.get(row, STATUS)],
                    LocalDate.ofEpochDay(rows.get(row, FROM)), to == NO_END ? null : LocalDate.ofEpochDay(to), Instant.EPOCH);
        }

        private boolean isIncoming(int row) {
            return rows.get(row, ORIGIN) >= 0;
        }

        private boolean isMerged(int row) {
            return !isIncoming(row) || (rows.get(row, ORIGIN) & IN_MERGED) != 0;
        }

        @Override
        void check(SectionCheck<Membership> check, Records<Membership> records) {
            Messages messages = memberships.messages;
            boolean[] candidate = new boolean[rows.size()];
            for (int row = 0; row < rows.size(); row++) {
                if (!isIncoming(row)) {
                    continue;
                }
                UUID organization = organization(row);
                if (!check.exists(OrganizationSection.KEY, organization)) {
                    check.problem(path(row) + ".organizationId", messages.get("exchange.error.dangling",
                            organization, messages.get("exchange.section.organizations")));
                } else if (rows.get(row, TO) < rows.get(row, FROM)) {
                    Membership m = membership(row);
                    check.problem(path(row) + ".to", messages.get("roster.error.periodEndsBeforeStart", m.from(), m.to()));
                } else {
                    candidate[row] = isMerged(row);
                }
            }
            // The merged memberships of each organization, chained through next[] in row order:
            // first holds each organization's first row. No sort, no boxed row numbers.
            UuidIndex first = new UuidIndex();
            int[] next = new int[rows.size()];
            for (int row = rows.size() - 1; row >= 0; row--) {
                if (!isMerged(row)) {
                    continue;
                }
                UUID organization = organization(row);
                long head = first.putIfAbsent(organization, row);
                next[row] = (int) head;
                if (head >= 0) {
                    first.set(organization, row);
                }
            }
            for (int row = 0; row < rows.size(); row++) {
                if (candidate[row]) {
                    overlaps(check, (int) first.get(organization(row)), next, row);
                }
            }
        }

        private UUID organization(int row) {
            return new UUID(rows.get(row, ORG_HIGH), rows.get(row, ORG_LOW));
        }

        private String path(int row) {
            return SectionFacts.path(KEY, rows.get(row, ORIGIN) & 0xFFFF_FFFFL);
        }

        /** The periods of two rows share a day (as {@link Membership#overlaps}, on the stored epoch days). */
        private boolean periodsOverlap(int a, int b) {
            return rows.get(a, FROM) <= rows.get(b, TO) && rows.get(b, FROM) <= rows.get(a, TO);
        }

        /** Each overlapping pair is reported once: at the incoming record with the smaller id. */
        private void overlaps(SectionCheck<Membership> check, int head, int[] next, int row) {
            Membership m = null;
            String acronym = null;
            for (int j = head; j >= 0; j = next[j]) {
                if (j == row || !periodsOverlap(row, j)) {
                    continue;
                }
                m = m == null ? membership(row) : m;
                Membership other = membership(j);
                boolean reportHere = !incoming.contains(other.id()) || m.id().compareTo(other.id()) < 0;
                if (!other.id().equals(m.id()) && reportHere && m.overlaps(other)) {
                    if (acronym == null) {
                        acronym = check.label(OrganizationSection.KEY, m.organizationId());
                    }
                    String named = acronym;
                    String path = path(row);
                    memberships.rules.checkMemberships(named, List.of(m, other)).stream()
                            .filter(p -> p.message().contains(named))
                            .forEach(p -> check.problem(path, p.message()));
                }
            }
        }
    }
}
