package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.service.rotation.RotationRules;
import org.untfsse.workbench.store.exchange.RotationBundleStore;

/**
 * {@code rotationTerms}: who held which office when. Checked on the merged result with the
 * Rotation view's own rules ({@link RotationRules}: no end before the start, a single-holder office
 * never overlapping itself, no more holders at once than the office allows).
 */
public final class RotationTermSection extends StoredRecordSection<RotationTerm> {

    public static final String KEY = "rotationTerms";
    /** The meetings section, checked only when this build has it. */
    static final String MEETINGS = "meetings";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.id("id"),
            FieldSpec.reference("officeId", false),
            FieldSpec.reference("organizationId", false),
            FieldSpec.reference("personId", true),
            FieldSpec.optionalText("personName", FieldSpec.SHORT_TEXT),
            FieldSpec.date("start", false),
            FieldSpec.date("end", true),
            FieldSpec.reference("decidedAtMeetingId", true),
            FieldSpec.text("notes", FieldSpec.LONG_TEXT),
            FieldSpec.instant("updatedAt"));

    private static final Map<String, String> LABELS = Map.of("rotation.field.end", "end");

    private final RotationBundleStore store;
    private final RotationRules rules;

    public RotationTermSection(RotationBundleStore store, Messages messages) {
        super(KEY, FIELDS, RotationTerm::id, RotationTerm::updatedAt, messages);
        this.store = store;
        this.rules = new RotationRules(messages);
    }

    @Override
    public String label(RotationTerm t) {
        return t.start() + (t.end() == null ? " –" : " – " + t.end());
    }

    @Override
    public Object[] values(RotationTerm t) {
        return new Object[] {t.id(), t.officeId(), t.organizationId(), t.personId(), t.personName(), t.start(), t.end(),
                t.decidedAtMeetingId(), t.notes(), t.updatedAt()};
    }

    @Override
    public RotationTerm fromFields(RecordFields f) {
        return new RotationTerm(f.uuid("id"), f.uuid("officeId"), f.uuid("organizationId"), f.uuid("personId"),
                f.text("personName"), f.date("start"), f.date("end"), f.uuid("decidedAtMeetingId"), f.text("notes"),
                f.instant("updatedAt"));
    }

    @Override
    protected RotationTerm withoutStamp(RotationTerm t) {
        return t.withUpdatedAt(Instant.EPOCH);
    }

    @Override
    public void forEachStored(Consumer<RotationTerm> sink) {
        store.forEachTerm(sink);
    }

    @Override
    public long countStored() {
        return store.countTerms();
    }

    @Override
    public void validate(SectionCheck<RotationTerm> check) {
        Map<UUID, Office> offices = check.merged(OfficeSection.KEY);
        Map<UUID, RotationTerm> merged = check.merged(KEY);
        Map<UUID, List<RotationTerm>> byOffice = new HashMap<>();
        merged.values().forEach(t -> byOffice.computeIfAbsent(t.officeId(), k -> new ArrayList<>()).add(t));
        Function<RotationTerm, String> acronym = t -> {
            String label = check.label(OrganizationSection.KEY, t.organizationId());
            return label == null ? "?" : label;
        };
        for (Incoming<RotationTerm> in : check.incoming()) {
            RotationTerm t = in.record();
            String path = in.path();
            boolean known = checkReference(check, path + ".officeId", OfficeSection.KEY, t.officeId());
            known &= checkReference(check, path + ".organizationId", OrganizationSection.KEY, t.organizationId());
            checkReference(check, path + ".personId", PersonSection.KEY, t.personId());
            checkReference(check, path + ".decidedAtMeetingId", MEETINGS, t.decidedAtMeetingId());
            if (!known) {
                continue;
            }
            Office office = offices.get(t.officeId());
            // Overlaps matter only for what will be stored; a losing incoming term is checked on its own.
            List<RotationTerm> sameOffice = t.equals(merged.get(t.id()))
                    ? byOffice.getOrDefault(t.officeId(), List.of()) : List.of();
            RuleProblems.report(rules.check(t, office, officeLabel(office), sameOffice, acronym), path, messages, LABELS,
                    check);
        }
    }

    /** As the Rotation view names it: built-in offices in the user's language. */
    private String officeLabel(Office office) {
        String key = "rotation.office." + office.code();
        return office.builtIn() && messages.has(key) ? messages.get(key) : office.name();
    }

    @Override
    public void saveAll(List<RotationTerm> records) {
        store.saveTerms(records);
    }
}
