package org.untfsse.workbench.cli.archive;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliException;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.cli.ExitCodes;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.archive.Document;
import org.untfsse.workbench.model.archive.DocumentKind;
import org.untfsse.workbench.model.archive.ExtractionStatus;
import org.untfsse.workbench.service.archive.AddOutcome;
import org.untfsse.workbench.service.archive.LinkTargets;
import org.untfsse.workbench.service.common.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code archive add FILE... [--title T] [--kind K] [--symbol S] [--date D] [--lang L] [--tag T] [--org A] [--meeting N] [--decision N]}. */
@Command(name = "add", resourceBundle = "i18n.cli-archive", mixinStandardHelpOptions = true)
public final class ArchiveAddCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    List<Path> files;

    @Option(names = "--title", paramLabel = "T", descriptionKey = "archive-title")
    String title;

    @Option(names = "--kind", paramLabel = "K", descriptionKey = "archive-kind")
    DocumentKind kind = DocumentKind.OTHER;

    @Option(names = "--symbol", paramLabel = "S", descriptionKey = "archive-symbol")
    String symbol;

    @Option(names = "--date", paramLabel = "D", descriptionKey = "archive-date")
    LocalDate date;

    @Option(names = "--lang", paramLabel = "L", descriptionKey = "archive-lang")
    List<String> languages = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "T", descriptionKey = "archive-tag")
    List<String> tags = new ArrayList<>();

    @Option(names = "--org", paramLabel = "ACRONYM", descriptionKey = "archive-org")
    List<String> organizations = new ArrayList<>();

    @Option(names = "--description", paramLabel = "TEXT", descriptionKey = "archive-description")
    String description;

    @Option(names = "--meeting", paramLabel = "NUMBER|ID", descriptionKey = "archive-meeting")
    List<String> meetings = new ArrayList<>();

    @Option(names = "--decision", paramLabel = "NUMBER", descriptionKey = "archive-decision")
    List<String> decisions = new ArrayList<>();

    private final CliServices services;
    private final PrintWriter out;

    public ArchiveAddCommand(CliServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        services.requireWriteAccess();
        Messages m = services.messages();
        List<UUID> orgIds = new ArrayList<>();
        for (String acronym : organizations) {
            orgIds.add(services.roster().organizationByAcronym(acronym)
                    .orElseThrow(() -> new CliException(ExitCodes.INVALID_INPUT, m.get("archive.cli.unknownOrganization", acronym)))
                    .id());
        }
        LinkTargets links = services.archive().links();
        List<UUID> meetingIds = new ArrayList<>();
        for (String meeting : meetings) {
            meetingIds.add(links.meetingNamed(meeting)
                    .orElseThrow(() -> new CliException(ExitCodes.INVALID_INPUT, m.get("archive.cli.unknownMeeting", meeting)))
                    .id());
        }
        List<UUID> decisionIds = new ArrayList<>();
        for (String decision : decisions) {
            decisionIds.add(links.decisionNumbered(decision)
                    .orElseThrow(() -> new CliException(ExitCodes.INVALID_INPUT, m.get("archive.cli.unknownDecision", decision)))
                    .id());
        }
        Document template = new Document(UUID.randomUUID(), title, kind, symbol, date,
                languages.stream().map(String::strip).toList(), orgIds, tags.stream().map(String::strip).toList(),
                description, meetingIds, decisionIds, null, ExtractionStatus.NONE, "", null);
        List<AddOutcome> outcomes = services.archive().addFiles(files, template, Progress.NONE);
        int added = 0;
        for (AddOutcome o : outcomes) {
            Document d = o.document();
            if (o.alreadyArchived()) {
                out.println(m.get("archive.cli.alreadyArchived", o.source(), d.title(), d.id()));
                continue;
            }
            added++;
            out.println(m.get("archive.cli.added", d.title(), d.file().originalName(), m.get("archive.extraction." + d.extraction())));
            if (!d.extractionMessage().isEmpty()) {
                out.println(m.get("archive.cli.extractionNote", d.extractionMessage()));
            }
        }
        out.println(m.get("archive.cli.summary", added, outcomes.size() - added));
        return ExitCodes.OK;
    }
}
