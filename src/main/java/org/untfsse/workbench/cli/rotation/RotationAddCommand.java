package org.untfsse.workbench.cli.rotation;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.rotation.RotationService;
import org.untfsse.workbench.service.rotation.SavedTerm;
import picocli.CommandLine.Command;
import org.untfsse.workbench.model.meeting.Meeting;
import picocli.CommandLine.Option;

/** {@code rotation add --office CHAIR --org ILO --start DATE [--end DATE] [--person NAME] [--notes TEXT]}. */
@Command(name = "add", resourceBundle = "i18n.cli-rotation", mixinStandardHelpOptions = true)
public final class RotationAddCommand implements Callable<Integer> {

    @Option(names = "--office", required = true, paramLabel = "OFFICE", descriptionKey = "office")
    String office;

    @Option(names = "--org", required = true, paramLabel = "ACRONYM", descriptionKey = "org")
    String org;

    @Option(names = "--start", required = true, paramLabel = "DATE", descriptionKey = "start")
    LocalDate start;

    @Option(names = "--end", paramLabel = "DATE", descriptionKey = "end")
    LocalDate end;

    @Option(names = "--person", paramLabel = "NAME", descriptionKey = "person")
    String person;

    @Option(names = "--notes", paramLabel = "TEXT", descriptionKey = "notes")
    String notes;

    @Option(names = "--create-office", paramLabel = "N", descriptionKey = "create-office")
    Integer createOffice;

    @Option(names = "--decided-at", paramLabel = "NUMBER", descriptionKey = "decided-at")
    Integer decidedAt;

    private final CliServices services;
    private final PrintWriter out;

    public RotationAddCommand(CliServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() {
        services.requireWriteAccess();
        RotationService rotation = services.rotation();
        var m = services.messages();
        String code = office.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        Office chosen = rotation.officeByCode(code).orElse(null);
        if (chosen == null && createOffice != null) {
            chosen = rotation.addOffice(office, createOffice);
        }
        Organization organization = services.roster().organizationByAcronym(org.strip()).orElse(null);
        if (chosen == null || organization == null) {
            throw new ValidationException(List.of(chosen == null
                    ? new Problem(m.get("rotation.field.office"), m.get("rotation.error.unknownOffice") + " (" + office + ")")
                    : new Problem(m.get("rotation.field.organization"), m.get("rotation.error.unknownAcronym", org))));
        }
        UUID meeting = null;
        if (decidedAt != null) {
            meeting = services.meetings().meetings().stream().filter(x -> decidedAt.equals(x.number())).findFirst()
                    .map(Meeting::id)
                    .orElseThrow(() -> new ValidationException(List.of(new Problem("--decided-at",
                            m.get("rotation.error.unknownMeeting", decidedAt)))));
        }
        SavedTerm saved = rotation.saveTerm(new RotationTerm(UUID.randomUUID(), chosen.id(), organization.id(), null,
                person, start, end, meeting, notes, null));
        saved.warnings().forEach(w -> out.println(m.get("rotation.view.warning") + ": " + w));
        out.println(m.get("rotation.cli.added", organization.acronym(), rotation.label(chosen), start));
        return 0;
    }
}
