package org.untfsse.workbench.service.exchange;

import java.util.List;
import java.util.Map;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;

/**
 * Turns problems from a feature's rules (where = a field's label, as the views show it) into
 * problems at a JSON path ({@code $.people[3].email}).
 */
final class RuleProblems {

    private RuleProblems() {
    }

    /** {@code labelKeys}: message key of a field label → the JSON field name. */
    static void report(List<Problem> found, String recordPath, Messages messages, Map<String, String> labelKeys,
                       SectionCheck<?> check) {
        for (Problem p : found) {
            String field = labelKeys.entrySet().stream().filter(e -> messages.get(e.getKey()).equals(p.where()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            check.problem(field == null ? recordPath : recordPath + "." + field, p.message());
        }
    }

    /** As above, at the record's path (spelled out only when there is a problem). */
    static void report(List<Problem> found, Incoming<?> record, Messages messages, Map<String, String> labelKeys,
                       SectionCheck<?> check) {
        if (!found.isEmpty()) {
            report(found, record.path(), messages, labelKeys, check);
        }
    }
}
