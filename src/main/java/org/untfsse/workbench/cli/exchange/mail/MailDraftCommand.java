package org.untfsse.workbench.cli.exchange.mail;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.exchange.mail.CirculationResult;
import org.untfsse.workbench.service.exchange.mail.DraftRecipients;
import org.untfsse.workbench.service.exchange.mail.MailAddress;
import org.untfsse.workbench.service.exchange.mail.MailAttachment;
import org.untfsse.workbench.service.exchange.mail.MembershipScope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mail draft --to members|observers|all --subject S [--body-file F] [--attach FILE]... --out FILE.eml}:
 * writes an unsent draft to the roster's focal points, for the officer's mail program to send.
 */
@Command(name = "draft", resourceBundle = "i18n.cli-mail", mixinStandardHelpOptions = true)
public final class MailDraftCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "members|observers|all", descriptionKey = "mail.to")
    MembershipScope to;

    @Option(names = "--cc-alternates", descriptionKey = "mail.cc-alternates")
    boolean ccAlternates;

    @Option(names = "--bcc", descriptionKey = "mail.bcc")
    boolean bcc;

    @Option(names = "--organizations", split = ",", paramLabel = "ACRONYM", descriptionKey = "mail.organizations")
    List<String> organizations;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "mail.as-of")
    LocalDate asOf;

    @Option(names = "--subject", required = true, paramLabel = "TEXT", descriptionKey = "mail.subject")
    String subject;

    @Option(names = "--body-file", paramLabel = "FILE", descriptionKey = "mail.body-file")
    Path bodyFile;

    @Option(names = "--attach", arity = "1..*", paramLabel = "FILE", descriptionKey = "mail.attach")
    List<Path> attachments = new ArrayList<>();

    @Option(names = "--from", paramLabel = "ADDRESS", descriptionKey = "mail.from")
    String from;

    @Option(names = "--language", paramLabel = "TAG", descriptionKey = "mail.language")
    String language;

    @Option(names = "--out", required = true, paramLabel = "FILE.eml", descriptionKey = "mail.out")
    Path out;

    private final CliServices services;
    private final PrintWriter stdout;
    private final PrintWriter err;

    public MailDraftCommand(CliServices services, PrintWriter stdout, PrintWriter err) {
        this.services = services;
        this.stdout = stdout;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = services.messages();
        List<Problem> problems = new ArrayList<>();
        List<MailAttachment> files = new ArrayList<>();
        for (Path file : attachments) {
            if (Files.isReadable(file) && Files.isRegularFile(file)) {
                String name = file.getFileName().toString();
                files.add(new MailAttachment(name, MailAttachment.mediaTypeFor(name), Files.readAllBytes(file)));
            } else {
                problems.add(new Problem("--attach", m.get("mail.error.attachmentMissing", file)));
            }
        }
        if (bodyFile != null && !Files.isReadable(bodyFile)) {
            problems.add(new Problem("--body-file", m.get("mail.error.attachmentMissing", bodyFile)));
        }
        if (from != null && !MailAddress.isUsable(from)) {
            problems.add(new Problem("--from", m.get("mail.error.badAddress", from)));
        }
        ValidationException.throwIfAny(problems);
        String body = bodyFile == null ? "" : Files.readString(bodyFile, StandardCharsets.UTF_8);
        var roster = services.roster();
        DraftRecipients recipients = new DraftRecipients(to, ccAlternates, bcc,
                OrganizationAcronyms.resolve(organizations, roster, m), asOf == null ? roster.today() : asOf);
        Locale locale = language == null ? m.locale() : Locale.forLanguageTag(language);
        CirculationResult result = services.circulationDraft().draft(recipients, subject, body, files, locale,
                from == null ? null : new MailAddress("", from), out);
        report(stdout, m, result);
        RecipientWarnings.print(err, m, result.withoutEmail(), result.organizationsWithoutAnyone());
        return 0;
    }

    /** The lines every draft-writing command prints: file, recipient counts, attachment hashes. */
    static void report(PrintWriter stdout, Messages m, CirculationResult result) {
        stdout.println(m.get("mail.draft.written", result.file()));
        stdout.println(m.get("mail.draft.recipients", result.to().size(), result.cc().size(), result.bcc().size()));
        for (Map.Entry<String, String> hash : result.attachmentSha256().entrySet()) {
            stdout.println(m.get("mail.draft.attachment", hash.getKey(), hash.getValue()));
        }
    }
}
