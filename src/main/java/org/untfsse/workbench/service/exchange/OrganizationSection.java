package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.roster.RosterRules;
import org.untfsse.workbench.store.exchange.RecordLoad;
import org.untfsse.workbench.store.exchange.RosterBundleStore;

/** {@code organizations}: the task force's member and observer bodies. */
public final class OrganizationSection implements StreamedSection<Organization> {

    public static final String KEY = "organizations";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.id("id"),
            FieldSpec.text("acronym", 30),
            FieldSpec.text("name", FieldSpec.SHORT_TEXT),
            FieldSpec.enumOf("kind", OrganizationKind.class, false),
            FieldSpec.text("website", FieldSpec.SHORT_TEXT),
            FieldSpec.text("notes", FieldSpec.LONG_TEXT),
            FieldSpec.instant("updatedAt"));

    private static final Map<String, String> LABELS = Map.of(
            "roster.field.acronym", "acronym", "roster.field.name", "name", "roster.field.website", "website");

    private final RosterBundleStore store;
    private final RosterRules rules;
    private final Messages messages;

    public OrganizationSection(RosterBundleStore store, Messages messages) {
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
    public UUID id(Organization r) {
        return r.id();
    }

    @Override
    public Instant updatedAt(Organization r) {
        return r.updatedAt();
    }

    @Override
    public String label(Organization r) {
        return r.acronym();
    }

    @Override
    public Object[] values(Organization o) {
        return new Object[] {o.id(), o.acronym(), o.name(), o.kind(), o.website(), o.notes(), o.updatedAt()};
    }

    @Override
    public Organization fromFields(RecordFields f) {
        return new Organization(f.uuid("id"), f.text("acronym"), f.text("name"),
                f.enumValue("kind", OrganizationKind.class), f.text("website"), f.text("notes"), f.instant("updatedAt"));
    }

    @Override
    public boolean sameContent(Organization a, Organization b) {
        return a.withUpdatedAt(Instant.EPOCH).equals(b.withUpdatedAt(Instant.EPOCH));
    }

    @Override
    public void forEachStored(Consumer<Organization> sink) {
        store.forEachOrganization(sink);
    }

    @Override
    public void forEachStoredValues(Consumer<Object[]> sink) {
        store.forEachOrganizationRow(sink);
    }

    @Override
    public long countStored() {
        return store.count("organization");
    }

    @Override
    public Map<UUID, Organization> loadStored() {
        Map<UUID, Organization> all = new HashMap<>();
        store.forEachOrganization(o -> all.put(o.id(), o));
        return all;
    }

    @Override
    public void validate(SectionCheck<Organization> check) {
        Map<UUID, Organization> merged = check.merged(KEY);
        Map<String, List<Organization>> byAcronym = new HashMap<>();
        for (Organization o : merged.values()) {
            byAcronym.computeIfAbsent(fold(o.acronym()), k -> new ArrayList<>(1)).add(o);
        }
        for (Incoming<Organization> in : check.incoming()) {
            Organization o = in.record();
            // Uniqueness matters only for what will be stored; a losing incoming record is checked on its own.
            boolean stored = o.equals(merged.get(o.id()));
            Optional<Organization> same = stored
                    ? byAcronym.getOrDefault(fold(o.acronym()), List.of()).stream()
                            .filter(other -> !other.id().equals(o.id())).findFirst()
                    : Optional.empty();
            RuleProblems.report(rules.checkOrganization(o, same), in, messages, LABELS, check);
        }
    }

    /** SQLite's NOCASE, which keeps acronyms unique, folds ASCII letters only; so does this. */
    private static String fold(String acronym) {
        char[] chars = acronym.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    @Override
    public void saveAll(List<Organization> records) {
        store.saveOrganizations(records);
    }

    @Override
    public Map<UUID, Organization> storedWith(Collection<UUID> ids) {
        Map<UUID, Organization> out = new HashMap<>();
        store.forEachOrganization(ids, o -> out.put(o.id(), o));
        return out;
    }

    @Override
    public boolean storedHas(UUID id) {
        return store.exists("organization", id);
    }

    @Override
    public RecordLoad<Organization> load() {
        return store.organizationLoad();
    }

    @Override
    public SectionFacts<Organization> newFacts() {
        return new Facts(this);
    }

    /**
     * The acronym of each organization in the merged result — the incoming ones it holds, by index,
     * and the stored ones not replaced, with their ids — for the unique-acronym rule, for
     * references from other sections and for the acronym in their messages.
     */
    private static final class Facts extends SectionFacts<Organization> {

        private final OrganizationSection organizations;
        /** By index in the section; null for a record the merged result does not hold. */
        private final List<String> acronyms = new ArrayList<>();
        /** Stored id → row in {@link #storedAcronyms} and {@link #storedIds}. */
        private final UuidIndex stored = new UuidIndex();
        private final List<String> storedAcronyms = new ArrayList<>();
        private final LongColumns storedIds = new LongColumns(2);

        Facts(OrganizationSection section) {
            super(section);
            this.organizations = section;
        }

        @Override
        void record(Incoming<Organization> in, Organization o, boolean inMerged, SectionCheck<Organization> check) {
            RuleProblems.report(organizations.rules.checkOrganization(o, Optional.empty()), in, organizations.messages,
                    LABELS, check);
            int index = (int) (incoming.get(o.id()) & 0xFFFF_FFFFL);
            while (acronyms.size() <= index) {
                acronyms.add(null);
            }
            acronyms.set(index, inMerged ? o.acronym() : null);
        }

        @Override
        void storedRows() {
            organizations.store.forEachOrganization(o -> {
                if (!inMerged(o.id())) {
                    stored.putIfAbsent(o.id(), storedAcronyms.size());
                    storedAcronyms.add(o.acronym());
                    storedIds.add(o.id().getMostSignificantBits(), o.id().getLeastSignificantBits());
                }
            });
        }

        @Override
        boolean exists(UUID id) {
            return incoming.contains(id) || stored.contains(id);
        }

        @Override
        String label(UUID id) {
            if (inMerged(id)) {
                return acronyms.get((int) (incoming.get(id) & 0xFFFF_FFFFL));
            }
            long row = stored.get(id);
            return row < 0 ? null : storedAcronyms.get((int) row);
        }

        /** Owners of an acronym: an incoming record's index (≥ 0) or -1 - a stored row. */
        @Override
        void check(SectionCheck<Organization> check, Records<Organization> records) {
            Map<String, long[]> owners = new HashMap<>();
            for (int i = 0; i < acronyms.size(); i++) {
                if (acronyms.get(i) != null) {
                    own(owners, acronyms.get(i), i);
                }
            }
            for (int row = 0; row < storedAcronyms.size(); row++) {
                own(owners, storedAcronyms.get(row), -1L - row);
            }
            Map<Integer, Long> taken = new TreeMap<>();
            for (int i = 0; i < acronyms.size(); i++) {
                if (acronyms.get(i) != null) {
                    long[] two = owners.get(fold(acronyms.get(i)));
                    long other = two[0] == i ? two[1] : two[0];
                    if (other != Long.MIN_VALUE) {
                        taken.put(i, other);
                    }
                }
            }
            if (taken.isEmpty()) {
                return;
            }
            // Rare: read the names the messages give.
            Set<Integer> incomingOthers = new HashSet<>();
            List<UUID> storedOthers = new ArrayList<>();
            taken.values().forEach(o -> {
                if (o >= 0) {
                    incomingOthers.add(o.intValue());
                } else {
                    int row = (int) (-1L - o);
                    storedOthers.add(new UUID(storedIds.get(row, 0), storedIds.get(row, 1)));
                }
            });
            Map<Integer, Organization> fromBundle = records.at(incomingOthers);
            Map<UUID, Organization> fromStore = organizations.storedWith(storedOthers);
            taken.forEach((i, o) -> {
                Organization other = o >= 0 ? fromBundle.get(o.intValue())
                        : fromStore.get(new UUID(storedIds.get((int) (-1L - o), 0), storedIds.get((int) (-1L - o), 1)));
                Problem problem = new Problem(organizations.messages.get("roster.field.acronym"), organizations.messages
                        .get("roster.error.acronymTaken", other.acronym(), other.name()));
                RuleProblems.report(List.of(problem), path(KEY, i), organizations.messages, LABELS, check);
            });
        }

        private static void own(Map<String, long[]> owners, String acronym, long owner) {
            long[] two = owners.computeIfAbsent(fold(acronym), k -> new long[] {Long.MIN_VALUE, Long.MIN_VALUE});
            if (two[0] == Long.MIN_VALUE) {
                two[0] = owner;
            } else if (two[1] == Long.MIN_VALUE) {
                two[1] = owner;
            }
        }
    }
}
