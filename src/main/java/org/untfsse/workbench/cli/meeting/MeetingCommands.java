package org.untfsse.workbench.cli.meeting;

import java.io.PrintWriter;
import org.untfsse.workbench.cli.CliServices;
import picocli.CommandLine;

/** Builds the {@code meetings} and {@code minutes} command groups. */
public final class MeetingCommands {

    private MeetingCommands() {
    }

    public static CommandLine meetings(CliServices services, PrintWriter out) {
        return new CommandLine(new MeetingsCommand(out))
                .addSubcommand(new MeetingsListCommand(services, out))
                .addSubcommand(new MeetingsExportIcsCommand(services, out));
    }

    public static CommandLine minutes(CliServices services, PrintWriter out) {
        return new CommandLine(new MinutesCommand(out)).addSubcommand(new MinutesExportCommand(services, out));
    }
}
