package org.untfsse.workbench.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.common.DataFolder;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.model.roster.PersonRole;

/**
 * Run in a separate JVM by the crash test: writes through the application's services as fast as
 * it can — each write one transaction that adds an organization with three focal points — and
 * prints {@code COMMITTED n} after each transaction has returned, until it is killed.
 */
public final class CrashWriter {

    public static final int PEOPLE_PER_WRITE = 3;

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int next = Integer.parseInt(args[1]);
        try (AppContext context = new AppContext(new DataFolder(data), Messages.forLocale(Locale.ENGLISH),
                Clock.systemUTC())) {
            context.requireWriteAccess();
            var roster = context.roster();
            var database = context.database();
            System.out.println("READY");
            System.out.flush();
            while (true) {
                int n = next++;
                database.write(() -> {
                    Organization o = roster.createOrganization(new Organization(UUID.randomUUID(), "ORG-" + n,
                            "Organization number " + n, OrganizationKind.OTHER, "", "", null),
                            MembershipStatus.OBSERVER, LocalDate.of(2020, 1, 1));
                    for (int p = 0; p < PEOPLE_PER_WRITE; p++) {
                        roster.savePerson(new Person(UUID.randomUUID(), o.id(), "Person " + n + "-" + p, "", "", "",
                                PersonRole.FOCAL_POINT, null, null, null));
                    }
                    return o;
                });
                System.out.println("COMMITTED " + n);
                System.out.flush();
            }
        }
    }
}
