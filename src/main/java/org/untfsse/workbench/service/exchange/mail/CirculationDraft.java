package org.untfsse.workbench.service.exchange.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.PersonRole;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;

/**
 * Prepares the e-mail that circulates a meeting's minutes: addressed from the roster, worded from
 * the template of the chosen language, with the minutes attached, saved as an unsent {@code .eml}
 * draft that the officer's own mail program opens and sends. Nothing is sent from here.
 */
public final class CirculationDraft {

    private final RecipientFinder recipients;
    private final MailTemplateService templates;
    private final EmlWriter writer = new EmlWriter();
    private final Messages messages;
    private final Clock clock;

    public CirculationDraft(RecipientFinder recipients, MailTemplateService templates, Messages messages, Clock clock) {
        this.recipients = recipients;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    /** The minutes of {@code meeting}, worded from the {@code language} template, saved to {@code out}. */
    public CirculationResult minutes(MeetingSummary meeting, List<MailAttachment> minutes, DraftRecipients to,
                                     Locale language, String sender, Path out) {
        RenderedMail text = templates.render(templates.template(language), meeting, sender, language);
        return draft(to, text.subject(), text.body(), minutes, language, null, out);
    }

    /** Any draft to roster recipients: the generic form behind {@code mail draft}. {@code from} may be null. */
    public CirculationResult draft(DraftRecipients to, String subject, String body, List<MailAttachment> attachments,
                                   Locale language, MailAddress from, Path out) {
        RecipientList found = recipients.find(new RecipientSelection(to.scope(),
                to.alternatesInCc() ? Set.of(PersonRole.FOCAL_POINT, PersonRole.ALTERNATE) : Set.of(PersonRole.FOCAL_POINT),
                to.organizations(), to.asOf()));
        List<Problem> problems = new ArrayList<>();
        if (subject == null || subject.isBlank()) {
            problems.add(new Problem(messages.get("mail.field.subject"), messages.get("mail.error.subjectRequired")));
        }
        if (found.isEmpty()) {
            problems.add(new Problem(messages.get("mail.field.recipients"), messages.get("mail.error.noRecipients")));
        }
        if (out == null) {
            problems.add(new Problem(messages.get("mail.field.output"), messages.get("mail.error.outputRequired")));
        } else if (!Files.isDirectory(out.toAbsolutePath().getParent())) {
            problems.add(new Problem(messages.get("mail.field.output"),
                    messages.get("mail.error.noFolder", out.toAbsolutePath().getParent())));
        }
        ValidationException.throwIfAny(problems);

        Set<String> seen = new HashSet<>();
        List<Recipient> primary = unique(found.withRole(PersonRole.FOCAL_POINT), seen);
        List<Recipient> copies = unique(found.withRole(PersonRole.ALTERNATE), seen);
        List<Recipient> toList = to.bcc() ? List.of() : primary;
        List<Recipient> ccList = to.bcc() ? List.of() : copies;
        List<Recipient> bccList = to.bcc() ? concat(primary, copies) : List.of();

        MailMessage message = new MailMessage(from, addresses(toList), addresses(ccList), addresses(bccList), subject,
                body, attachments, ZonedDateTime.now(clock), language.toLanguageTag());
        DraftFiles.writeAtomically(out, writer.write(message));

        Map<String, String> hashes = new LinkedHashMap<>();
        for (MailAttachment a : message.attachments()) {
            hashes.put(a.fileName(), a.sha256());
        }
        return new CirculationResult(out, message.subject(), toList, ccList, bccList, found.unreachable(),
                found.organizationsWithoutAnyone(), hashes);
    }

    private static List<Recipient> unique(List<Recipient> list, Set<String> seen) {
        return list.stream().filter(r -> seen.add(r.email().toLowerCase(Locale.ROOT))).toList();
    }

    private static List<Recipient> concat(List<Recipient> a, List<Recipient> b) {
        List<Recipient> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<MailAddress> addresses(List<Recipient> list) {
        return list.stream().map(Recipient::address).toList();
    }
}
