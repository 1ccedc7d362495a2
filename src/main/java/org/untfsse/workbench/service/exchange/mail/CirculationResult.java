package org.untfsse.workbench.service.exchange.mail;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a prepared draft holds, for the user and for the meeting's circulation record: the file,
 * the people in To, Cc and Bcc, those who could not be addressed (no usable e-mail), the
 * organizations with no active contact, and each attachment's SHA-256 by file name, in order.
 */
public record CirculationResult(Path file, String subject, List<Recipient> to, List<Recipient> cc, List<Recipient> bcc,
                                List<Recipient> withoutEmail, List<String> organizationsWithoutAnyone,
                                Map<String, String> attachmentSha256) {

    public CirculationResult {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        withoutEmail = List.copyOf(withoutEmail);
        organizationsWithoutAnyone = List.copyOf(organizationsWithoutAnyone);
        attachmentSha256 = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attachmentSha256));
    }

    /** Everyone the draft is addressed to, To then Cc then Bcc. */
    public List<Recipient> addressed() {
        return java.util.stream.Stream.of(to, cc, bcc).flatMap(List::stream).toList();
    }
}
