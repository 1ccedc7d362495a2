package org.untfsse.workbench.cli.exchange.mail;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.exchange.mail.DistributionGroup;
import org.untfsse.workbench.service.exchange.mail.DistributionListFormat;
import org.untfsse.workbench.service.exchange.mail.DraftFiles;
import org.untfsse.workbench.service.exchange.mail.RecipientList;
import org.untfsse.workbench.service.exchange.mail.RecipientSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code roster emails [--group G] [--format list|csv|vcard] [--out FILE]}: the e-mail addresses of
 * a group, as a line to paste into a mail program, as CSV or as vCards.
 */
@Command(name = "emails", resourceBundle = "i18n.cli-mail", mixinStandardHelpOptions = true)
public final class RosterEmailsCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("list", "csv", "vcard");

    @Option(names = "--group", paramLabel = "members|observers|focal-points|alternates|all",
            descriptionKey = "emails.group")
    String group = "all";

    @Option(names = "--format", paramLabel = "list|csv|vcard", descriptionKey = "emails.format")
    String format = "list";

    @Option(names = "--organizations", split = ",", paramLabel = "ACRONYM", descriptionKey = "mail.organizations")
    List<String> organizations;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "mail.as-of")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "emails.out")
    Path out;

    private final CliServices services;
    private final PrintWriter stdout;
    private final PrintWriter err;

    public RosterEmailsCommand(CliServices services, PrintWriter stdout, PrintWriter err) {
        this.services = services;
        this.stdout = stdout;
        this.err = err;
    }

    @Override
    public Integer call() {
        Messages m = services.messages();
        DistributionGroup chosen = parseGroup(m);
        var roster = services.roster();
        RecipientSelection selection = chosen.selection(asOf == null ? roster.today() : asOf)
                .onlyOrganizations(OrganizationAcronyms.resolve(organizations, roster, m));
        RecipientList list = services.mailRecipients().find(selection);
        DistributionListFormat lists = new DistributionListFormat(m);
        String text = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> lists.csv(list.reachable());
            case "vcard" -> lists.vcards(list.reachable());
            default -> lists.addressLine(list.reachable()) + System.lineSeparator();
        };
        if (out == null) {
            stdout.print(text);
        } else {
            byte[] bytes = "csv".equalsIgnoreCase(format) ? lists.csvFile(list.reachable())
                    : text.getBytes(StandardCharsets.UTF_8);
            DraftFiles.writeAtomically(out, bytes);
            stdout.println(m.get("mail.dialog.saved", out) + " " + m.get("mail.list.count", list.reachable().size()));
        }
        RecipientWarnings.print(err, m, list.unreachable(), list.organizationsWithoutAnyone());
        return 0;
    }

    private DistributionGroup parseGroup(Messages m) {
        List<Problem> problems = new java.util.ArrayList<>();
        DistributionGroup parsed = null;
        try {
            parsed = DistributionGroup.parse(group);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("--group", m.get("mail.error.unknownGroup", group,
                    String.join(", ", Arrays.stream(DistributionGroup.values()).map(DistributionGroup::cliName).toList()))));
        }
        if (!FORMATS.contains(format.toLowerCase(java.util.Locale.ROOT))) {
            problems.add(new Problem("--format", m.get("mail.error.unknownFormat", format, String.join(", ", FORMATS))));
        }
        ValidationException.throwIfAny(problems);
        return parsed;
    }
}
