package org.untfsse.workbench.cli.exchange;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.service.common.Progress;
import org.untfsse.workbench.service.exchange.ExportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export --out FILE.json [--with-files FILE.zip] [--omit-personal]}. */
@Command(name = "export", resourceBundle = "i18n.cli-exchange", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE.json", descriptionKey = "out")
    Path out;

    @Option(names = "--with-files", paramLabel = "FILE.zip", descriptionKey = "with-files")
    Path withFiles;

    @Option(names = "--omit-personal", descriptionKey = "omit-personal")
    boolean omitPersonal;

    private final CliServices services;
    private final PrintWriter console;

    ExportCommand(CliServices services, PrintWriter console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        ExportResult result = services.exchange().export(out, withFiles, omitPersonal, Progress.NONE);
        var m = services.messages();
        console.println(m.get("exchange.export.done", result.records(), result.bundle()));
        if (result.filesZip() != null) {
            console.println(m.get("exchange.export.files", result.files(), result.filesZip()));
        }
        return 0;
    }
}
