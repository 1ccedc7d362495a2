package org.untfsse.workbench.cli.exchange.mail;

import java.io.PrintWriter;
import java.util.List;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.exchange.mail.Recipient;

/** Names, on standard error, everyone a list or draft could not include. */
final class RecipientWarnings {

    private RecipientWarnings() {
    }

    static void print(PrintWriter err, Messages m, List<Recipient> withoutEmail, List<String> organizationsWithoutAnyone) {
        for (Recipient r : withoutEmail) {
            err.println(m.get("mail.warning.withoutEmail", r.name(), r.organizationAcronym(),
                    m.get("roster.role." + r.role().name())));
        }
        if (!organizationsWithoutAnyone.isEmpty()) {
            err.println(m.get("mail.warning.organizationWithoutAnyone", String.join(", ", organizationsWithoutAnyone)));
        }
    }
}
