package org.untfsse.workbench.cli.exchange;

import java.io.PrintWriter;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.exchange.ChangeKind;
import org.untfsse.workbench.service.exchange.ImportPreview;
import org.untfsse.workbench.service.exchange.RecordChange;

/** Prints an import's counts per section and every conflict with what was kept. */
final class PreviewText {

    private PreviewText() {
    }

    static void print(ImportPreview preview, Messages m, PrintWriter out) {
        for (String section : preview.sections()) {
            out.println(m.get("exchange.summary.section", m.get("exchange.section." + section),
                    preview.count(section, ChangeKind.ADDED), preview.count(section, ChangeKind.UPDATED),
                    preview.count(section, ChangeKind.UNCHANGED), preview.count(section, ChangeKind.CONFLICT)));
        }
        for (RecordChange c : preview.conflicts()) {
            out.println(conflictLine(c, m));
        }
        if (preview.filesAdded() > 0) {
            out.println(m.get("exchange.summary.files", preview.filesAdded()));
        }
        if (preview.changesNothing()) {
            out.println(m.get("exchange.summary.nothing"));
        }
    }

    static String conflictLine(RecordChange c, Messages m) {
        return m.get("exchange.conflict.line", m.get("exchange.section." + c.section()), c.label(), c.id(),
                c.localUpdatedAt(), c.incomingUpdatedAt(),
                m.get(c.keptIncoming() ? "exchange.conflict.keptIncoming" : "exchange.conflict.keptLocal"));
    }
}
