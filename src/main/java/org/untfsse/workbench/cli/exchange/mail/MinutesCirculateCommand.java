package org.untfsse.workbench.cli.exchange.mail;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliException;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.cli.ExitCodes;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.service.exchange.mail.MembershipScope;
import org.untfsse.workbench.service.exchange.mail.MinutesCirculation;
import org.untfsse.workbench.service.meeting.minutes.MinutesFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minutes circulate --meeting NUMBER|ID --out FILE.eml [--format pdf,docx] [--to ...]}: the
 * minutes as an unsent e-mail draft to the focal points, recorded as circulated. Lives with the
 * mail commands (exchange may use meeting, not the other way round); registered under {@code minutes}.
 */
@Command(name = "circulate", resourceBundle = "i18n.cli-mail", mixinStandardHelpOptions = true)
public final class MinutesCirculateCommand implements Callable<Integer> {

    @Option(names = "--meeting", paramLabel = "NUMBER|ID", required = true, descriptionKey = "circulate.meeting")
    String meeting;

    @Option(names = "--out", paramLabel = "FILE.eml", required = true, descriptionKey = "mail.out")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "pdf,docx", descriptionKey = "circulate.format")
    List<String> formats = new ArrayList<>(List.of("pdf"));

    @Option(names = "--to", paramLabel = "members|observers|all", descriptionKey = "circulate.to")
    MembershipScope to = MembershipScope.ALL;

    @Option(names = "--attending-only", descriptionKey = "circulate.attending-only")
    boolean attendingOnly;

    @Option(names = "--cc-alternates", descriptionKey = "mail.cc-alternates")
    boolean ccAlternates;

    @Option(names = "--bcc", descriptionKey = "mail.bcc")
    boolean bcc;

    @Option(names = "--deadline", paramLabel = "YYYY-MM-DD", descriptionKey = "circulate.deadline")
    LocalDate deadline;

    private final CliServices services;
    private final PrintWriter stdout;
    private final PrintWriter err;

    public MinutesCirculateCommand(CliServices services, PrintWriter stdout, PrintWriter err) {
        this.services = services;
        this.stdout = stdout;
        this.err = err;
    }

    @Override
    public Integer call() {
        services.requireWriteAccess();
        Messages m = services.messages();
        List<MinutesFormat> chosen = new ArrayList<>();
        for (String f : formats) {
            try {
                chosen.add(MinutesFormat.parse(f));
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.INVALID_INPUT, m.get("mail.error.circulationFormat", f));
            }
        }
        Meeting found = services.meetings().resolve(meeting)
                .orElseThrow(() -> new CliException(ExitCodes.INVALID_INPUT, m.get("mail.error.noSuchMeeting", meeting)));
        var outcome = services.minutesCirculation().circulate(new MinutesCirculation.Request(found.id(), chosen, to,
                attendingOnly, ccAlternates, bcc, deadline, out));
        MailDraftCommand.report(stdout, m, outcome.draft());
        var c = outcome.circulation();
        stdout.println(m.get("mail.circulate.recorded", c.version(), c.recipients().size(), c.date()));
        RecipientWarnings.print(err, m, outcome.draft().withoutEmail(), outcome.draft().organizationsWithoutAnyone());
        return 0;
    }
}
