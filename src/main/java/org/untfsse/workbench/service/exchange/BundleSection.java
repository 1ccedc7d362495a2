package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One kind of record in the bundle (organizations, memberships, people; later rotation terms,
 * meetings with their nested parts, documents). Adding a kind of record to the bundle means
 * writing one implementation and registering it in {@code AppContext}; the exporter, reader,
 * merge, preview and JSON Schema work from this description alone.
 *
 * <p>Every method that touches the store is called inside the caller's transaction.
 *
 * @param <T> the model record
 */
public interface BundleSection<T> {

    /** The top-level JSON key, one of {@link BundleFormat#SECTION_ORDER}. */
    String key();

    /** The record's fields in the order they are written; also the source of the JSON Schema fragment. */
    List<FieldSpec> fields();

    UUID id(T record);

    Instant updatedAt(T record);

    /** A short name an officer recognises in the preview (acronym, person's name, meeting title). */
    String label(T record);

    /** The record's values in {@link #fields()} order (nested arrays as {@code List<Object[]>}). */
    Object[] values(T record);

    /** Builds the record from checked values; every required field is present and of its type. */
    T fromFields(RecordFields fields);

    /** Equal apart from {@code updatedAt}. */
    boolean sameContent(T a, T b);

    /** For an incoming record written without personal fields: the same record with the local ones. */
    default T withPersonalFieldsOf(T incoming, T local) {
        return incoming;
    }

    /** Streams every stored record in the section's stable export order (by id unless stated). */
    void forEachStored(Consumer<T> sink);

    /**
     * Streams every stored record as its {@link #values} (same order as {@link #forEachStored}), for
     * export. Override to hand the store's columns straight through when their text is already the
     * canonical JSON form (ISO dates and instants, lower-case UUIDs, enum names): the writer calls
     * {@code toString()} on every value that is not a number, boolean or nested array, and writes a
     * {@code byte[]} as UTF-8 text as it is (escaped, not decoded).
     */
    default void forEachStoredValues(Consumer<Object[]> sink) {
        forEachStored(record -> sink.accept(values(record)));
    }

    long countStored();

    /** False while the section holds only what every new database has (e.g. the built-in offices): a first start. */
    default boolean holdsUserRecords() {
        return countStored() > 0;
    }

    /** Every stored record by id, for the merge. */
    Map<UUID, T> loadStored();

    /** References to other records and business rules, on the merged result; problems go to {@code check}. */
    void validate(SectionCheck<T> check);

    /** Inserts or replaces the given records (added, updated, or conflicts the incoming side won). */
    void saveAll(List<T> records);

    /**
     * Called after {@link #saveAll} with every record the bundle held for this section, kept or
     * not, e.g. to keep a number counter ahead of the numbers received.
     */
    default void received(List<T> records) {
    }
}
