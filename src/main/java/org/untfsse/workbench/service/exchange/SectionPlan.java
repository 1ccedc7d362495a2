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
    /** No base was stored for this section before (its first import): {@link #bases} need no upsert. */
    boolean noBasesYet;

    private SectionPlan(BundleSection<T> section, Map<UUID, T> stored) {
        this.section = section;
        this.merged = stored;
    }

    static <T> SectionPlan<T> plan(BundleSection<T> section, List<Incoming<T>> records, Map<UUID, Instant> knownBases,
                                   Instant lastExport, ImportPreview preview, DuplicateIds duplicates) {
        SectionPlan<T> plan = new SectionPlan<>(section, new HashMap<>(section.loadStored()));
        preview.section(section.key());
        plan.noBasesYet = knownBases.isEmpty();
        for (Incoming<T> in : records) {
            if (duplicates.isDuplicate(section.key(), section.id(in.record()), in)) {
                continue;
            }
            plan.merge(in, knownBases, lastExport, preview);
        }
        return plan;
    }

    private void merge(Incoming<T> in, Map<UUID, Instant> knownBases, Instant lastExport, ImportPreview preview) {
        T record = in.record();
        UUID id = section.id(record);
        T local = merged.get(id);
        if (local != null && in.personalOmitted()) {
            record = section.withPersonalFieldsOf(record, local);
        }
        Instant theirs = section.updatedAt(record);
        incoming.add(record == in.record() ? in : in.with(record));
        Instant knownBase = knownBases.get(id);
        if (!theirs.equals(knownBase)) {
            bases.add(new Base(section.key(), id, theirs));
        }
        if (local == null) {
            take(record, preview, ChangeKind.ADDED, in, null);
            return;
        }
        Instant ours = section.updatedAt(local);
        if (section.sameContent(record, local)) {
            preview.add(section.key(), ChangeKind.UNCHANGED, null);
            return;
        }
        Instant base = later(knownBase, lastExport);
        boolean bothChanged = base == null || (ours.isAfter(base) && theirs.isAfter(base));
        boolean theirsNewer = theirs.isAfter(ours);
        if (bothChanged) {
            RecordChange change = new RecordChange(section.key(), id, section.label(theirsNewer ? record : local),
                    in.path(), ChangeKind.CONFLICT, theirsNewer, ours, theirs);
            preview.add(section.key(), ChangeKind.CONFLICT, change);
            if (theirsNewer) {
                merged.put(id, record);
                toSave.add(record);
            }
        } else if (theirsNewer) {
            take(record, preview, ChangeKind.UPDATED, in, ours);
        } else {
            preview.add(section.key(), ChangeKind.UNCHANGED, null);
        }
    }

    private void take(T record, ImportPreview preview, ChangeKind kind, Incoming<T> in, Instant ours) {
        UUID id = section.id(record);
        merged.put(id, record);
        toSave.add(record);
        // Only the first few added and updated records are listed: the rest are counted, not described.
        RecordChange change = preview.listsMore() ? new RecordChange(section.key(), id, section.label(record), in.path(),
                kind, true, ours, section.updatedAt(record)) : null;
        preview.add(section.key(), kind, change);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
