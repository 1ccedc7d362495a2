package org.untfsse.workbench.service.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;

/** Finds records that appear twice in one section of a bundle. */
final class DuplicateIds {

    private final Map<String, Map<UUID, Incoming<?>>> seen = new HashMap<>();
    private final List<Problem> problems;
    private final Messages messages;

    DuplicateIds(List<Problem> problems, Messages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** True (and reported) when {@code id} was already seen in {@code section}. */
    boolean isDuplicate(String section, UUID id, Incoming<?> record) {
        Incoming<?> first = seen.computeIfAbsent(section, k -> new HashMap<>()).putIfAbsent(id, record);
        if (first == null) {
            return false;
        }
        problems.add(new Problem(record.path() + ".id", messages.get("exchange.error.duplicateId", id, first.path())));
        return true;
    }
}
