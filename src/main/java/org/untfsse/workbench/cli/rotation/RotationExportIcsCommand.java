package org.untfsse.workbench.cli.rotation;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.service.rotation.HandoverCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rotation export-ics --out FILE}: the handover dates as an iCalendar file. */
@Command(name = "export-ics", resourceBundle = "i18n.cli-rotation", mixinStandardHelpOptions = true)
public final class RotationExportIcsCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "out")
    Path outFile;

    private final CliServices services;
    private final PrintWriter out;

    public RotationExportIcsCommand(CliServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        var rotation = services.rotation();
        new HandoverCalendar(services.messages(), rotation).export(outFile, services.now());
        out.println(services.messages().get("rotation.cli.exported", rotation.handovers().size(), outFile));
        return 0;
    }
}
