package org.untfsse.workbench.service.exchange;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.untfsse.workbench.store.exchange.RecordLoad;

/**
 * A section large enough (a million-record roster) that the import does not hold its records: it
 * reads the bundle again for each step ({@link StreamedImport}), looks stored records up by id in
 * batches, and keeps only compact facts ({@link SectionFacts}) for the rules between records.
 * Other sections see it through {@link SectionCheck#exists} and {@link SectionCheck#label}.
 *
 * @param <T> the model record
 */
interface StreamedSection<T> extends BundleSection<T> {

    /** The stored records with these ids (those that exist). */
    Map<UUID, T> storedWith(Collection<UUID> ids);

    /** True when a record with this id is stored. */
    boolean storedHas(UUID id);

    /**
     * Writes batches of records (the bulk load when the table is empty), each with its
     * {@code updatedAt} as its merge base: an import writes only the records it takes, and a record
     * taken from a bundle has the base it came with.
     */
    RecordLoad<T> load();

    /** A new, empty collector of the facts the section's rules between records need. */
    SectionFacts<T> newFacts();
}
