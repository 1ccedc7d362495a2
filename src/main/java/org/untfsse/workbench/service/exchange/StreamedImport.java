package org.untfsse.workbench.service.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.store.exchange.BundleBaseStore;
import org.untfsse.workbench.store.exchange.BundleBaseStore.Base;
import org.untfsse.workbench.store.exchange.RecordLoad;

/**
 * The import of the large sections ({@link StreamedSection}) without holding their records. The
 * bundle was read once already (syntax, schema, each record's fields: {@link BundleReader}); then:
 *
 * <ol>
 * <li>{@link #plan} (a preview) or {@link #planAndWrite} (an import, inside its transaction): read
 * again, the parsing on a second thread ({@link ReadAheadThread}); per batch of {@value #BATCH}
 * records, look the stored copies and bases up by id, merge each record as {@link SectionPlan#decide}
 * does (counted and listed in the preview, conflicts recorded), check it alone, and keep its compact
 * facts ({@link SectionFacts}); duplicate ids are found in the facts. An import writes each batch's
 * winners at once (the bulk load for an empty table) with their bases.</li>
 * <li>{@link #check}: the rules between records, on the facts of the merged result. A problem throws
 * before the commit, so the import's transaction rolls back and nothing is written.</li>
 * <li>{@link #finishWrites}: the indexes the bulk loads dropped are built again.</li>
 * </ol>
 *
 * Memory: a batch of records, plus per record of these sections its id and the few facts the rules
 * need — not the records, stored or incoming.
 */
final class StreamedImport {

    static final int BATCH = 500;

    private final List<StreamedSection<?>> sections;
    private final BundleBaseStore bases;
    private final Messages messages;
    /** The bundle as read and checked (set by {@link #readAndWrite} when this import reads it once). */
    private ParsedBundle bundle;
    private final Instant lastExport;
    private final Map<String, SectionFacts<?>> facts = new LinkedHashMap<>();
    /** The bulk loads begun by {@link #planAndWrite}, whose indexes {@link #finishWrites} builds again. */
    private final List<RecordLoad<?>> loads = new ArrayList<>();

    StreamedImport(List<StreamedSection<?>> sections, BundleBaseStore bases, Messages messages, ParsedBundle bundle,
                   Instant lastExport) {
        this.sections = sections;
        this.bases = bases;
        this.messages = messages;
        this.bundle = bundle;
        this.lastExport = lastExport;
    }

    /** The facts of every streamed section, by key (what {@link SectionCheck} asks). */
    Map<String, SectionFacts<?>> facts() {
        return facts;
    }

    /** Step 1: merge every record against the store into {@code preview}; per-record problems and duplicates into {@code problems}. */
    void plan(ImportPreview preview, List<Problem> problems) {
        Map<String, MergeBatch<?>> batches = new LinkedHashMap<>();
        for (StreamedSection<?> section : sections) {
            batches.put(section.key(), planBatch(section, preview, problems));
        }
        reread(batches);
        for (SectionFacts<?> f : facts.values()) {
            f.storedRows();
        }
    }

    private <T> MergeBatch<T> planBatch(StreamedSection<T> section, ImportPreview preview, List<Problem> problems) {
        SectionFacts<T> sectionFacts = section.newFacts();
        facts.put(section.key(), sectionFacts);
        SectionCheck<T> check = new SectionCheck<>(List.of(), Map.of(), facts, problems);
        return batch(section, preview, (in, outcome) -> {
            UUID id = section.id(outcome.record());
            if (outcome.inMerged()) {
                sectionFacts.incoming.set(id, sectionFacts.incoming.get(id) | SectionFacts.IN_MERGED);
            }
            sectionFacts.record(in, outcome.record(), outcome.inMerged(), check);
        }, in -> {
            long first = sectionFacts.incoming.putIfAbsent(section.id(in.record()), index(in));
            if (first < 0) {
                return true;
            }
            problems.add(new Problem(in.path() + ".id", messages.get("exchange.error.duplicateId",
                    section.id(in.record()), SectionFacts.path(section.key(), first & 0xFFFF_FFFFL))));
            return false;
        });
    }

    /** Step 2: the rules between records of each streamed section. */
    void check(Map<String, Map<UUID, ?>> merged, List<Problem> problems) {
        for (StreamedSection<?> section : sections) {
            check(section, merged, problems);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void check(StreamedSection<T> section, Map<String, Map<UUID, ?>> merged, List<Problem> problems) {
        SectionFacts<T> f = (SectionFacts<T>) facts.get(section.key());
        f.check(new SectionCheck<>(List.of(), merged, facts, problems), indexes -> recordsAt(section, indexes));
    }

    /** Reads the records at these indexes of {@code section} from the bundle again. */
    private <T> Map<Integer, T> recordsAt(StreamedSection<T> section, Set<Integer> indexes) {
        Map<Integer, T> out = new HashMap<>();
        Map<String, Consumer<Incoming<?>>> sinks = Map.of(section.key(), in -> {
            if (indexes.contains(index(in))) {
                out.put(index(in), cast(in));
            }
        });
        readAgain(sinks);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Incoming<?> in) {
        return (T) in.record();
    }

    /**
     * The import's steps 1 and 3 in one reading (a preview only runs {@link #plan}): each batch is
     * merged, counted, checked alone and its facts kept exactly as {@link #plan} does, and its
     * winners are written (the bulk load for an empty table) with their bases at once, inside the
     * import's transaction. The caller then runs {@link #check} and the rules of the other sections,
     * and only then {@link #finishWrites}: any problem throws before the commit, so the transaction
     * rolls back and nothing is written. This saves a whole reading of the file.
     *
     * <p>Sections are written in section order (a membership's organization before it): in one
     * reading when the file lists them in that order (as an export does), else one reading per
     * section.
     */
    void planAndWrite(ImportPreview preview, List<Problem> problems) {
        Map<String, MergeBatch<?>> batches = new LinkedHashMap<>();
        List<SectionFacts<?>> storedToRead = beginWrites(batches, preview, problems);
        for (List<String> reading : readingsInSectionOrder()) {
            Map<String, MergeBatch<?>> some = new LinkedHashMap<>();
            reading.forEach(key -> some.put(key, batches.get(key)));
            reread(some);
        }
        try {
            bundle.source.checkUnchanged(); // a change during the last reading would be written otherwise
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        storedToRead.forEach(SectionFacts::storedRows);
    }

    /**
     * The import's single reading ({@link BundleImporter#importInOneReading}): {@code reader} reads
     * and checks every section of the file, keeping the small sections' records, while each batch of
     * the large sections is merged, checked alone and written as in {@link #planAndWrite}. The
     * sections are written in the file's order: a file that lists people before their organizations
     * makes SQLite refuse a row (the caller then imports it section by section). Returns what the
     * reader returned; its problems are the caller's to throw, which rolls the writes back.
     */
    ParsedBundle readAndWrite(BundleReader reader, InputStream in, ImportPreview preview, List<Problem> problems)
            throws IOException {
        Map<String, MergeBatch<?>> batches = new LinkedHashMap<>();
        List<SectionFacts<?>> storedToRead = beginWrites(batches, preview, problems);
        bundle = ReadAheadThread.read(reader, in, sinks(batches), false);
        if (bundle.problems.isEmpty()) {
            batches.values().forEach(MergeBatch::flush);
            storedToRead.forEach(SectionFacts::storedRows);
        }
        return bundle;
    }

    /** A batch per section that plans and writes; returns the facts whose stored rows are to be read once written. */
    private List<SectionFacts<?>> beginWrites(Map<String, MergeBatch<?>> batches, ImportPreview preview,
                                              List<Problem> problems) {
        List<SectionFacts<?>> storedToRead = new ArrayList<>();
        for (StreamedSection<?> section : sections) {
            // Read after the writes, a table that was empty before would list just the incoming records.
            boolean emptyBefore = section.countStored() == 0;
            batches.put(section.key(), planAndWriteBatch(section, preview, problems));
            if (!emptyBefore) {
                storedToRead.add(facts.get(section.key()));
            }
        }
        return storedToRead;
    }

    /** The keys of the streamed sections in the bundle, grouped by reading: all in one when the file has them in section order. */
    private List<List<String>> readingsInSectionOrder() {
        List<String> sectionOrder = sections.stream().map(BundleSection::key).filter(bundle.counts::containsKey).toList();
        List<String> fileOrder = bundle.counts.keySet().stream().filter(sectionOrder::contains).toList();
        return fileOrder.equals(sectionOrder) ? List.of(sectionOrder) : sectionOrder.stream().map(List::of).toList();
    }

    /** Builds the indexes that the bulk loads of {@link #planAndWrite} dropped: once every check has passed. */
    void finishWrites() {
        loads.forEach(RecordLoad::finish);
        loads.clear();
    }

    private <T> MergeBatch<T> planAndWriteBatch(StreamedSection<T> section, ImportPreview preview, List<Problem> problems) {
        MergeBatch<T> planning = planBatch(section, preview, problems);
        MergeBatch<T> writing = writeBatch(section, loads);
        MergeBatch<T> both = batch(section, preview, (in, outcome) -> {
            planning.step.accept(in, outcome);
            writing.step.accept(in, outcome);
        }, planning.admit);
        both.afterBatch = writing.afterBatch;
        return both;
    }

    private <T> MergeBatch<T> writeBatch(StreamedSection<T> section, List<RecordLoad<?>> loads) {
        RecordLoad<T> load = section.load();
        loads.add(load);
        List<T> toSave = new ArrayList<>();
        List<Base> newBases = new ArrayList<>();
        List<T> received = new ArrayList<>();
        MergeBatch<T> batch = batch(section, null, (in, outcome) -> {
            T record = outcome.record();
            received.add(in.record());
            if (outcome.taken()) {
                toSave.add(record); // written with its updatedAt as its base (StreamedSection#load)
            } else if (outcome.newBase()) {
                newBases.add(new Base(section.key(), section.id(record), section.updatedAt(record)));
            }
        }, in -> true);
        batch.afterBatch = () -> {
            load.write(toSave);
            bases.saveBases(newBases);
            section.received(received);
            toSave.clear();
            newBases.clear();
            received.clear();
        };
        return batch;
    }

    private void reread(Map<String, MergeBatch<?>> batches) {
        ParsedBundle again = readAgain(sinks(batches));
        batches.values().forEach(MergeBatch::flush);
        for (String key : batches.keySet()) {
            if (!again.counts.getOrDefault(key, 0L).equals(bundle.counts.getOrDefault(key, 0L))) {
                throw changed();
            }
        }
    }

    /** Each section's records into its batch; a section's last batch goes before the next section's first (its references). */
    private static Map<String, Consumer<Incoming<?>>> sinks(Map<String, MergeBatch<?>> batches) {
        Map<String, Consumer<Incoming<?>>> sinks = new LinkedHashMap<>();
        MergeBatch<?>[] current = new MergeBatch<?>[1];
        batches.forEach((key, batch) -> sinks.put(key, in -> {
            if (current[0] != batch) {
                if (current[0] != null) {
                    current[0].flush();
                }
                current[0] = batch;
            }
            batch.add(in);
        }));
        return sinks;
    }

    private ParsedBundle readAgain(Map<String, Consumer<Incoming<?>>> sinks) {
        List<BundleSection<?>> read = sections.stream().filter(s -> sinks.containsKey(s.key()))
                .<BundleSection<?>>map(s -> s).toList();
        try (InputStream in = bundle.source.open()) {
            ParsedBundle again = ReadAheadThread.read(new BundleReader(read, messages), in, sinks, true);
            if (!again.problems.isEmpty()) {
                throw changed();
            }
            return again;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ValidationException changed() {
        return new ValidationException(List.of(new Problem("$", messages.get("exchange.error.changedWhileReading"))));
    }

    private static int index(Incoming<?> in) {
        return in.index();
    }

    private <T> MergeBatch<T> batch(StreamedSection<T> section, ImportPreview preview, MergeBatch.Step<T> step,
                                    Predicate<Incoming<T>> admit) {
        return new MergeBatch<>(section, preview, step, admit, bases, lastExport);
    }
}
