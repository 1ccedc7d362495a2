package org.untfsse.workbench.service.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.Membership;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.service.common.Problem;

/** The roster's validation rules; each check returns every problem it finds. */
public final class RosterRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern WEBSITE = Pattern.compile("(?i)^(https?://)?[^\\s/]+\\.[^\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./-]{4,40}$");
    private static final int MAX_ACRONYM = 30;

    private final Messages messages;

    public RosterRules(Messages messages) {
        this.messages = messages;
    }

    /** {@code sameAcronym} is the other organization that already uses this acronym, if any. */
    public List<Problem> checkOrganization(Organization o, Optional<Organization> sameAcronym) {
        List<Problem> problems = new ArrayList<>();
        if (o.acronym().isEmpty()) {
            problems.add(new Problem(messages.get("roster.field.acronym"), messages.get("roster.error.acronymRequired")));
        } else if (o.acronym().length() > MAX_ACRONYM) {
            problems.add(new Problem(messages.get("roster.field.acronym"),
                    messages.get("roster.error.acronymTooLong", MAX_ACRONYM)));
        }
        sameAcronym.filter(other -> !other.id().equals(o.id())).ifPresent(other -> problems.add(
                new Problem(messages.get("roster.field.acronym"), messages.get("roster.error.acronymTaken", other.acronym(), other.name()))));
        if (o.name().isEmpty()) {
            problems.add(new Problem(messages.get("roster.field.name"), messages.get("roster.error.nameRequired")));
        }
        if (!o.website().isEmpty() && !WEBSITE.matcher(o.website()).matches()) {
            problems.add(new Problem(messages.get("roster.field.website"), messages.get("roster.error.website")));
        }
        return problems;
    }

    /** Checks one organization's full set of periods: dates in order and no two overlapping. */
    public List<Problem> checkMemberships(String acronym, List<Membership> periods) {
        List<Problem> problems = new ArrayList<>();
        String field = messages.get("roster.field.membership");
        for (Membership m : periods) {
            if (m.to() != null && m.to().isBefore(m.from())) {
                problems.add(new Problem(field, messages.get("roster.error.periodEndsBeforeStart", m.from(), m.to())));
            }
        }
        for (int i = 0; i < periods.size(); i++) {
            for (int j = i + 1; j < periods.size(); j++) {
                Membership a = periods.get(i);
                Membership b = periods.get(j);
                if (a.overlaps(b)) {
                    problems.add(new Problem(field, messages.get("roster.error.periodsOverlap", acronym,
                            describe(a), describe(b))));
                }
            }
        }
        return problems;
    }

    public List<Problem> checkPerson(Person p) {
        List<Problem> problems = new ArrayList<>();
        if (p.name().isEmpty()) {
            problems.add(new Problem(messages.get("roster.field.personName"), messages.get("roster.error.personNameRequired")));
        }
        if (!p.email().isEmpty() && !EMAIL.matcher(p.email()).matches()) {
            problems.add(new Problem(messages.get("roster.field.email"), messages.get("roster.error.email", p.email())));
        }
        if (!p.phone().isEmpty() && !PHONE.matcher(p.phone()).matches()) {
            problems.add(new Problem(messages.get("roster.field.phone"), messages.get("roster.error.phone", p.phone())));
        }
        if (p.activeFrom() != null && p.activeTo() != null && p.activeTo().isBefore(p.activeFrom())) {
            problems.add(new Problem(messages.get("roster.field.activeTo"),
                    messages.get("roster.error.activeEndsBeforeStart", p.activeFrom(), p.activeTo())));
        }
        return problems;
    }

    public static boolean isPlausibleEmail(String email) {
        return EMAIL.matcher(email).matches();
    }

    private String describe(Membership m) {
        String status = messages.get("roster.status." + m.status().name());
        return m.to() == null
                ? messages.get("roster.period.open", status, m.from())
                : messages.get("roster.period.closed", status, m.from(), m.to());
    }
}
