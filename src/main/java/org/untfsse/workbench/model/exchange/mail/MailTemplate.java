package org.untfsse.workbench.model.exchange.mail;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The subject and body of the circulation e-mail in one language (a BCP 47 tag such as
 * {@code fr}), with placeholders like {@code {number}} filled in when a draft is made.
 */
public record MailTemplate(UUID id, String language, String subject, String body, Instant updatedAt) {

    public MailTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }

    public MailTemplate withText(String newSubject, String newBody, Instant instant) {
        return new MailTemplate(id, language, newSubject, newBody, instant);
    }
}
