package org.untfsse.workbench.cli.roster;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code roster}: groups the roster's commands; alone, prints their list. */
@Command(name = "roster", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
public final class RosterCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final PrintWriter out;

    public RosterCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
    }
}
