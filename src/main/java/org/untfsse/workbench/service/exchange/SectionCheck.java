package org.untfsse.workbench.service.exchange;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.untfsse.workbench.service.common.Problem;

/**
 * What a section sees when it validates an import: its incoming records (with their JSON paths),
 * the merged result of every section (stored records overlaid with the incoming records that win),
 * and where to report problems.
 */
public final class SectionCheck<T> {

    private final List<Incoming<T>> incoming;
    private final Map<String, Map<UUID, ?>> merged;
    private final List<Problem> problems;

    SectionCheck(List<Incoming<T>> incoming, Map<String, Map<UUID, ?>> merged, List<Problem> problems) {
        this.incoming = incoming;
        this.merged = merged;
        this.problems = problems;
    }

    public List<Incoming<T>> incoming() {
        return incoming;
    }

    /** The merged records of section {@code key}, by id; empty when that section is not registered. */
    @SuppressWarnings("unchecked")
    public <U> Map<UUID, U> merged(String key) {
        return (Map<UUID, U>) merged.getOrDefault(key, Map.of());
    }

    /** True when section {@code key} takes part in this import (it is registered in this build). */
    public boolean hasSection(String key) {
        return merged.containsKey(key);
    }

    public boolean exists(String key, UUID id) {
        return merged.getOrDefault(key, Map.of()).containsKey(id);
    }

    public void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }
}
