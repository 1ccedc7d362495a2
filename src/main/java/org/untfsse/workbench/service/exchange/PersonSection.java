package org.untfsse.workbench.service.exchange;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.model.roster.PersonRole;
import org.untfsse.workbench.service.roster.RosterRules;
import org.untfsse.workbench.store.exchange.RecordLoad;
import org.untfsse.workbench.store.exchange.RosterBundleStore;

/** {@code people}: focal points, alternates and others, with their (personal) contact fields. */
public final class PersonSection implements StreamedSection<Person> {

    public static final String KEY = "people";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.id("id"),
            FieldSpec.reference("organizationId", false),
            FieldSpec.text("name", FieldSpec.SHORT_TEXT),
            FieldSpec.text("title", FieldSpec.SHORT_TEXT),
            FieldSpec.personalText("email", 320),
            FieldSpec.personalText("phone", 100),
            FieldSpec.enumOf("role", PersonRole.class, false),
            FieldSpec.date("activeFrom", true),
            FieldSpec.date("activeTo", true),
            FieldSpec.instant("updatedAt"));

    private static final Map<String, String> LABELS = Map.of(
            "roster.field.personName", "name", "roster.field.email", "email", "roster.field.phone", "phone",
            "roster.field.activeTo", "activeTo");

    private final RosterBundleStore store;
    private final RosterRules rules;
    private final Messages messages;

    public PersonSection(RosterBundleStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
        this.rules = new RosterRules(messages);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public UUID id(Person r) {
        return r.id();
    }

    @Override
    public Instant updatedAt(Person r) {
        return r.updatedAt();
    }

    @Override
    public String label(Person r) {
        return r.name();
    }

    @Override
    public Object[] values(Person p) {
        return new Object[] {p.id(), p.organizationId(), p.name(), p.title(), p.email(), p.phone(), p.role(),
                p.activeFrom(), p.activeTo(), p.updatedAt()};
    }

    @Override
    public Person fromFields(RecordFields f) {
        return new Person(f.uuid("id"), f.uuid("organizationId"), f.text("name"), f.text("title"), f.text("email"),
                f.text("phone"), f.enumValue("role", PersonRole.class), f.date("activeFrom"), f.date("activeTo"),
                f.instant("updatedAt"));
    }

    @Override
    public boolean sameContent(Person a, Person b) {
        return a.withUpdatedAt(Instant.EPOCH).equals(b.withUpdatedAt(Instant.EPOCH));
    }

    /** A bundle exported with {@code --omit-personal} never erases the contact fields kept here. */
    @Override
    public Person withPersonalFieldsOf(Person in, Person local) {
        return new Person(in.id(), in.organizationId(), in.name(), in.title(), local.email(), local.phone(), in.role(),
                in.activeFrom(), in.activeTo(), in.updatedAt());
    }

    @Override
    public void forEachStored(Consumer<Person> sink) {
        store.forEachPerson(sink);
    }

    @Override
    public void forEachStoredValues(Consumer<Object[]> sink) {
        store.forEachPersonRow(sink);
    }

    @Override
    public long countStored() {
        return store.count("person");
    }

    @Override
    public Map<UUID, Person> loadStored() {
        Map<UUID, Person> all = new HashMap<>();
        store.forEachPerson(p -> all.put(p.id(), p));
        return all;
    }

    @Override
    public void validate(SectionCheck<Person> check) {
        for (Incoming<Person> in : check.incoming()) {
            Person p = in.record();
            if (!check.exists(OrganizationSection.KEY, p.organizationId())) {
                check.problem(in.path() + ".organizationId", messages.get("exchange.error.dangling",
                        p.organizationId(), messages.get("exchange.section.organizations")));
            }
            RuleProblems.report(rules.checkPerson(p), in, messages, LABELS, check);
        }
    }

    @Override
    public void saveAll(List<Person> records) {
        store.savePeople(records);
    }

    @Override
    public Map<UUID, Person> storedWith(Collection<UUID> ids) {
        Map<UUID, Person> out = new HashMap<>();
        store.forEachPerson(ids, p -> out.put(p.id(), p));
        return out;
    }

    @Override
    public boolean storedHas(UUID id) {
        return store.exists("person", id);
    }

    @Override
    public RecordLoad<Person> load() {
        return store.personLoad();
    }

    @Override
    public SectionFacts<Person> newFacts() {
        return new Facts(this);
    }

    /** Per incoming person: the organization it belongs to (two longs) and its index, for the dangling reference. */
    private static final class Facts extends SectionFacts<Person> {

        private final PersonSection people;
        private final LongColumns organizations = new LongColumns(3);

        Facts(PersonSection section) {
            super(section);
            this.people = section;
        }

        @Override
        void record(Incoming<Person> in, Person p, boolean inMerged, SectionCheck<Person> check) {
            RuleProblems.report(people.rules.checkPerson(p), in, people.messages, LABELS, check);
            UUID organization = p.organizationId();
            organizations.add(organization.getMostSignificantBits(), organization.getLeastSignificantBits(),
                    incoming.get(p.id()) & 0xFFFF_FFFFL);
        }

        @Override
        void check(SectionCheck<Person> check, Records<Person> records) {
            for (int row = 0; row < organizations.size(); row++) {
                UUID organization = new UUID(organizations.get(row, 0), organizations.get(row, 1));
                if (!check.exists(OrganizationSection.KEY, organization)) {
                    check.problem(path(KEY, organizations.get(row, 2)) + ".organizationId", people.messages.get(
                            "exchange.error.dangling", organization, people.messages.get("exchange.section.organizations")));
                }
            }
        }
    }
}
