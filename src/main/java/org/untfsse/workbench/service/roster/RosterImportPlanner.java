package org.untfsse.workbench.service.roster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.Membership;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.model.roster.PersonRole;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.roster.RosterImportPlan.Change;
import org.untfsse.workbench.service.roster.RosterImportPlan.ChangeKind;

/**
 * Compares the rows of a roster CSV with the roster as it is and plans the changes. Organizations
 * match by acronym (any case), people by organization and name, or e-mail. Rows with the same
 * acronym describe one organization and add its focal points.
 */
final class RosterImportPlanner {

    private final Messages messages;
    private final RosterRules rules;
    private final LocalDate today;
    private final List<Organization> organizations;
    private final List<Membership> periods;
    private final List<Person> people;

    private final List<Change> changes = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Problem, Integer> problemLines = new java.util.IdentityHashMap<>();
    private final List<RosterImportPlan.Action> actions = new ArrayList<>();
    private int unchangedOrganizations;
    private int unchangedPeople;

    RosterImportPlanner(Messages messages, LocalDate today, List<Organization> organizations,
                        List<Membership> periods, List<Person> people) {
        this.messages = messages;
        this.rules = new RosterRules(messages);
        this.today = today;
        this.organizations = organizations;
        this.periods = periods;
        this.people = people;
    }

    RosterImportPlan plan(RosterCsvReader.Result read) {
        problems.addAll(read.problems());
        Map<String, List<RosterCsvRow>> byAcronym = new LinkedHashMap<>();
        for (RosterCsvRow row : read.rows()) {
            if (row.acronym().isEmpty()) {
                problem(row.line(), "roster.error.acronymRequired");
            } else {
                byAcronym.computeIfAbsent(row.acronym().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(row);
            }
        }
        byAcronym.values().forEach(this::planOrganization);
        problems.sort(java.util.Comparator.comparingInt(p -> problemLines.getOrDefault(p, 0)));
        return new RosterImportPlan(changes, problems, unchangedOrganizations, unchangedPeople, actions);
    }

    private void planOrganization(List<RosterCsvRow> rows) {
        RosterCsvRow first = rows.get(0);
        String name = agreed(rows, RosterCsvRow::name, "roster.import.column.name");
        OrganizationKind kind = parsed(rows, RosterCsvRow::kind, "roster.import.column.kind",
                RosterCsvValues::kind, "roster.import.error.kind");
        MembershipStatus status = parsed(rows, RosterCsvRow::status, "roster.import.column.status",
                RosterCsvValues::status, "roster.import.error.status");
        LocalDate since = parsed(rows, RosterCsvRow::since, "roster.import.column.since",
                RosterImportPlanner::date, "roster.import.error.date");
        Optional<Organization> existing = organizations.stream()
                .filter(o -> o.acronym().equalsIgnoreCase(first.acronym())).findFirst();
        UUID organizationId;
        if (existing.isEmpty()) {
            Organization created = new Organization(UUID.randomUUID(), first.acronym(), name,
                    kind == null ? OrganizationKind.OTHER : kind, "", "", null);
            organizationId = created.id();
            rules.checkOrganization(created, Optional.empty()).forEach(p -> problemText(first.line(), p.message()));
            if (status != null && since == null && !hasRaw(rows, RosterCsvRow::since)) {
                problem(first.line(), "roster.error.sinceRequired");
            }
            actions.add(new RosterImportPlan.CreateOrganization(created, status, since));
            String what = status == null ? messages.get("roster.import.noStatus")
                    : messages.get("roster.period.open", statusText(status), since);
            changes.add(new Change(first.line(), ChangeKind.ADD_ORGANIZATION,
                    messages.get("roster.import.change.addOrganization", created.acronym(), created.name(), what)));
        } else {
            organizationId = existing.get().id();
            boolean changed = planUpdate(first, existing.get(), name, kind);
            changed |= planStatus(rows, existing.get(), status, since);
            if (!changed) {
                unchangedOrganizations++;
            }
        }
        planPeople(rows, organizationId, first.acronym());
    }

    private boolean planUpdate(RosterCsvRow first, Organization old, String name, OrganizationKind kind) {
        Organization updated = new Organization(old.id(), old.acronym(), name.isEmpty() ? old.name() : name,
                kind == null ? old.kind() : kind, old.website(), old.notes(), old.updatedAt());
        if (updated.equals(old)) {
            return false;
        }
        rules.checkOrganization(updated, Optional.of(old)).forEach(p -> problemText(first.line(), p.message()));
        actions.add(new RosterImportPlan.UpdateOrganization(updated));
        changes.add(new Change(first.line(), ChangeKind.UPDATE_ORGANIZATION, messages.get(
                "roster.import.change.updateOrganization", old.acronym(), updated.name(), kindText(updated.kind()))));
        return true;
    }

    private boolean planStatus(List<RosterCsvRow> rows, Organization o, MembershipStatus status, LocalDate since) {
        if (status == null) {
            return false;
        }
        int line = rows.stream().filter(r -> !r.status().isEmpty()).findFirst().orElse(rows.get(0)).line();
        List<Membership> own = periods.stream().filter(m -> m.organizationId().equals(o.id())).toList();
        LocalDate date = since == null ? today : since;
        if (statusOn(own, date) == status) {
            return false;
        }
        if (since == null) {
            if (!hasRaw(rows, RosterCsvRow::since)) {
                problem(line, "roster.error.sinceRequired");
            }
            return false;
        }
        Optional<Membership> later = own.stream().filter(m -> !m.from().isBefore(since)).findFirst();
        if (later.isPresent()) {
            problem(line, "roster.error.changeBeforeExisting", o.acronym(), since, later.get().from());
            return false;
        }
        actions.add(new RosterImportPlan.ChangeStatus(o.id(), status, since));
        changes.add(new Change(line, ChangeKind.CHANGE_STATUS, messages.get("roster.import.change.status",
                o.acronym(), statusText(status), since)));
        return true;
    }

    private void planPeople(List<RosterCsvRow> rows, UUID organizationId, String acronym) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<Person> own = people.stream().filter(p -> p.organizationId().equals(organizationId)).toList();
        for (RosterCsvRow row : rows) {
            if (!row.mentionsPerson()) {
                continue;
            }
            if (row.focalPoint().isEmpty()) {
                problem(row.line(), "roster.import.error.personNameMissing");
                continue;
            }
            Integer earlier = seen.putIfAbsent(row.focalPoint().toLowerCase(Locale.ROOT), row.line());
            if (earlier != null) {
                problem(row.line(), "roster.import.error.duplicatePerson", row.focalPoint(), acronym, earlier);
                continue;
            }
            Optional<Person> match = own.stream().filter(p -> p.name().equalsIgnoreCase(row.focalPoint())
                    || (!row.email().isEmpty() && p.email().equalsIgnoreCase(row.email()))).findFirst();
            Person planned = match.map(p -> new Person(p.id(), p.organizationId(), row.focalPoint(),
                            or(row.title(), p.title()), or(row.email(), p.email()), or(row.phone(), p.phone()),
                            p.role(), p.activeFrom(), p.activeTo(), p.updatedAt()))
                    .orElseGet(() -> new Person(UUID.randomUUID(), organizationId, row.focalPoint(), row.title(),
                            row.email(), row.phone(), PersonRole.FOCAL_POINT, null, null, null));
            if (match.isPresent() && match.get().equals(planned)) {
                unchangedPeople++;
                continue;
            }
            rules.checkPerson(planned).forEach(p -> problemText(row.line(), p.message()));
            actions.add(new RosterImportPlan.SavePerson(planned));
            changes.add(new Change(row.line(), match.isPresent() ? ChangeKind.UPDATE_PERSON : ChangeKind.ADD_PERSON,
                    messages.get(match.isPresent() ? "roster.import.change.updatePerson" : "roster.import.change.addPerson",
                            planned.name(), acronym)));
        }
    }

    /** The one non-empty value the rows give for a column; a different value on a later row is a problem. */
    private String agreed(List<RosterCsvRow> rows, Function<RosterCsvRow, String> column, String columnKey) {
        String value = "";
        int line = 0;
        for (RosterCsvRow row : rows) {
            String v = column.apply(row);
            if (v.isEmpty()) {
                continue;
            }
            if (value.isEmpty()) {
                value = v;
                line = row.line();
            } else if (!value.equalsIgnoreCase(v)) {
                problem(row.line(), "roster.import.error.conflict", messages.get(columnKey), row.acronym(), v, value, line);
            }
        }
        return value;
    }

    private <T> T parsed(List<RosterCsvRow> rows, Function<RosterCsvRow, String> column,
                         String columnKey, Function<String, Optional<T>> parser, String errorKey) {
        T value = null;
        int line = 0;
        for (RosterCsvRow row : rows) {
            String text = column.apply(row);
            if (text.isEmpty()) {
                continue;
            }
            Optional<T> v = parser.apply(text);
            if (v.isEmpty()) {
                problem(row.line(), errorKey, text);
            } else if (value == null) {
                value = v.get();
                line = row.line();
            } else if (!value.equals(v.get())) {
                problem(row.line(), "roster.import.error.conflict", messages.get(columnKey), row.acronym(), text,
                        String.valueOf(value), line);
            }
        }
        return value;
    }

    private static boolean hasRaw(List<RosterCsvRow> rows, Function<RosterCsvRow, String> column) {
        return rows.stream().anyMatch(r -> !column.apply(r).isEmpty());
    }

    private static MembershipStatus statusOn(List<Membership> own, LocalDate date) {
        return own.stream().filter(m -> m.covers(date)).map(Membership::status).findFirst().orElse(null);
    }

    private static String or(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    private String statusText(MembershipStatus status) {
        return messages.get("roster.status." + status.name());
    }

    private String kindText(OrganizationKind kind) {
        return messages.get("roster.kind." + kind.name());
    }

    private void problem(int line, String key, Object... args) {
        problemText(line, messages.get(key, args));
    }

    private void problemText(int line, String text) {
        Problem problem = new Problem(lineText(line), text);
        problems.add(problem);
        problemLines.put(problem, line);
    }

    private String lineText(int line) {
        return messages.get("roster.import.line", line);
    }

    /** ISO dates only: 2013-09-30. Day/month order differs between countries, so nothing else is guessed. */
    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
