package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.service.roster.RosterRules;
import org.untfsse.workbench.store.exchange.RosterBundleStore;

/** {@code organizations}: the task force's member and observer bodies. */
public final class OrganizationSection implements BundleSection<Organization> {

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
}
