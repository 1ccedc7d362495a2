package org.untfsse.workbench.cli.meeting;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code meetings}: groups the meeting commands; alone, prints their list. */
@Command(name = "meetings", resourceBundle = "i18n.cli-meeting", mixinStandardHelpOptions = true)
public final class MeetingsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final PrintWriter out;

    public MeetingsCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
    }
}
