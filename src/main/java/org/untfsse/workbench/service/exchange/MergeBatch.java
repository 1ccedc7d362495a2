package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.untfsse.workbench.store.exchange.BundleBaseStore;

/**
 * One section's records of a streamed reading ({@link StreamedImport}), collected into batches of
 * {@value StreamedImport#BATCH}: per batch the stored copies and merge bases are looked up by id,
 * each record is merged as {@link SectionPlan#decide} merges it, and {@link #step} does with it
 * what the reading is for (keep its facts, write it, or both); {@link #afterBatch} runs once the
 * batch is through.
 *
 * @param <T> the model record
 */
final class MergeBatch<T> {

    /** What one reading does with each merged record of a section. */
    interface Step<T> {
        void accept(Incoming<T> in, SectionPlan.Outcome<T> outcome);
    }

    private final StreamedSection<T> section;
    private final ImportPreview preview;
    final Step<T> step;
    final Predicate<Incoming<T>> admit;
    private final BundleBaseStore bases;
    private final Instant lastExport;
    private final boolean storedEmpty;
    private final boolean noBases;
    private final List<Incoming<T>> pending = new ArrayList<>(StreamedImport.BATCH);
    Runnable afterBatch = () -> { };

    /**
     * {@code preview}: where the merge is counted (null: a scratch one per batch, when writing);
     * {@code admit}: false for a record not to merge (a duplicate id, reported by the caller).
     */
    MergeBatch(StreamedSection<T> section, ImportPreview preview, Step<T> step, Predicate<Incoming<T>> admit,
               BundleBaseStore bases, Instant lastExport) {
        this.section = section;
        this.preview = preview;
        this.step = step;
        this.admit = admit;
        this.bases = bases;
        this.lastExport = lastExport;
        this.storedEmpty = section.countStored() == 0;
        this.noBases = !bases.hasBases(section.key());
    }

    @SuppressWarnings("unchecked")
    void add(Incoming<?> record) {
        Incoming<T> in = (Incoming<T>) record;
        if (!admit.test(in)) {
            return;
        }
        pending.add(in);
        if (pending.size() == StreamedImport.BATCH) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<UUID> ids = pending.stream().map(in -> section.id(in.record())).toList();
        Map<UUID, T> stored = storedEmpty ? Map.of() : section.storedWith(ids);
        Map<UUID, Instant> known = noBases ? Map.of() : bases.bases(section.key(), ids);
        ImportPreview counted = preview == null ? new ImportPreview() : preview;
        for (Incoming<T> in : pending) {
            UUID id = section.id(in.record());
            SectionPlan.Outcome<T> outcome = SectionPlan.decide(section, in, stored.get(id), known.get(id),
                    lastExport, counted);
            step.accept(outcome.record() == in.record() ? in : in.with(outcome.record()), outcome);
        }
        pending.clear();
        afterBatch.run();
    }
}
