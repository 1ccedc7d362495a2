package org.untfsse.workbench.service.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.untfsse.workbench.service.common.Problem;

/**
 * A bundle read and checked field by field: its records by section key (not those of the streamed
 * sections, which are only counted), and every problem found.
 */
final class ParsedBundle {

    Instant exportedAt;
    final Map<String, List<Incoming<?>>> records = new LinkedHashMap<>();
    /** Records read per section key, in the order the sections appear in the file. */
    final Map<String, Long> counts = new LinkedHashMap<>();
    final List<Problem> problems;
    /** Where to read the bundle again (a streamed import reads its large sections more than once). */
    BundleSource source;

    /** Opens the bundle again, for one more reading of its streamed sections. */
    interface BundleSource {
        InputStream open() throws IOException;

        /** Fails the import when the file has changed since its first reading (checked by each {@link #open}, and after the last reading). */
        default void checkUnchanged() throws IOException {
        }
    }

    ParsedBundle(List<Problem> problems) {
        this.problems = problems;
    }

    @SuppressWarnings("unchecked")
    <T> List<Incoming<T>> incoming(BundleSection<T> section) {
        return (List<Incoming<T>>) (List<?>) records.getOrDefault(section.key(), List.of());
    }

    long recordCount() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
