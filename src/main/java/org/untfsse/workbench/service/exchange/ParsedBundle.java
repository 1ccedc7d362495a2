package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.untfsse.workbench.service.common.Problem;

/** A bundle read and checked field by field: its records by section key, and every problem found. */
final class ParsedBundle {

    Instant exportedAt;
    final Map<String, List<Incoming<?>>> records = new LinkedHashMap<>();
    final List<Problem> problems;

    ParsedBundle(List<Problem> problems) {
        this.problems = problems;
    }

    @SuppressWarnings("unchecked")
    <T> List<Incoming<T>> incoming(BundleSection<T> section) {
        return (List<Incoming<T>>) (List<?>) records.getOrDefault(section.key(), List.of());
    }

    long recordCount() {
        return records.values().stream().mapToLong(List::size).sum();
    }
}
