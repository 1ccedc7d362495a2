package org.untfsse.workbench.cli.meeting;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliException;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.cli.ExitCodes;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.service.meeting.minutes.MinutesFormat;
import org.untfsse.workbench.service.meeting.minutes.MinutesOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code minutes export --meeting NUMBER|ID --format pdf|docx|html|md|json --out FILE [--no-contacts]}. */
@Command(name = "export", resourceBundle = "i18n.cli-meeting", mixinStandardHelpOptions = true)
public final class MinutesExportCommand implements Callable<Integer> {

    @Option(names = "--meeting", paramLabel = "NUMBER|ID", required = true, descriptionKey = "meeting")
    String meeting;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, descriptionKey = "format")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "out")
    Path outFile;

    @Option(names = "--no-contacts", descriptionKey = "no-contacts")
    boolean noContacts;

    private final CliServices services;
    private final PrintWriter out;

    public MinutesExportCommand(CliServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() {
        var m = services.messages();
        MinutesFormat chosen;
        try {
            chosen = MinutesFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, m.get("cli.minutes.unknownFormat", format));
        }
        Meeting found = services.meetings().resolve(meeting)
                .orElseThrow(() -> new CliException(ExitCodes.INVALID_INPUT, m.get("cli.minutes.noSuchMeeting", meeting)));
        services.minutes().export(found.id(), chosen, new MinutesOptions(!noContacts, null), outFile);
        out.println(m.get("cli.minutes.written", services.meetings().names().title(found), outFile));
        return 0;
    }
}
