package org.untfsse.workbench.cli.exchange;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.exchange.ImportPreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import FILE.json [--files FILE.zip] [--dry-run]}: exit 2 with every problem when the bundle is refused. */
@Command(name = "import", resourceBundle = "i18n.cli-exchange", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.json", descriptionKey = "bundle")
    Path bundle;

    @Option(names = "--files", paramLabel = "FILE.zip", descriptionKey = "files")
    Path files;

    @Option(names = "--dry-run", descriptionKey = "dry-run")
    boolean dryRun;

    private final CliServices services;
    private final PrintWriter console;

    ImportCommand(CliServices services, PrintWriter console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        ImportPreview preview;
        if (dryRun) {
            preview = services.exchange().preview(bundle, files);
        } else {
            services.requireWriteAccess();
            preview = services.exchange().importBundle(bundle, files, Progress.NONE);
        }
        PreviewText.print(preview, services.messages(), console);
        console.println(services.messages().get(dryRun ? "exchange.summary.dryRun" : "exchange.summary.applied"));
        return 0;
    }
}
