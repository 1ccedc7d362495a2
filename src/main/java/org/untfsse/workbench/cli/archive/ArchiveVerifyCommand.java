package org.untfsse.workbench.cli.archive;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.cli.ExitCodes;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.archive.VerifyReport;
import org.untfsse.workbench.service.common.Progress;
import picocli.CommandLine.Command;

/** {@code archive verify}: checks every archived file against its hash; exit 1 when any is missing or altered. */
@Command(name = "verify", resourceBundle = "i18n.cli-archive", mixinStandardHelpOptions = true)
public final class ArchiveVerifyCommand implements Callable<Integer> {

    private final CliServices services;
    private final PrintWriter out;

    public ArchiveVerifyCommand(CliServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() {
        Messages m = services.messages();
        VerifyReport report = services.archive().verify(Progress.NONE);
        if (report.isClean()) {
            out.println(m.get("archive.cli.verifyClean", report.filesChecked()));
            return ExitCodes.OK;
        }
        out.println(m.get("archive.cli.verifyProblems", report.filesChecked(), report.problems().size()));
        for (VerifyReport.FileProblem p : report.problems()) {
            out.println(m.get("archive.cli.verify." + p.kind(), p.fileName(), p.sha256(), p.documentTitles()));
        }
        return ExitCodes.FAILURE;
    }
}
