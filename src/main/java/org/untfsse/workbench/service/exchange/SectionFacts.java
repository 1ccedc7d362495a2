package org.untfsse.workbench.service.exchange;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a {@link StreamedSection} keeps while its records stream past: per incoming record its id
 * and index in the bundle (two {@code long}s and one, in a {@link UuidIndex}), plus whatever compact
 * facts its rules between records need (an acronym, an organization id, a period). Never the
 * records themselves.
 *
 * @param <T> the model record
 */
abstract class SectionFacts<T> {

    /** Set in an index value when the merged result holds the incoming record (it wins or equals the stored one). */
    static final long IN_MERGED = 1L << 32;

    /** Reads the given records (by index in the section) again from the bundle: for a message naming one. */
    interface Records<T> {
        Map<Integer, T> at(Set<Integer> indexes);
    }

    final StreamedSection<T> section;
    /** Incoming id → index in the section, with {@link #IN_MERGED}. */
    final UuidIndex incoming = new UuidIndex();

    SectionFacts(StreamedSection<T> section) {
        this.section = section;
    }

    /** The rules on one incoming record alone, and the facts kept of it. Called once per incoming record. */
    abstract void record(Incoming<T> in, T record, boolean inMerged, SectionCheck<T> check);

    /** After every incoming record: reads what it needs of the stored records (streamed, not kept). */
    void storedRows() {
    }

    /** The rules between records, on the merged result, once every section has read its facts. */
    abstract void check(SectionCheck<T> check, Records<T> records);

    /** True when the merged result holds a record with this id (stored or incoming). */
    boolean exists(UUID id) {
        return incoming.contains(id) || section.storedHas(id);
    }

    /** The merged record's {@link BundleSection#label}, where the section keeps it (null otherwise). */
    String label(UUID id) {
        return null;
    }

    boolean inMerged(UUID id) {
        long value = incoming.get(id);
        return value >= 0 && (value & IN_MERGED) != 0;
    }

    static String path(String section, long index) {
        return "$." + section + "[" + (int) index + "]";
    }
}
