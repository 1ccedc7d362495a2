package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.service.rotation.RotationRules;
import org.untfsse.workbench.store.exchange.RotationBundleStore;

/**
 * {@code offices}: the offices that rotate — the built-in Chair, Co-Chair and Secretariat (the same
 * fixed ids on every laptop) and those the user added, with how many may hold each at once.
 */
public final class OfficeSection extends StoredRecordSection<Office> {

    public static final String KEY = "offices";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,40}");

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.id("id"),
            FieldSpec.text("code", 40),
            FieldSpec.text("name", FieldSpec.SHORT_TEXT),
            FieldSpec.integer("maxHolders", false),
            FieldSpec.bool("builtIn"),
            FieldSpec.integer("position", false),
            FieldSpec.instant("updatedAt"));

    private final RotationBundleStore store;
    private final RotationRules rules;

    public OfficeSection(RotationBundleStore store, Messages messages) {
        super(KEY, FIELDS, Office::id, Office::updatedAt, messages);
        this.store = store;
        this.rules = new RotationRules(messages);
    }

    @Override
    public String label(Office o) {
        return o.name();
    }

    @Override
    public Object[] values(Office o) {
        return new Object[] {o.id(), o.code(), o.name(), o.maxHolders(), o.builtIn(), o.position(), o.updatedAt()};
    }

    @Override
    public Office fromFields(RecordFields f) {
        return new Office(f.uuid("id"), f.text("code"), f.text("name"), Math.toIntExact(f.integer("maxHolders")),
                f.bool("builtIn"), Math.toIntExact(f.integer("position")), f.instant("updatedAt"));
    }

    @Override
    protected Office withoutStamp(Office o) {
        return o.withUpdatedAt(Instant.EPOCH);
    }

    @Override
    public void forEachStored(Consumer<Office> sink) {
        store.forEachOffice(sink);
    }

    @Override
    public long countStored() {
        return store.countOffices();
    }

    /** The built-in offices are in every database from its creation: they alone do not make it non-empty. */
    @Override
    public boolean holdsUserRecords() {
        return store.countUserOffices() > 0;
    }

    /**
     * The rules of adding an office in the Rotation view: a name, a unique code, one or two holders;
     * and an office that now allows fewer holders must still fit the terms held.
     */
    @Override
    public void validate(SectionCheck<Office> check) {
        Map<UUID, Office> merged = check.merged(KEY);
        Map<UUID, Office> stored = loadStored();
        Map<String, Long> byCode = new HashMap<>();
        merged.values().forEach(o -> byCode.merge(o.code().toUpperCase(Locale.ROOT), 1L, Long::sum));
        for (Incoming<Office> in : check.incoming()) {
            Office o = in.record();
            if (!CODE.matcher(o.code()).matches()) {
                check.problem(in.path() + ".code", messages.get("exchange.error.officeCode"));
            } else if (o.equals(merged.get(o.id())) && byCode.get(o.code().toUpperCase(Locale.ROOT)) > 1) {
                // Only what will be stored must be unique; a losing incoming record is checked on its own.
                check.problem(in.path() + ".code", messages.get("rotation.error.officeExists", o.code()));
            }
            if (o.name().isEmpty()) {
                check.problem(in.path() + ".name", messages.get("rotation.error.officeNameRequired"));
            }
            if (o.maxHolders() < 1 || o.maxHolders() > 2) {
                check.problem(in.path() + ".maxHolders", messages.get("rotation.error.maxHolders"));
            } else if (o.equals(merged.get(o.id())) && fewerHoldersThanStored(o, stored)) {
                termsStillFit(check, in.path() + ".maxHolders", o);
            }
        }
    }

    private static boolean fewerHoldersThanStored(Office o, Map<UUID, Office> stored) {
        Office before = stored.get(o.id());
        return before != null && o.maxHolders() < before.maxHolders();
    }

    /** An office allowing fewer holders than before must still fit the terms held (the Rotation view's rules). */
    private void termsStillFit(SectionCheck<Office> check, String path, Office office) {
        Map<UUID, RotationTerm> merged = check.merged(RotationTermSection.KEY);
        List<RotationTerm> terms = merged.values().stream().filter(t -> t.officeId().equals(office.id())).toList();
        Function<RotationTerm, String> acronym = t -> {
            String label = check.label(OrganizationSection.KEY, t.organizationId());
            return label == null ? "?" : label;
        };
        terms.stream().flatMap(t -> rules.check(t, office, office.name(), terms, acronym).stream()).findFirst()
                .ifPresent(p -> check.problem(path, p.message()));
    }

    @Override
    public void saveAll(List<Office> records) {
        store.saveOffices(records);
    }
}
