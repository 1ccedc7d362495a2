package org.untfsse.workbench.cli.archive;

import java.io.PrintWriter;
import org.untfsse.workbench.cli.CliServices;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code archive}: the parent of the archive commands; alone, it prints their list. */
@Command(name = "archive", resourceBundle = "i18n.cli-archive", mixinStandardHelpOptions = true)
public final class ArchiveCommand implements Runnable {

    private final PrintWriter out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public ArchiveCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
    }

    /** The command with all its subcommands, ready to add to the root. */
    public static CommandLine tree(CliServices services, PrintWriter out) {
        return new CommandLine(new ArchiveCommand(out))
                .addSubcommand(new ArchiveAddCommand(services, out))
                .addSubcommand(new ArchiveSearchCommand(services, out))
                .addSubcommand(new ArchiveVerifyCommand(services, out))
                .addSubcommand(new ArchiveGenerateCommand(services, out))
                .addSubcommand(new ArchiveBenchmarkCommand(services, out));
    }
}
