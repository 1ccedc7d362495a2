package org.untfsse.workbench.cli.exchange;

import java.io.PrintWriter;
import org.untfsse.workbench.cli.CliServices;
import picocli.CommandLine;

/** Adds the exchange commands (export, import, backup, verify, sample-data) to the command tree. */
public final class ExchangeCommands {

    private ExchangeCommands() {
    }

    public static void register(CommandLine root, CliServices services, PrintWriter out) {
        root.addSubcommand(new ExportCommand(services, out));
        root.addSubcommand(new ImportCommand(services, out));
        root.addSubcommand(new BackupCommand(services, out));
        root.addSubcommand(new VerifyCommand(services, out));
        root.addSubcommand(new SampleDataCommand(services, out));
    }
}
