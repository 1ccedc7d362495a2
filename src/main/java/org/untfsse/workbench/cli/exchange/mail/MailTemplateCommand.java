package org.untfsse.workbench.cli.exchange.mail;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.model.exchange.mail.MailTemplate;
import org.untfsse.workbench.service.exchange.mail.MailTemplateService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mail template [--language TAG] [--subject S] [--body-file F] [--reset]}: shows the
 * circulation e-mail template of a language, or saves or resets the officer's own version.
 */
@Command(name = "template", resourceBundle = "i18n.cli-mail", mixinStandardHelpOptions = true)
public final class MailTemplateCommand implements Callable<Integer> {

    @Option(names = "--language", paramLabel = "TAG", descriptionKey = "mail.language")
    String language;

    @Option(names = "--subject", paramLabel = "TEXT", descriptionKey = "template.subject")
    String subject;

    @Option(names = "--body-file", paramLabel = "FILE", descriptionKey = "template.body-file")
    Path bodyFile;

    @Option(names = "--reset", descriptionKey = "template.reset")
    boolean reset;

    private final CliServices services;
    private final PrintWriter out;

    public MailTemplateCommand(CliServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Locale locale = language == null ? services.messages().locale() : Locale.forLanguageTag(language);
        MailTemplateService templates = services.mailTemplates();
        if (reset) {
            services.requireWriteAccess();
            templates.reset(locale);
        } else if (subject != null || bodyFile != null) {
            if (bodyFile != null && !Files.isReadable(bodyFile)) {
                throw new ValidationException(List.of(new Problem("--body-file",
                        services.messages().get("mail.error.attachmentMissing", bodyFile))));
            }
            services.requireWriteAccess();
            MailTemplate current = templates.template(locale);
            templates.save(locale, subject == null ? current.subject() : subject,
                    bodyFile == null ? current.body() : Files.readString(bodyFile, StandardCharsets.UTF_8));
        }
        MailTemplate shown = templates.template(locale);
        out.println("# " + shown.language() + (templates.isCustomised(locale) ? "" : " (default)"));
        out.println(shown.subject());
        out.println();
        out.print(shown.body());
        out.flush();
        return 0;
    }
}
