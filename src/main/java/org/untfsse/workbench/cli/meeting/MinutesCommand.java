package org.untfsse.workbench.cli.meeting;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code minutes}: groups the minutes commands; alone, prints their list. */
@Command(name = "minutes", resourceBundle = "i18n.cli-meeting", mixinStandardHelpOptions = true)
public final class MinutesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final PrintWriter out;

    public MinutesCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
    }
}
