package org.untfsse.workbench.cli.meeting;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.service.meeting.MeetingCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code meetings export-ics --out FILE}: the meetings as an iCalendar file. */
@Command(name = "export-ics", resourceBundle = "i18n.cli-meeting", mixinStandardHelpOptions = true)
public final class MeetingsExportIcsCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "out")
    Path outFile;

    private final CliServices services;
    private final PrintWriter out;

    public MeetingsExportIcsCommand(CliServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() {
        new MeetingCalendar(services.meetings(), java.time.Clock.systemUTC()).export(outFile);
        out.println(services.messages().get("cli.meeting.icsWritten", services.meetings().meetings().size(), outFile));
        return 0;
    }
}
