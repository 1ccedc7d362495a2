package org.untfsse.workbench.cli.exchange.mail;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mail}: groups the e-mail draft commands; alone, prints their list. */
@Command(name = "mail", resourceBundle = "i18n.cli-mail", mixinStandardHelpOptions = true)
public final class MailCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final PrintWriter out;

    public MailCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void run() {
        spec.commandLine().usage(out);
    }
}
