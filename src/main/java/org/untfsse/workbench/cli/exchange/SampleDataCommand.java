package org.untfsse.workbench.cli.exchange;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.exchange.ChangeKind;
import org.untfsse.workbench.service.exchange.ImportPreview;
import picocli.CommandLine.Command;

/** {@code sample-data}: loads the shipped public facts through the importer (a merge: safe to repeat). */
@Command(name = "sample-data", resourceBundle = "i18n.cli-exchange", mixinStandardHelpOptions = true)
final class SampleDataCommand implements Callable<Integer> {

    private final CliServices services;
    private final PrintWriter console;

    SampleDataCommand(CliServices services, PrintWriter console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        services.requireWriteAccess();
        ImportPreview preview = services.exchange().loadSampleData(Progress.NONE);
        PreviewText.print(preview, services.messages(), console);
        console.println(services.messages().get("exchange.sample.done", preview.total(ChangeKind.ADDED)));
        return 0;
    }
}
