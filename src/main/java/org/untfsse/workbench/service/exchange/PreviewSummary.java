package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.untfsse.workbench.i18n.Messages;

/** An import preview in words, one line each: counts per section, every conflict with what was kept. */
public final class PreviewSummary {

    private PreviewSummary() {
    }

    /** Everything, for the command line: counts per section, every conflict, files, "nothing to change". */
    public static List<String> lines(ImportPreview preview, Messages m) {
        List<String> lines = new ArrayList<>(sectionCounts(preview, m));
        lines.addAll(conflicts(preview, m));
        lines.addAll(outcome(preview, m));
        return lines;
    }

    /** The counts per section, then files added and "nothing to change" (the window lists conflicts apart). */
    public static List<String> counts(ImportPreview preview, Messages m) {
        List<String> lines = new ArrayList<>(sectionCounts(preview, m));
        lines.addAll(outcome(preview, m));
        return lines;
    }

    /** One line per conflict, with what was kept; times as ISO instants. */
    public static List<String> conflicts(ImportPreview preview, Messages m) {
        return conflicts(preview, m, Instant::toString);
    }

    /** One line per conflict, with what was kept; times written by {@code when} (the window: local, in words). */
    public static List<String> conflicts(ImportPreview preview, Messages m, Function<Instant, String> when) {
        return preview.conflicts().stream().map(c -> conflictLine(c, m, when)).toList();
    }

    private static List<String> sectionCounts(ImportPreview preview, Messages m) {
        List<String> lines = new ArrayList<>();
        for (String section : preview.sections()) {
            lines.add(m.get("exchange.summary.section", m.get("exchange.section." + section),
                    preview.count(section, ChangeKind.ADDED), preview.count(section, ChangeKind.UPDATED),
                    preview.count(section, ChangeKind.UNCHANGED), preview.count(section, ChangeKind.CONFLICT)));
        }
        return lines;
    }

    private static List<String> outcome(ImportPreview preview, Messages m) {
        List<String> lines = new ArrayList<>();
        if (preview.filesAdded() > 0) {
            lines.add(m.get("exchange.summary.files", preview.filesAdded()));
        }
        if (preview.changesNothing()) {
            lines.add(m.get("exchange.summary.nothing"));
        }
        return lines;
    }

    public static String conflictLine(RecordChange c, Messages m) {
        return conflictLine(c, m, Instant::toString);
    }

    private static String conflictLine(RecordChange c, Messages m, Function<Instant, String> when) {
        return m.get("exchange.conflict.line", m.get("exchange.section." + c.section()), c.label(), c.id(),
                when.apply(c.localUpdatedAt()), when.apply(c.incomingUpdatedAt()),
                m.get(c.keptIncoming() ? "exchange.conflict.keptIncoming" : "exchange.conflict.keptLocal"));
    }
}
