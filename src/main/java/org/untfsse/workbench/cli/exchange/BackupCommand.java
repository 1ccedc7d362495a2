package org.untfsse.workbench.cli.exchange;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup --out FILE}: a consistent copy of the database while it stays in use. */
@Command(name = "backup", resourceBundle = "i18n.cli-exchange", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "out")
    Path out;

    private final CliServices services;
    private final PrintWriter console;

    BackupCommand(CliServices services, PrintWriter console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        services.exchange().backup(out);
        console.println(services.messages().get("exchange.backup.done", out));
        return 0;
    }
}
