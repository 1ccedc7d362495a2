package org.untfsse.workbench.service.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.service.common.Problem;

/**
 * What importing a roster CSV would do: the changes (each with the line that asks for it), every
 * problem found (as {@code line N}), and how many organizations and people are already up to date.
 * Nothing may be applied while there is a problem.
 */
public record RosterImportPlan(List<Change> changes, List<Problem> problems, int unchangedOrganizations,
                               int unchangedPeople, List<Action> actions) {

    public RosterImportPlan {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        actions = List.copyOf(actions);
    }

    public enum ChangeKind { ADD_ORGANIZATION, UPDATE_ORGANIZATION, CHANGE_STATUS, ADD_PERSON, UPDATE_PERSON }

    /** One change, described for the officer. */
    public record Change(int line, ChangeKind kind, String description) {
    }

    /** What applying does, in file order. */
    public sealed interface Action permits CreateOrganization, UpdateOrganization, ChangeStatus, SavePerson {
    }

    public record CreateOrganization(Organization organization, MembershipStatus status, LocalDate since)
            implements Action {
    }

    public record UpdateOrganization(Organization organization) implements Action {
    }

    public record ChangeStatus(UUID organizationId, MembershipStatus status, LocalDate date) implements Action {
    }

    public record SavePerson(Person person) implements Action {
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public boolean changesNothing() {
        return changes.isEmpty();
    }

    public long count(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
