package org.untfsse.workbench.service.exchange;

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

    /**
     * The import, inside the caller's write transaction: the same merge and checks as {@link #plan},
     * with the large sections' winners written during their reading ({@link StreamedImport#planAndWrite}),
     * then the other sections' winners.
     *
     * @throws ValidationException with every problem found, at its JSON path, before anything is
     *         committed: the caller's transaction rolls back
     */
    ImportPreview importAll(ParsedBundle bundle) {
        Plan plan = plan(bundle, true);
        plan.streamed().finishWrites();
        for (SectionPlan<?> section : plan.sections()) {
            save(section);
            bases.saveBases(section.bases);
        }
        return plan.preview();
    }

    private Plan plan(ParsedBundle bundle, boolean write) {
        List<Problem> problems = new ArrayList<>(bundle.problems);
        ValidationException.throwIfAny(problems);
        Instant lastExport = bases.lastExport().orElse(null);
        ImportPreview preview = new ImportPreview();
        sections.forEach(s -> preview.section(s.key()));
        // The large sections first (they come first in the bundle's order): streamed, not held.
        List<StreamedSection<?>> large = sections.stream().filter(s -> s instanceof StreamedSection<?>)
                .<StreamedSection<?>>map(s -> (StreamedSection<?>) s).toList();
        StreamedImport streamed = new StreamedImport(large, bases, messages, bundle, lastExport);
        if (write) {
            streamed.planAndWrite(preview, problems);
        } else {
            streamed.plan(preview, problems);
        }
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
