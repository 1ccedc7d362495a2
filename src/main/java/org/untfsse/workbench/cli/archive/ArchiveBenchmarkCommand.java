package org.untfsse.workbench.cli.archive;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliException;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.cli.ExitCodes;
import org.untfsse.workbench.service.archive.ArchiveBenchmark;
import org.untfsse.workbench.service.archive.ArchiveBenchmark.Measurement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code archive benchmark}: hidden; prints median and p95 search latency over the data folder's archive. */
@Command(name = "benchmark", hidden = true, resourceBundle = "i18n.cli-archive", mixinStandardHelpOptions = true)
public final class ArchiveBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--repetitions", paramLabel = "N", descriptionKey = "repetitions")
    int repetitions = 30;

    private final CliServices services;
    private final PrintWriter out;

    public ArchiveBenchmarkCommand(CliServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() {
        var archive = services.archive();
        long documents = archive.documentCount();
        if (documents == 0) {
            throw new CliException(ExitCodes.INVALID_INPUT, services.messages().get("archive.cli.benchmarkEmpty"));
        }
        ArchiveBenchmark benchmark = new ArchiveBenchmark(archive);
        List<Measurement> results = benchmark.run(repetitions, archive.anyOrganization().orElse(null));
        out.println(services.messages().get("archive.cli.benchmarkHeading", documents, repetitions));
        out.printf("%-45s %9s %9s%n", "", "median", "p95");
        for (Measurement r : results) {
            print(r);
        }
        out.println();
        print(ArchiveBenchmark.overall(results));
        print(benchmark.openView(repetitions));
        return ExitCodes.OK;
    }

    private void print(Measurement r) {
        out.printf("%-45s %9.1f %9.1f%n", r.label(), r.median(), r.p95());
    }
}
