package org.untfsse.workbench.service.exchange;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.untfsse.workbench.service.common.Problem;

/**
 * What a section sees when it validates an import: its incoming records (with their JSON paths),
 * the merged result of every section (stored records overlaid with the incoming records that win),
 * and where to report problems.
 *
 * <p>The large roster sections ({@link StreamedSection}: organizations, memberships, people) are not
 * held as records: ask {@link #exists} and {@link #label} about them. Their {@link #merged} map
 * answers {@code containsKey} only.
 */
public final class SectionCheck<T> {

    private final List<Incoming<T>> incoming;
    private final Map<String, Map<UUID, ?>> merged;
    private final Map<String, SectionFacts<?>> streamed;
    private final List<Problem> problems;

    SectionCheck(List<Incoming<T>> incoming, Map<String, Map<UUID, ?>> merged, List<Problem> problems) {
        this(incoming, merged, Map.of(), problems);
    }

    SectionCheck(List<Incoming<T>> incoming, Map<String, Map<UUID, ?>> merged, Map<String, SectionFacts<?>> streamed,
                 List<Problem> problems) {
        this.incoming = incoming;
        this.merged = merged;
        this.streamed = streamed;
        this.problems = problems;
    }

    public List<Incoming<T>> incoming() {
        return incoming;
    }

    /**
     * The merged records of section {@code key}, by id; empty when that section is not registered.
     * For a streamed section only {@code containsKey} works (the records are not held).
     */
    @SuppressWarnings("unchecked")
    public <U> Map<UUID, U> merged(String key) {
        SectionFacts<?> facts = streamed.get(key);
        if (facts != null) {
            return new StreamedView<>(key, facts);
        }
        return (Map<UUID, U>) merged.getOrDefault(key, Map.of());
    }

    /** True when section {@code key} takes part in this import (it is registered in this build). */
    public boolean hasSection(String key) {
        return merged.containsKey(key) || streamed.containsKey(key);
    }

    public boolean exists(String key, UUID id) {
        SectionFacts<?> facts = streamed.get(key);
        if (facts != null) {
            return facts.exists(id);
        }
        return merged.getOrDefault(key, Map.of()).containsKey(id);
    }

    /**
     * The label of the merged record {@code id} of a streamed section (an organization's acronym), or
     * null when the section keeps none or there is no such record.
     */
    public String label(String key, UUID id) {
        SectionFacts<?> facts = streamed.get(key);
        return facts == null || id == null ? null : facts.label(id);
    }

    public void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }

    /** A streamed section seen as a map: it knows which ids exist, not their records. */
    private static final class StreamedView<U> extends AbstractMap<UUID, U> {

        private final String key;
        private final SectionFacts<?> facts;

        StreamedView(String key, SectionFacts<?> facts) {
            this.key = key;
            this.facts = facts;
        }

        @Override
        public boolean containsKey(Object id) {
            return id instanceof UUID uuid && facts.exists(uuid);
        }

        @Override
        public U get(Object id) {
            throw unsupported();
        }

        @Override
        public Set<Entry<UUID, U>> entrySet() {
            throw unsupported();
        }

        private UnsupportedOperationException unsupported() {
            return new UnsupportedOperationException("The import does not hold the records of '" + key
                    + "': use SectionCheck.exists or SectionCheck.label");
        }
    }
}
