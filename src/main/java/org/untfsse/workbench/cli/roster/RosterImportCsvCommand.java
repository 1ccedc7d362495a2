package org.untfsse.workbench.cli.roster;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.roster.RosterImportPlan;
import org.untfsse.workbench.service.roster.RosterImportPlan.ChangeKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code roster import-csv FILE [--dry-run]}: imports a roster spreadsheet, all or nothing.
 * Problems go to stderr as {@code line N: message} with exit code 2.
 */
@Command(name = "import-csv", resourceBundle = "i18n.cli-roster", mixinStandardHelpOptions = true)
public final class RosterImportCsvCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import-csv.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "import-csv.dry-run")
    boolean dryRun;

    private final CliServices services;
    private final PrintWriter out;

    public RosterImportCsvCommand(CliServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() {
        if (!dryRun) {
            services.requireWriteAccess();
        }
        var importer = services.roster().csvImporter();
        RosterImportPlan plan;
        if (dryRun) {
            plan = importer.plan(file);
            ValidationException.throwIfAny(plan.problems());
            plan.changes().forEach(c -> out.println(services.messages().get("cli.roster.import.changeLine",
                    c.line(), c.description())));
        } else {
            plan = importer.importFile(file);
        }
        Messages m = services.messages();
        out.println(m.get(dryRun ? "cli.roster.import.wouldDo" : "cli.roster.import.done", file,
                m.get("roster.import.summary", plan.count(ChangeKind.ADD_ORGANIZATION),
                        plan.count(ChangeKind.UPDATE_ORGANIZATION), plan.count(ChangeKind.CHANGE_STATUS),
                        plan.count(ChangeKind.ADD_PERSON), plan.count(ChangeKind.UPDATE_PERSON),
                        plan.unchangedOrganizations(), plan.unchangedPeople())));
        return 0;
    }
}
