package org.untfsse.workbench.service.exchange.mail;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A message to be written as an unsent draft. {@code from} may be null: the mail program then
 * sends it from the officer's own account. {@code language} (a BCP 47 tag, may be empty) becomes
 * the Content-Language header.
 */
public record MailMessage(
        MailAddress from,
        List<MailAddress> to,
        List<MailAddress> cc,
        List<MailAddress> bcc,
        String subject,
        String body,
        List<MailAttachment> attachments,
        ZonedDateTime date,
        String language) {

    public MailMessage {
        to = List.copyOf(to == null ? List.of() : to);
        cc = List.copyOf(cc == null ? List.of() : cc);
        bcc = List.copyOf(bcc == null ? List.of() : bcc);
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
        subject = MimeText.oneLine(subject == null ? "" : subject);
        body = body == null ? "" : body;
        Objects.requireNonNull(date, "date");
        language = language == null || !language.matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*") ? "" : language;
    }
}
