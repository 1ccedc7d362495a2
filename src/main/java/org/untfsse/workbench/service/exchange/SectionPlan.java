package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.untfsse.workbench.store.exchange.BundleBaseStore.Base;

/**
 * The merge of one section: which incoming records win, and the merged result (stored records
 * overlaid with the winners) that the rules check before anything is written.
 *
 * <p>The rule, per record matched by id: equal content → unchanged. Otherwise each side "changed
 * since the copies diverged" when its {@code updatedAt} is later than the base — the
 * {@code updatedAt} last received for that record in a bundle, or, for a record never received,
 * the instant of this database's last export (no base at all: both count as changed). Both
 * changed → a conflict. Either way the newer {@code updatedAt} wins; on a tie this copy is kept.
 */
final class SectionPlan<T> {

    final BundleSection<T> section;
    final List<Incoming<T>> incoming = new ArrayList<>();
    final Map<UUID, T> merged;
    final List<T> toSave = new ArrayList<>();
    final List<Base> bases = new ArrayList<>();

    private SectionPlan(BundleSection<T> section, Map<UUID, T> stored) {
        this.section = section;
        this.merged = stored;
    }

    static <T> SectionPlan<T> plan(BundleSection<T> section, List<Incoming<T>> records, Map<UUID, Instant> knownBases,
                                   Instant lastExport, ImportPreview preview, DuplicateIds duplicates) {
        SectionPlan<T> plan = new SectionPlan<>(section, new HashMap<>(section.loadStored()));
        preview.section(section.key());
        for (Incoming<T> in : records) {
            if (duplicates.isDuplicate(section.key(), section.id(in.record()), in)) {
                continue;
            }
            plan.merge(in, knownBases, lastExport, preview);
        }
        return plan;
    }

    private void merge(Incoming<T> in, Map<UUID, Instant> knownBases, Instant lastExport, ImportPreview preview) {
        UUID id = section.id(in.record());
        Outcome<T> outcome = decide(section, in, merged.get(id), knownBases.get(id), lastExport, preview);
        T record = outcome.record();
        incoming.add(record == in.record() ? in : in.with(record));
        if (outcome.newBase()) {
            bases.add(new Base(section.key(), id, section.updatedAt(record)));
        }
        if (outcome.taken()) {
            merged.put(id, record);
            toSave.add(record);
        }
    }

    /**
     * What the merge does with one incoming record.
     *
     * @param record   the incoming record, completed with the local contact fields when the bundle left them out
     * @param taken    it wins: it is written
     * @param inMerged the merged result holds this very record (it wins, or it equals the stored one)
     * @param newBase  its {@code updatedAt} is to be kept as the record's base
     */
    record Outcome<T>(T record, boolean taken, boolean inMerged, boolean newBase) {
    }

    /**
     * The rule above for one incoming record against its stored copy ({@code local}, or null), counted
     * (and listed or recorded as a conflict) in {@code preview}. Used by the in-memory plan and by
     * the streamed import alike.
     */
    static <T> Outcome<T> decide(BundleSection<T> section, Incoming<T> in, T local, Instant knownBase,
                                 Instant lastExport, ImportPreview preview) {
        T record = in.record();
        if (local != null && in.personalOmitted()) {
            record = section.withPersonalFieldsOf(record, local);
        }
        Instant theirs = section.updatedAt(record);
        boolean newBase = !theirs.equals(knownBase);
        if (local == null) {
            take(section, record, preview, ChangeKind.ADDED, in, null);
            return new Outcome<>(record, true, true, newBase);
        }
        Instant ours = section.updatedAt(local);
        boolean identical = record.equals(local);
        if (section.sameContent(record, local)) {
            preview.add(section.key(), ChangeKind.UNCHANGED, null);
            return new Outcome<>(record, false, identical, newBase);
        }
        Instant base = later(knownBase, lastExport);
        boolean bothChanged = base == null || (ours.isAfter(base) && theirs.isAfter(base));
        boolean theirsNewer = theirs.isAfter(ours);
        if (bothChanged) {
            RecordChange change = new RecordChange(section.key(), section.id(record),
                    section.label(theirsNewer ? record : local), in.path(), ChangeKind.CONFLICT, theirsNewer, ours, theirs);
            preview.add(section.key(), ChangeKind.CONFLICT, change);
            return new Outcome<>(record, theirsNewer, theirsNewer || identical, newBase);
        }
        if (theirsNewer) {
            take(section, record, preview, ChangeKind.UPDATED, in, ours);
            return new Outcome<>(record, true, true, newBase);
        }
        preview.add(section.key(), ChangeKind.UNCHANGED, null);
        return new Outcome<>(record, false, identical, newBase);
    }

    private static <T> void take(BundleSection<T> section, T record, ImportPreview preview, ChangeKind kind,
                                 Incoming<T> in, Instant ours) {
        // Only the first few added and updated records are listed: the rest are counted, not described.
        RecordChange change = preview.listsMore() ? new RecordChange(section.key(), section.id(record),
                section.label(record), in.path(), kind, true, ours, section.updatedAt(record)) : null;
        preview.add(section.key(), kind, change);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
