package org.untfsse.workbench.service.roster;

import java.nio.file.Path;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.roster.MembershipRepository;
import org.untfsse.workbench.store.roster.OrganizationRepository;
import org.untfsse.workbench.store.roster.PersonRepository;

/**
 * Imports a roster CSV: {@link #plan} says what would change and lists every problem, writing
 * nothing; {@link #importFile} plans again inside one transaction and applies all of it, or
 * nothing when any row has a problem. Importing the same file twice changes nothing the second time.
 */
public final class RosterCsvImporter {

    private final Database database;
    private final RosterService roster;
    private final OrganizationRepository organizations;
    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final Messages messages;

    RosterCsvImporter(Database database, RosterService roster, OrganizationRepository organizations,
                      MembershipRepository memberships, PersonRepository people, Messages messages) {
        this.database = database;
        this.roster = roster;
        this.organizations = organizations;
        this.memberships = memberships;
        this.people = people;
        this.messages = messages;
    }

    /** What importing {@code file} would do; writes nothing. */
    public RosterImportPlan plan(Path file) {
        RosterCsvReader.Result read = new RosterCsvReader(messages).read(file);
        return database.read(() -> planner().plan(read));
    }

    /**
     * Applies {@code file} in one transaction and returns what was done.
     *
     * @throws ValidationException with one problem per row ("line N") when anything is wrong; nothing is written
     */
    public RosterImportPlan importFile(Path file) {
        RosterCsvReader.Result read = new RosterCsvReader(messages).read(file);
        return database.write(() -> {
            RosterImportPlan plan = planner().plan(read);
            ValidationException.throwIfAny(plan.problems());
            for (RosterImportPlan.Action action : plan.actions()) {
                apply(action);
            }
            return plan;
        });
    }

    private RosterImportPlanner planner() {
        return new RosterImportPlanner(messages, roster.today(), organizations.findAll(), memberships.findAll(),
                people.findAll());
    }

    private void apply(RosterImportPlan.Action action) {
        if (action instanceof RosterImportPlan.CreateOrganization c) {
            roster.createOrganization(c.organization(), c.status(), c.since());
        } else if (action instanceof RosterImportPlan.UpdateOrganization u) {
            roster.updateOrganization(u.organization());
        } else if (action instanceof RosterImportPlan.ChangeStatus s) {
            roster.changeStatus(s.organizationId(), s.status(), s.date());
        } else if (action instanceof RosterImportPlan.SavePerson p) {
            roster.savePerson(p.person());
        }
    }
}
