package org.untfsse.workbench.service.roster;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.service.common.Clocks;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.roster.MembershipRepository;
import org.untfsse.workbench.store.roster.OrganizationRepository;
import org.untfsse.workbench.store.roster.PersonRepository;

/**
 * The roster's use cases: organizations, their membership history, and their focal points.
 * Every change is validated in full and saved as one transaction.
 */
public final class RosterService {

    private final Database database;
    private final OrganizationRepository organizations;
    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final RosterRules rules;
    private final Messages messages;
    private final Clock clock;

    public RosterService(Database database, OrganizationRepository organizations, MembershipRepository memberships,
                         PersonRepository people, Messages messages, Clock clock) {
        this.database = database;
        this.organizations = organizations;
        this.memberships = memberships;
        this.people = people;
        this.messages = messages;
        this.rules = new RosterRules(messages);
        this.clock = clock;
    }

    /** Imports the roster spreadsheets agencies send (CSV), all or nothing. */
    public RosterCsvImporter csvImporter() {
        return new RosterCsvImporter(database, this, organizations, memberships, people, messages);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading ---------------------------------------------------------------------------

    /** The roster as of {@code date}: organizations matching the text and status filter, by acronym. */
    public List<RosterEntry> roster(LocalDate date, String text, RosterFilter filter) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return database.read(() -> {
            Map<UUID, List<Membership>> periods = byOrganization(memberships.findAll(), Membership::organizationId);
            Map<UUID, List<Person>> allPeople = byOrganization(people.findAll(), Person::organizationId);
            List<RosterEntry> entries = new ArrayList<>();
            for (Organization o : organizations.findAll()) {
                MembershipStatus status = statusOn(periods.getOrDefault(o.id(), List.of()), o.id(), date);
                if (!matches(filter, status)) {
                    continue;
                }
                List<Person> own = allPeople.getOrDefault(o.id(), List.of());
                if (!needle.isEmpty() && !matchesText(o, own, needle)) {
                    continue;
                }
                int active = (int) own.stream().filter(p -> p.isActiveOn(date)).count();
                entries.add(new RosterEntry(o, status, active));
            }
            Collator collator = Collator.getInstance(messages.locale());
            entries.sort(Comparator.comparing((RosterEntry e) -> e.organization().acronym(), collator));
            return entries;
        });
    }

    public RosterCounts counts(LocalDate date) {
        return database.read(() -> {
            Map<UUID, List<Membership>> periods = byOrganization(memberships.findAll(), Membership::organizationId);
            int members = 0;
            int observers = 0;
            for (Organization o : organizations.findAll()) {
                MembershipStatus status = statusOn(periods.getOrDefault(o.id(), List.of()), o.id(), date);
                if (status == MembershipStatus.MEMBER) {
                    members++;
                } else if (status == MembershipStatus.OBSERVER) {
                    observers++;
                }
            }
            return new RosterCounts(members, observers);
        });
    }

    public Optional<Organization> organization(UUID id) {
        return database.read(() -> organizations.find(id));
    }

    public Optional<Organization> organizationByAcronym(String acronym) {
        return database.read(() -> organizations.findByAcronym(acronym));
    }

    public List<Organization> allOrganizations() {
        return database.read(organizations::findAll);
    }

    public List<Membership> memberships(UUID organizationId) {
        return database.read(() -> memberships.findByOrganization(organizationId));
    }

    public Optional<MembershipStatus> statusOn(UUID organizationId, LocalDate date) {
        return Optional.ofNullable(statusOn(memberships(organizationId), organizationId, date));
    }

    public List<Person> people(UUID organizationId) {
        return database.read(() -> people.findByOrganization(organizationId));
    }

    public Optional<Person> person(UUID id) {
        return database.read(() -> people.find(id));
    }

    public List<Person> allPeople() {
        return database.read(people::findAll);
    }

    // ---- organizations ---------------------------------------------------------------------

    /** Creates an organization with its first membership period (status from {@code since}), or none. */
    public Organization createOrganization(Organization draft, MembershipStatus status, LocalDate since) {
        Organization o = draft.withUpdatedAt(Clocks.now(clock));
        return database.write(() -> {
            List<Problem> problems = new ArrayList<>(rules.checkOrganization(o, organizations.findByAcronym(o.acronym())));
            if (status != null && since == null) {
                problems.add(new Problem(messages.get("roster.field.since"), messages.get("roster.error.sinceRequired")));
            }
            ValidationException.throwIfAny(problems);
            organizations.save(o);
            if (status != null) {
                memberships.save(new Membership(UUID.randomUUID(), o.id(), status, since, null, o.updatedAt()));
            }
            return o;
        });
    }

    /** Saves changed details of an existing organization; unchanged details are not re-stamped. */
    public Organization updateOrganization(Organization changed) {
        return database.write(() -> {
            Organization existing = organizations.find(changed.id()).orElseThrow(() -> notFound(changed.id()));
            Organization candidate = changed.withUpdatedAt(existing.updatedAt());
            if (candidate.equals(existing)) {
                return existing;
            }
            ValidationException.throwIfAny(rules.checkOrganization(candidate, organizations.findByAcronym(candidate.acronym())));
            Organization saved = changed.withUpdatedAt(Clocks.now(clock));
            organizations.save(saved);
            return saved;
        });
    }

    public void deleteOrganization(UUID id) {
        database.write(() -> {
            organizations.delete(id);
            return null;
        });
    }

    // ---- membership history ----------------------------------------------------------------

    /**
     * The organization's status changes on {@code date}: the period open then is closed the day
     * before, and a new open period starts. History is kept.
     */
    public Membership changeStatus(UUID organizationId, MembershipStatus newStatus, LocalDate date) {
        return database.write(() -> {
            Organization o = organizations.find(organizationId).orElseThrow(() -> notFound(organizationId));
            List<Membership> periods = new ArrayList<>(memberships.findByOrganization(organizationId));
            String field = messages.get("roster.field.membership");
            List<Membership> later = periods.stream().filter(m -> m.from().isAfter(date) || (m.from().equals(date))).toList();
            if (!later.isEmpty()) {
                throw new ValidationException(List.of(new Problem(field,
                        messages.get("roster.error.changeBeforeExisting", o.acronym(), date, later.get(0).from()))));
            }
            Optional<Membership> covering = periods.stream().filter(m -> m.covers(date)).findFirst();
            if (covering.isPresent() && covering.get().status() == newStatus) {
                throw new ValidationException(List.of(new Problem(field,
                        messages.get("roster.error.alreadyThatStatus", o.acronym(),
                                messages.get("roster.status." + newStatus.name()), date))));
            }
            var now = Clocks.now(clock);
            covering.ifPresent(open -> {
                Membership closed = new Membership(open.id(), open.organizationId(), open.status(), open.from(),
                        date.minusDays(1), now);
                periods.set(periods.indexOf(open), closed);
                memberships.save(closed);
            });
            Membership next = new Membership(UUID.randomUUID(), organizationId, newStatus, date, null, now);
            periods.add(next);
            ValidationException.throwIfAny(rules.checkMemberships(o.acronym(), periods));
            memberships.save(next);
            return next;
        });
    }

    /** The organization leaves the task force: its open period ends on {@code lastDay}. */
    public void endMembership(UUID organizationId, LocalDate lastDay) {
        database.write(() -> {
            Organization o = organizations.find(organizationId).orElseThrow(() -> notFound(organizationId));
            Membership open = memberships.findByOrganization(organizationId).stream().filter(Membership::isOpen)
                    .findFirst().orElseThrow(() -> new ValidationException(List.of(new Problem(
                            messages.get("roster.field.membership"), messages.get("roster.error.noOpenPeriod", o.acronym())))));
            Membership closed = new Membership(open.id(), open.organizationId(), open.status(), open.from(), lastDay,
                    Clocks.now(clock));
            ValidationException.throwIfAny(rules.checkMemberships(o.acronym(), List.of(closed)));
            memberships.save(closed);
            return null;
        });
    }

    /** Adds or corrects one period (e.g. history entered after the fact); refused if it overlaps another. */
    public Membership saveMembership(Membership period) {
        return database.write(() -> {
            Organization o = organizations.find(period.organizationId()).orElseThrow(() -> notFound(period.organizationId()));
            List<Membership> periods = new ArrayList<>(memberships.findByOrganization(period.organizationId()));
            periods.removeIf(m -> m.id().equals(period.id()));
            Membership saved = period.withUpdatedAt(Clocks.now(clock));
            periods.add(saved);
            ValidationException.throwIfAny(rules.checkMemberships(o.acronym(), periods));
            memberships.save(saved);
            return saved;
        });
    }

    public void deleteMembership(UUID id) {
        database.write(() -> {
            memberships.delete(id);
            return null;
        });
    }

    // ---- people ----------------------------------------------------------------------------

    /** Adds or updates a person; unchanged details are not re-stamped. */
    public Person savePerson(Person person) {
        return database.write(() -> {
            Optional<Person> existing = people.find(person.id());
            if (existing.isPresent() && existing.get().equals(person.withUpdatedAt(existing.get().updatedAt()))) {
                return existing.get();
            }
            List<Problem> problems = new ArrayList<>(rules.checkPerson(person));
            if (organizations.find(person.organizationId()).isEmpty()) {
                problems.add(new Problem(messages.get("roster.field.organization"), messages.get("roster.error.unknownOrganization")));
            }
            ValidationException.throwIfAny(problems);
            Person saved = person.withUpdatedAt(Clocks.now(clock));
            people.save(saved);
            return saved;
        });
    }

    /** The person stops acting for the organization after {@code lastDay}; they stay in the history. */
    public Person deactivatePerson(UUID personId, LocalDate lastDay) {
        return database.write(() -> {
            Person p = people.find(personId).orElseThrow(() -> notFound(personId));
            Person ended = new Person(p.id(), p.organizationId(), p.name(), p.title(), p.email(), p.phone(), p.role(),
                    p.activeFrom(), lastDay, p.updatedAt());
            return savePerson(ended);
        });
    }

    public void deletePerson(UUID id) {
        database.write(() -> {
            people.delete(id);
            return null;
        });
    }

    // ---- helpers ---------------------------------------------------------------------------

    /**
     * The rows of each organization, in their order: looked up per organization, so that the roster
     * of n organizations takes one pass over the periods and people, not n (a database filled from a
     * large bundle has 100,000 organizations).
     */
    private static <T> Map<UUID, List<T>> byOrganization(List<T> rows, Function<T, UUID> organization) {
        Map<UUID, List<T>> out = new HashMap<>();
        for (T row : rows) {
            out.computeIfAbsent(organization.apply(row), k -> new ArrayList<>()).add(row);
        }
        return out;
    }

    private static MembershipStatus statusOn(List<Membership> periods, UUID organizationId, LocalDate date) {
        for (Membership m : periods) {
            if (m.organizationId().equals(organizationId) && m.covers(date)) {
                return m.status();
            }
        }
        return null;
    }

    private static boolean matches(RosterFilter filter, MembershipStatus status) {
        return switch (filter) {
            case ALL -> true;
            case MEMBERS -> status == MembershipStatus.MEMBER;
            case OBSERVERS -> status == MembershipStatus.OBSERVER;
            case NEITHER -> status == null;
        };
    }

    private static boolean matchesText(Organization o, List<Person> own, String needle) {
        if (o.acronym().toLowerCase(Locale.ROOT).contains(needle) || o.name().toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        return own.stream().anyMatch(p -> p.name().toLowerCase(Locale.ROOT).contains(needle)
                || p.email().toLowerCase(Locale.ROOT).contains(needle));
    }

    private IllegalArgumentException notFound(UUID id) {
        return new IllegalArgumentException("No record with id " + id);
    }
}
