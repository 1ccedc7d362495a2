package org.untfsse.workbench.cli.exchange;

import java.io.PrintWriter;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.exchange.ImportPreview;
import org.untfsse.workbench.service.exchange.PreviewSummary;

/** Prints an import's counts per section and every conflict with what was kept. */
final class PreviewText {

    private PreviewText() {
    }

    static void print(ImportPreview preview, Messages m, PrintWriter out) {
        PreviewSummary.lines(preview, m).forEach(out::println);
    }
}
