package org.untfsse.workbench.cli.archive;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliException;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.cli.ExitCodes;
import org.untfsse.workbench.service.common.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code archive generate-synthetic --count N}: hidden; fills an empty data folder for the benchmark. */
@Command(name = "generate-synthetic", hidden = true, resourceBundle = "i18n.cli-archive", mixinStandardHelpOptions = true)
public final class ArchiveGenerateCommand implements Callable<Integer> {

    @Option(names = "--count", paramLabel = "N", descriptionKey = "count")
    int count = 100_000;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "seed")
    long seed = 281L;

    @Option(names = "--force", descriptionKey = "force")
    boolean force;

    private final CliServices services;
    private final PrintWriter out;

    public ArchiveGenerateCommand(CliServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() {
        services.requireWriteAccess();
        var archive = services.archive();
        long existing = archive.documentCount();
        if (existing > 0 && !force) {
            throw new CliException(ExitCodes.INVALID_INPUT, services.messages().get("archive.cli.notEmpty", "", existing));
        }
        long start = System.nanoTime();
        int[] lastPercent = {-1};
        archive.synthetic().generate(count, seed, (done, total, text) -> {
            int percent = total > 0 ? (int) (done * 100 / total) : 0;
            if (percent / 10 != lastPercent[0] / 10) {
                lastPercent[0] = percent;
                out.printf("  %3d %%%n", percent);
                out.flush();
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println(services.messages().get("archive.cli.generated", count, String.format("%.1f", seconds),
                Math.round(count / seconds)));
        return ExitCodes.OK;
    }
}
