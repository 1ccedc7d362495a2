package org.untfsse.workbench.service.exchange.mail;

/** A template with its placeholders filled in. */
public record RenderedMail(String subject, String body) {
}
