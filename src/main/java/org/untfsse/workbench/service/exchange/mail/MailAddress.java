package org.untfsse.workbench.service.exchange.mail;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One mailbox: a display name (may be empty, may hold any Unicode) and an address. The name is
 * reduced to one line on creation, so a line break typed into a roster name can never start a new
 * header. The address must be plain ASCII without the characters that delimit addresses in a
 * header; {@link #isUsable(String)} tells beforehand.
 */
public record MailAddress(String name, String address) {

    // Deliberately stricter than RFC 5322: what Outlook, Thunderbird and webmail all accept unquoted.
    private static final Pattern USABLE = Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

    public MailAddress {
        Objects.requireNonNull(address, "address");
        name = MimeText.oneLine(name == null ? "" : name);
        address = address.strip();
        if (!isUsable(address)) {
            throw new IllegalArgumentException("Not a usable e-mail address: " + MimeText.oneLine(address));
        }
    }

    public static boolean isUsable(String address) {
        return address != null && address.length() <= 254 && USABLE.matcher(address.strip()).matches();
    }
}
