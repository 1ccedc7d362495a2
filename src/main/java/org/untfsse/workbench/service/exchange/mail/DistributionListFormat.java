package org.untfsse.workbench.service.exchange.mail;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.untfsse.workbench.i18n.Messages;

/**
 * A distribution list in the forms people paste or import: the address line mail programs accept
 * ({@code Name <address>; …}), CSV (name, organization, role, email) and vCard 4.0.
 */
public final class DistributionListFormat {

    private static final Pattern NEEDS_QUOTES = Pattern.compile("[,;\"<>()\\[\\]:@\\\\.]");
    /** Excel, LibreOffice and Sheets run a cell that starts with these as a formula. */
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private final Messages messages;

    public DistributionListFormat(Messages messages) {
        this.messages = messages;
    }

    /** {@code Name <address>; "Doe, Jane" <address>} — display names with specials are quoted. */
    public String addressLine(List<Recipient> recipients) {
        return String.join("; ", recipients.stream().map(DistributionListFormat::mailbox).toList());
    }

    static String mailbox(Recipient r) {
        String name = MimeText.oneLine(r.name());
        if (name.isEmpty()) {
            return r.email();
        }
        if (NEEDS_QUOTES.matcher(name).find()) {
            name = '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return name + " <" + r.email() + ">";
    }

    /** CSV with a header row, CRLF line ends; cells that a spreadsheet would run as formulas start with {@code '}. */
    public String csv(List<Recipient> recipients) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("name", "organization", "role", "email");
            for (Recipient r : recipients) {
                printer.printRecord(cell(r.name()), cell(r.organizationAcronym()), cell(role(r)), cell(r.email()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /** The CSV as file bytes: UTF-8 with a byte-order mark, so Excel shows accents correctly. */
    public byte[] csvFile(List<Recipient> recipients) {
        return ("\uFEFF" + csv(recipients)).getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        return FORMULA_START.matcher(text).matches() ? "'" + text : text;
    }

    /** One vCard 4.0 (RFC 6350) per person: name, organization, role, e-mail. */
    public String vcards(List<Recipient> recipients) {
        StringBuilder out = new StringBuilder();
        for (Recipient r : recipients) {
            out.append("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\n");
            out.append(fold("FN:" + vcardText(r.name()))).append(fold("ORG:" + vcardText(r.organizationName())));
            out.append(fold("ROLE:" + vcardText(role(r) + " — " + r.organizationAcronym())));
            if (!r.email().isEmpty()) {
                out.append(fold("EMAIL;TYPE=work:" + vcardText(r.email())));
            }
            out.append("UID:urn:uuid:").append(r.personId()).append("\r\n");
            out.append("END:VCARD\r\n");
        }
        return out.toString();
    }

    private String role(Recipient r) {
        return messages.get("roster.role." + r.role().name());
    }

    private static String vcardText(String value) {
        return MimeText.oneLine(value == null ? "" : value).replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;");
    }

    /** Content lines fold at 75 octets without cutting a UTF-8 character (RFC 6350 §3.2). */
    private static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.append("\r\n").toString();
    }
}
