package org.untfsse.workbench.cli.common;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliException;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code restore FILE | --latest}: puts a backup back in place of the database. */
@Command(name = "restore", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
public final class RestoreCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "restore.file")
    Path file;

    @Option(names = "--latest", descriptionKey = "restore.latest")
    boolean latest;

    private final CliServices services;
    private final PrintWriter out;

    public RestoreCommand(CliServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() {
        if ((file == null) == !latest) {
            throw new CliException(ExitCodes.INVALID_INPUT, services.messages().get("backup.restoreUsage"));
        }
        services.requireWriteAccess();
        Path restored = services.restore(latest ? null : file);
        out.println(services.messages().get("backup.restored", restored));
        return ExitCodes.OK;
    }
}
