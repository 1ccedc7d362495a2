package org.untfsse.workbench.cli.rotation;

import java.io.PrintWriter;
import org.untfsse.workbench.cli.CliServices;
import picocli.CommandLine;

/** The {@code rotation} command with its subcommands, ready to add to the root. */
public final class RotationCommands {

    private RotationCommands() {
    }

    public static CommandLine tree(CliServices services, PrintWriter out) {
        return new CommandLine(new RotationCommand(out))
                .addSubcommand(new RotationListCommand(services, out))
                .addSubcommand(new RotationAddCommand(services, out))
                .addSubcommand(new RotationExportIcsCommand(services, out));
    }
}
