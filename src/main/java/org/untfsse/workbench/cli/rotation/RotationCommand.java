package org.untfsse.workbench.cli.rotation;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rotation}: groups the rotation's commands; alone, prints their list. */
@Command(name = "rotation", resourceBundle = "i18n.cli-rotation", mixinStandardHelpOptions = true)
public final class RotationCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final PrintWriter out;

    public RotationCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
    }
}
