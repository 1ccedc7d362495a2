package org.untfsse.workbench.service.rotation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.service.common.Clocks;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.roster.RosterService;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.rotation.OfficeRepository;
import org.untfsse.workbench.store.rotation.RotationTermRepository;

/**
 * The rotation's use cases: offices, terms (validated and saved as made), who holds what on a
 * date, gaps and handovers. {@link #chairOn(LocalDate)} is what a meeting asks for its chair.
 */
public final class RotationService {

    private final Database database;
    private final OfficeRepository offices;
    private final RotationTermRepository terms;
    private final RosterService roster;
    private final RotationRules rules;
    private final Messages messages;
    private final Clock clock;

    public RotationService(Database database, OfficeRepository offices, RotationTermRepository terms,
                           RosterService roster, Messages messages, Clock clock) {
        this.database = database;
        this.offices = offices;
        this.terms = terms;
        this.roster = roster;
        this.messages = messages;
        this.clock = clock;
        this.rules = new RotationRules(messages);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Messages messages() {
        return messages;
    }

    // ---- offices ---------------------------------------------------------------------------

    public List<Office> offices() {
        return database.read(offices::findAll);
    }

    public Optional<Office> officeByCode(String code) {
        return database.read(() -> offices.findByCode(code));
    }

    /** The office's name in the user's language (built-in offices are translated). */
    public String label(Office office) {
        String key = "rotation.office." + office.code();
        return office.builtIn() && messages.has(key) ? messages.get(key) : office.name();
    }

    /** Adds an office such as "Deputy Chair", held by one or two at once; its code is made from its name. */
    public Office addOffice(String name, int maxHolders) {
        String clean = name == null ? "" : name.strip();
        String code = clean.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        return database.write(() -> {
            List<Problem> problems = new ArrayList<>();
            String field = messages.get("rotation.field.office");
            if (code.isEmpty()) {
                problems.add(new Problem(field, messages.get("rotation.error.officeNameRequired")));
            } else if (offices.findByCode(code).isPresent()) {
                problems.add(new Problem(field, messages.get("rotation.error.officeExists", clean)));
            }
            if (maxHolders < 1 || maxHolders > 2) {
                problems.add(new Problem(field, messages.get("rotation.error.maxHolders")));
            }
            ValidationException.throwIfAny(problems);
            int position = offices.findAll().stream().filter(o -> o.position() < 90).mapToInt(Office::position)
                    .max().orElse(20) + 10;
            Office office = new Office(UUID.randomUUID(), code, clean, maxHolders, false, Math.min(position, 89),
                    Clocks.now(clock));
            offices.save(office);
            return office;
        });
    }

    // ---- terms -----------------------------------------------------------------------------

    public List<RotationTerm> terms() {
        return database.read(terms::findAll);
    }

    public Optional<RotationTerm> term(UUID id) {
        return database.read(() -> terms.find(id));
    }

    /** Every term with its office, organization and person, by office then start. */
    public List<TermEntry> entries() {
        return database.read(() -> {
            Map<UUID, Office> byId = officeMap();
            Map<UUID, Organization> orgs = organizations();
            List<TermEntry> out = new ArrayList<>();
            for (RotationTerm t : terms.findAll()) {
                Organization o = orgs.get(t.organizationId());
                out.add(new TermEntry(t, byId.get(t.officeId()), o == null ? "?" : o.acronym(),
                        o == null ? "" : o.name(), person(t)));
            }
            out.sort(Comparator.comparing((TermEntry e) -> e.office().position()).thenComparing(e -> e.term().start()));
            return out;
        });
    }

    /** Checks {@code term} against every rule and saves it; refused with every problem, or saved with its warnings. */
    public SavedTerm saveTerm(RotationTerm term) {
        return database.write(() -> {
            Optional<RotationTerm> existing = terms.find(term.id());
            if (existing.isPresent() && existing.get().equals(term.withUpdatedAt(existing.get().updatedAt()))) {
                return new SavedTerm(existing.get(), warnings(existing.get()));
            }
            ValidationException.throwIfAny(problems(term, terms.findByOffice(term.officeId())));
            RotationTerm saved = term.withUpdatedAt(Clocks.now(clock));
            terms.save(saved);
            return new SavedTerm(saved, warnings(saved));
        });
    }

    /** What would stop {@code term} being saved, without saving it. */
    public List<Problem> check(RotationTerm term) {
        return database.read(() -> problems(term, terms.findByOffice(term.officeId())));
    }

    public void deleteTerm(UUID id) {
        database.write(() -> {
            terms.delete(id);
            return null;
        });
    }

    /**
     * Saves planned terms, all or none. An open-ended term of the same office that the plan
     * succeeds is ended the day before the planned term starts.
     */
    public List<SavedTerm> acceptProposals(List<RotationTerm> proposals) {
        return database.write(() -> {
            List<SavedTerm> saved = new ArrayList<>();
            for (RotationTerm p : proposals.stream().sorted(Comparator.comparing(RotationTerm::start)).toList()) {
                for (RotationTerm open : terms.findByOffice(p.officeId())) {
                    if (open.isOpen() && open.start().isBefore(p.start()) && !open.id().equals(p.id())) {
                        terms.save(open.withEnd(p.start().minusDays(1)).withUpdatedAt(Clocks.now(clock)));
                    }
                }
                saved.add(saveTerm(p));
            }
            return saved;
        });
    }

    // ---- who holds what, when --------------------------------------------------------------

    /** Who holds each office on {@code date}, every office listed (an empty list when vacant), in display order. */
    public Map<Office, List<Holder>> holdersOn(LocalDate date) {
        return database.read(() -> {
            Map<UUID, Organization> orgs = organizations();
            List<RotationTerm> all = terms.findAll();
            Map<Office, List<Holder>> out = new LinkedHashMap<>();
            for (Office office : offices.findAll()) {
                out.put(office, all.stream().filter(t -> t.officeId().equals(office.id()) && t.covers(date))
                        .map(t -> holder(t, orgs))
                        .sorted(Comparator.comparing((Holder h) -> h.term().start()).thenComparing(Holder::acronym))
                        .toList());
            }
            return out;
        });
    }

    /** Who chairs a meeting on {@code date}: the Chair if there is one, else the Co-Chairs; empty if neither. */
    public Optional<ChairHolders> chairOn(LocalDate date) {
        Map<Office, List<Holder>> holders = holdersOn(date);
        for (String code : List.of(Office.CHAIR, Office.CO_CHAIR)) {
            for (Map.Entry<Office, List<Holder>> e : holders.entrySet()) {
                if (e.getKey().code().equals(code) && !e.getValue().isEmpty()) {
                    return Optional.of(new ChairHolders(e.getKey(), e.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    /** Every gap of every office, in office order. */
    public List<Gap> gaps() {
        return database.read(() -> {
            List<RotationTerm> all = terms.findAll();
            List<Gap> out = new ArrayList<>();
            for (Office office : offices.findAll()) {
                out.addAll(RotationRules.gaps(office, all));
            }
            return out;
        });
    }

    /** Every term start and end, by date. */
    public List<Handover> handovers() {
        return database.read(() -> {
            Map<UUID, Office> byId = officeMap();
            Map<UUID, Organization> orgs = organizations();
            List<Handover> out = new ArrayList<>();
            for (RotationTerm t : terms.findAll()) {
                String acronym = holder(t, orgs).acronym();
                out.add(new Handover(t.start(), Handover.Kind.STARTS, byId.get(t.officeId()), t, acronym, person(t)));
                if (t.end() != null) {
                    out.add(new Handover(t.end(), Handover.Kind.ENDS, byId.get(t.officeId()), t, acronym, person(t)));
                }
            }
            out.sort(Comparator.comparing(Handover::date).thenComparing(h -> h.kind() == Handover.Kind.STARTS)
                    .thenComparing(h -> h.office().position()));
            return out;
        });
    }

    /** Handovers from {@code from} to twelve months later. */
    public List<Handover> upcomingHandovers(LocalDate from) {
        LocalDate until = from.plusMonths(12);
        return handovers().stream().filter(h -> !h.date().isBefore(from) && !h.date().isAfter(until)).toList();
    }

    /** Proposes terms for {@code request} that respect the rules; nothing is saved. */
    public List<RotationTerm> plan(PlanRequest request) {
        return database.read(() -> new RotationPlanner(this).propose(request, officeMap(), terms.findAll()));
    }

    // ---- helpers ---------------------------------------------------------------------------

    List<Problem> problems(RotationTerm term, List<RotationTerm> sameOffice) {
        Office office = offices.find(term.officeId()).orElse(null);
        List<Problem> problems = new ArrayList<>();
        if (office == null) {
            problems.add(new Problem(messages.get("rotation.field.office"), messages.get("rotation.error.unknownOffice")));
            return problems;
        }
        Map<UUID, Organization> orgs = organizations();
        if (!orgs.containsKey(term.organizationId())) {
            problems.add(new Problem(messages.get("rotation.field.organization"),
                    messages.get("rotation.error.unknownOrganization")));
        }
        Function<RotationTerm, String> acronym = t -> holder(t, orgs).acronym();
        problems.addAll(rules.check(term, office, label(office), sameOffice, acronym));
        return problems;
    }

    private List<Problem> warnings(RotationTerm t) {
        String acronym = roster.organization(t.organizationId()).map(Organization::acronym).orElse("?");
        return rules.warnings(t, acronym, roster.statusOn(t.organizationId(), t.start()).orElse(null));
    }

    private Holder holder(RotationTerm t, Map<UUID, Organization> orgs) {
        Organization o = orgs.get(t.organizationId());
        return new Holder(t, o == null ? "?" : o.acronym(), o == null ? "" : o.name(), person(t));
    }

    private String person(RotationTerm t) {
        if (t.personName() != null) {
            return t.personName();
        }
        return t.personId() == null ? "" : roster.person(t.personId()).map(p -> p.name()).orElse("");
    }

    private Map<UUID, Office> officeMap() {
        return offices.findAll().stream().collect(Collectors.toMap(Office::id, o -> o, (a, b) -> a, LinkedHashMap::new));
    }

    private Map<UUID, Organization> organizations() {
        return roster.allOrganizations().stream().collect(Collectors.toMap(Organization::id, o -> o));
    }
}
