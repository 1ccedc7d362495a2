package org.untfsse.workbench.cli.exchange;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.exchange.VerifyReport;
import picocli.CommandLine.Command;

/** {@code verify}: PRAGMA integrity_check plus the registered checks (archive file hashes); exit 1 on any problem. */
@Command(name = "verify", resourceBundle = "i18n.cli-exchange", mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {

    private final CliServices services;
    private final PrintWriter console;

    VerifyCommand(CliServices services, PrintWriter console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        VerifyReport report = services.exchange().verify(Progress.NONE);
        var m = services.messages();
        console.println(m.get("exchange.verify.database", report.databaseCheck()));
        for (Problem p : report.problems()) {
            console.println(p);
        }
        if (report.ok()) {
            console.println(m.get("exchange.verify.ok", 0));
            return 0;
        }
        console.println(m.get("exchange.verify.failed", report.problems().size() + ("ok".equals(report.databaseCheck()) ? 0 : 1)));
        return 1;
    }
}
