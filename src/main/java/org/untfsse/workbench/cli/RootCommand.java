package org.untfsse.workbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level command. {@code --data-dir} is read by the launcher before the command runs;
 * it is declared here so that it is accepted and shown in the help.
 */
@Command(name = WorkbenchCli.NAME, mixinStandardHelpOptions = true, resourceBundle = "i18n.cli",
        versionProvider = VersionProvider.class, usageHelpAutoWidth = true)
final class RootCommand implements Runnable {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "data-dir")
    java.nio.file.Path dataDir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
