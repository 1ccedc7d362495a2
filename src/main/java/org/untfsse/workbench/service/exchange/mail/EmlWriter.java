package org.untfsse.workbench.service.exchange.mail;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes a {@link MailMessage} as a standard {@code .eml} file (RFC 5322 + MIME), marked as an
 * unsent draft so that Outlook ({@code X-Unsent: 1}) and Thunderbird ({@code X-Mozilla-Draft-Info})
 * open it for editing and sending from the officer's own account.
 *
 * <p>Written by hand rather than with Jakarta Mail: a draft needs only a handful of headers, one
 * text part and base64 attachments, and this keeps ~0.8 MB of mail libraries out of the package
 * (they are used in the tests, to parse what this writes).
 */
public final class EmlWriter {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);
    static final String DRAFT_INFO =
            "internal/draft; vcard=0; receipt=0; DSN=0; uuencode=0; attachmentreminder=0; deliveryformat=4";

    /** The whole message, as the bytes of the .eml file (7-bit ASCII, CRLF line ends). */
    public byte[] write(MailMessage message) {
        String boundary = "=_wb_" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder out = new StringBuilder();
        out.append(MimeText.header("Date", List.of(DATE.format(message.date()))));
        if (message.from() != null) {
            out.append(MimeText.header("From", mailboxes(List.of(message.from()))));
        }
        appendAddresses(out, "To", message.to());
        appendAddresses(out, "Cc", message.cc());
        appendAddresses(out, "Bcc", message.bcc());
        out.append(MimeText.header("Subject", MimeText.textTokens(message.subject())));
        out.append(MimeText.header("Message-ID", List.of("<" + UUID.randomUUID().toString().replace("-", "") + "@secretariat-workbench.invalid>")));
        out.append("MIME-Version: 1.0").append(MimeText.CRLF);
        if (!message.language().isEmpty()) {
            out.append("Content-Language: ").append(message.language()).append(MimeText.CRLF);
        }
        out.append("User-Agent: Secretariat Workbench").append(MimeText.CRLF);
        out.append("X-Unsent: 1").append(MimeText.CRLF);
        out.append(MimeText.header("X-Mozilla-Draft-Info", List.of(DRAFT_INFO.split(" "))));
        out.append(MimeText.header("Content-Type", List.of("multipart/mixed;", "boundary=\"" + boundary + "\"")));
        out.append(MimeText.CRLF).append("This is a multi-part message in MIME format.").append(MimeText.CRLF);

        out.append("--").append(boundary).append(MimeText.CRLF);
        out.append("Content-Type: text/plain; charset=UTF-8").append(MimeText.CRLF);
        out.append("Content-Transfer-Encoding: quoted-printable").append(MimeText.CRLF).append(MimeText.CRLF);
        out.append(MimeText.quotedPrintable(message.body())).append(MimeText.CRLF);
        for (MailAttachment attachment : message.attachments()) {
            out.append("--").append(boundary).append(MimeText.CRLF);
            appendAttachment(out, attachment);
        }
        out.append("--").append(boundary).append("--").append(MimeText.CRLF);
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void appendAddresses(StringBuilder out, String name, List<MailAddress> addresses) {
        if (!addresses.isEmpty()) {
            out.append(MimeText.header(name, mailboxes(addresses)));
        }
    }

    /** Tokens of {@code Name <address>, Name <address>} that the folder may break between. */
    private static List<String> mailboxes(List<MailAddress> addresses) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            MailAddress a = addresses.get(i);
            String separator = i < addresses.size() - 1 ? "," : "";
            if (a.name().isEmpty()) {
                tokens.add(a.address() + separator);
            } else {
                tokens.addAll(MimeText.phraseTokens(a.name()));
                tokens.add("<" + a.address() + ">" + separator);
            }
        }
        return tokens;
    }

    private static void appendAttachment(StringBuilder out, MailAttachment attachment) {
        List<String> type = new ArrayList<>();
        type.add(attachment.mediaType() + ";");
        // Older Outlook reads only this RFC 2047 form of the name; everyone else reads filename*.
        type.add("name=\"" + (MimeText.isPlainAscii(attachment.fileName()) && attachment.fileName().length() < 60
                ? attachment.fileName().replace("\\", "\\\\").replace("\"", "\\\"")
                : String.join(" ", MimeText.encodedWords(attachment.fileName()))) + "\"");
        out.append(MimeText.header("Content-Type", type));
        List<String> disposition = new ArrayList<>();
        disposition.add("attachment;");
        List<String> filename = MimeText.parameter("filename", attachment.fileName());
        for (int i = 0; i < filename.size(); i++) {
            disposition.add(filename.get(i) + (i < filename.size() - 1 ? ";" : ""));
        }
        disposition.set(disposition.size() - 1, disposition.get(disposition.size() - 1) + "; size=" + attachment.size());
        out.append(MimeText.header("Content-Disposition", disposition));
        out.append("Content-Transfer-Encoding: base64").append(MimeText.CRLF).append(MimeText.CRLF);
        String base64 = Base64.getMimeEncoder(76, MimeText.CRLF.getBytes(StandardCharsets.US_ASCII))
                .encodeToString(attachment.bytes());
        out.append(base64);
        if (!base64.isEmpty()) {
            out.append(MimeText.CRLF);
        }
    }
}
