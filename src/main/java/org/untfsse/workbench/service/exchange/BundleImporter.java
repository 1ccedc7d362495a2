package org.untfsse.workbench.service.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.store.exchange.BundleBaseStore;

/**
 * Plans the merge of a read bundle against the store, checks references and business rules on the
 * merged result, and writes the winners. The large roster sections go through {@link StreamedImport}
 * (their records are read again from the bundle, never all held); the others are held in memory.
 * Call {@link #plan} inside a read (a preview) and {@link #importAll} inside the import's write
 * transaction.
 */
final class BundleImporter {

    /** The checked merge of every section, ready to write. */
    record Plan(List<SectionPlan<?>> sections, StreamedImport streamed, ImportPreview preview) {
    }

    private final List<BundleSection<?>> sections;
    private final BundleBaseStore bases;
    private final Messages messages;

    BundleImporter(List<BundleSection<?>> sections, BundleBaseStore bases, Messages messages) {
        this.sections = sections;
        this.bases = bases;
        this.messages = messages;
    }

    /** The merge and its checks, nothing written (a preview). @throws ValidationException with every problem found, at its JSON path */
    Plan plan(ParsedBundle bundle) {
        return plan(bundle, false);
    }

    /** What an import did: the preview of what it changed, and how many records the bundle held. */
    record Imported(ImportPreview preview, long records) {
    }

    /**
     * The import, inside the caller's write transaction, from a bundle already read and checked
     * once: the same merge and checks as {@link #plan}, with the large sections' winners written
     * during their reading ({@link StreamedImport#planAndWrite}), then the other sections' winners.
     *
     * @throws ValidationException with every problem found, at its JSON path, before anything is
     *         committed: the caller's transaction rolls back
     */
    Imported importAll(ParsedBundle bundle) {
        return write(plan(bundle, true), bundle);
    }

    /**
     * The import in a single reading of the file, inside the caller's write transaction: every
     * section is checked as {@link BundleReader} checks it while the large sections are merged and
     * written as they are read ({@link StreamedImport#readAndWrite}); then the same checks and
     * writes as {@link #importAll}. The file's problems, like the merge's, throw before the commit.
     * A file that lists a section before the one it refers to (people before their organizations)
     * makes SQLite refuse a row: the caller then imports it with {@link #importAll}, which reads such
     * a file section by section.
     *
     * @throws ValidationException with every problem found, at its JSON path, before anything is
     *         committed: the caller's transaction rolls back
     */
    Imported importInOneReading(ParsedBundle.BundleSource source) throws IOException {
        Instant lastExport = bases.lastExport().orElse(null);
        ImportPreview preview = newPreview();
        List<Problem> problems = new ArrayList<>();
        StreamedImport streamed = new StreamedImport(large(), bases, messages, null, lastExport);
        ParsedBundle bundle;
        try (InputStream in = source.open()) {
            bundle = streamed.readAndWrite(new BundleReader(sections, messages), in, preview, problems);
        }
        bundle.source = source;
        ValidationException.throwIfAny(bundle.problems);
        source.checkUnchanged();
        return write(planSmallSections(bundle, streamed, lastExport, preview, problems), bundle);
    }

    private Imported write(Plan plan, ParsedBundle bundle) {
        plan.streamed().finishWrites();
        for (SectionPlan<?> section : plan.sections()) {
            save(section);
            bases.saveBases(section.bases);
        }
        return new Imported(plan.preview(), bundle.recordCount());
    }

    private Plan plan(ParsedBundle bundle, boolean write) {
        List<Problem> problems = new ArrayList<>(bundle.problems);
        ValidationException.throwIfAny(problems);
        Instant lastExport = bases.lastExport().orElse(null);
        ImportPreview preview = newPreview();
        // The large sections first (they come first in the bundle's order): streamed, not held.
        StreamedImport streamed = new StreamedImport(large(), bases, messages, bundle, lastExport);
        if (write) {
            streamed.planAndWrite(preview, problems);
        } else {
            streamed.plan(preview, problems);
        }
        return planSmallSections(bundle, streamed, lastExport, preview, problems);
    }

    private ImportPreview newPreview() {
        ImportPreview preview = new ImportPreview();
        sections.forEach(s -> preview.section(s.key()));
        return preview;
    }

    private List<StreamedSection<?>> large() {
        return sections.stream().filter(s -> s instanceof StreamedSection<?>)
                .<StreamedSection<?>>map(s -> (StreamedSection<?>) s).toList();
    }

    /** The sections held in memory merged, then the rules of every section; throws with every problem. */
    private Plan planSmallSections(ParsedBundle bundle, StreamedImport streamed, Instant lastExport,
                                   ImportPreview preview, List<Problem> problems) {
        DuplicateIds duplicates = new DuplicateIds(problems, messages);
        List<SectionPlan<?>> plans = new ArrayList<>();
        Map<String, Map<UUID, ?>> merged = new HashMap<>();
        for (BundleSection<?> section : sections) {
            if (section instanceof StreamedSection<?>) {
                continue;
            }
            SectionPlan<?> plan = planSection(section, bundle, lastExport, preview, duplicates);
            plans.add(plan);
            merged.put(section.key(), plan.merged);
        }
        streamed.check(merged, problems);
        for (SectionPlan<?> plan : plans) {
            validate(plan, merged, streamed.facts(), problems);
        }
        ValidationException.throwIfAny(problems);
        return new Plan(plans, streamed, preview);
    }

    private <T> SectionPlan<T> planSection(BundleSection<T> section, ParsedBundle bundle, Instant lastExport,
                                           ImportPreview preview, DuplicateIds duplicates) {
        return SectionPlan.plan(section, bundle.incoming(section), bases.bases(section.key()), lastExport, preview,
                duplicates);
    }

    private static <T> void validate(SectionPlan<T> plan, Map<String, Map<UUID, ?>> merged,
                                     Map<String, SectionFacts<?>> streamed, List<Problem> problems) {
        plan.section.validate(new SectionCheck<>(plan.incoming, merged, streamed, problems));
    }

    private static <T> void save(SectionPlan<T> plan) {
        plan.section.saveAll(plan.toSave);
        plan.section.received(plan.incoming.stream().map(Incoming::record).toList());
    }
}
