package org.untfsse.workbench.ui.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.Membership;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.roster.RosterService;

/**
 * The selected organization: its details, saved field by field as they are committed (a refused
 * value stays in its field with the reason next to it, and nothing is saved), its membership
 * history and its focal points.
 */
public final class OrganizationDetailsViewModel {

    private final RosterService roster;
    private final Messages messages;
    private final Runnable onChanged;

    private final ObjectProperty<Organization> organization = new SimpleObjectProperty<>();
    private final BooleanProperty present = new SimpleBooleanProperty(false);
    private final StringProperty acronym = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<OrganizationKind> kind = new SimpleObjectProperty<>();
    private final StringProperty website = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty acronymError = new SimpleStringProperty("");
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty websiteError = new SimpleStringProperty("");
    private final ObservableList<Membership> memberships = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();

    OrganizationDetailsViewModel(RosterService roster, Messages messages, Runnable onChanged) {
        this.roster = roster;
        this.messages = messages;
        this.onChanged = onChanged;
    }

    /**
     * Shows the organization with {@code id}, or nothing. Text typed into the one shown before
     * but not yet committed (the user clicked another row straight away) is saved first.
     *
     * @return whether that saved anything
     */
    public boolean show(UUID id) {
        boolean savedPending = savePending();
        Organization o = id == null ? null : roster.organization(id).orElse(null);
        organization.set(o);
        present.set(o != null);
        acronymError.set("");
        nameError.set("");
        websiteError.set("");
        acronym.set(o == null ? "" : o.acronym());
        name.set(o == null ? "" : o.name());
        kind.set(o == null ? null : o.kind());
        website.set(o == null ? "" : o.website());
        notes.set(o == null ? "" : o.notes());
        reloadHistory();
        return savedPending;
    }

    private boolean savePending() {
        Organization saved = organization.get();
        if (saved == null) {
            return false;
        }
        Organization pending = new Organization(saved.id(), acronym.get(), name.get(),
                kind.get() == null ? saved.kind() : kind.get(), website.get(), notes.get(), saved.updatedAt());
        if (pending.equals(saved)) {
            return false;
        }
        try {
            roster.updateOrganization(pending);
            return true;
        } catch (ValidationException refused) {
            // The reason was shown next to the field when it was committed; a refused value is not kept.
            return false;
        }
    }

    public void commitAcronym() {
        commit(acronymError, o -> new Organization(o.id(), acronym.get(), o.name(), o.kind(), o.website(), o.notes(), o.updatedAt()));
    }

    public void commitName() {
        commit(nameError, o -> new Organization(o.id(), o.acronym(), name.get(), o.kind(), o.website(), o.notes(), o.updatedAt()));
    }

    public void commitKind() {
        if (kind.get() != null) {
            commit(null, o -> new Organization(o.id(), o.acronym(), o.name(), kind.get(), o.website(), o.notes(), o.updatedAt()));
        }
    }

    public void commitWebsite() {
        commit(websiteError, o -> new Organization(o.id(), o.acronym(), o.name(), o.kind(), website.get(), o.notes(), o.updatedAt()));
    }

    public void commitNotes() {
        commit(null, o -> new Organization(o.id(), o.acronym(), o.name(), o.kind(), o.website(), notes.get(), o.updatedAt()));
    }

    /** Saves one changed field on top of what is saved; the other fields' pending text is left alone. */
    private void commit(StringProperty error, Function<Organization, Organization> change) {
        Organization saved = organization.get();
        if (saved == null) {
            return;
        }
        try {
            Organization updated = roster.updateOrganization(change.apply(saved));
            organization.set(updated);
            if (error != null) {
                error.set("");
            }
            if (!updated.equals(saved)) {
                onChanged.run();
            }
        } catch (ValidationException e) {
            String text = String.join("\n", e.problems().stream().map(Problem::message).toList());
            if (error != null) {
                error.set(text);
            }
        }
    }

    /** The status changes on {@code date}: the open period closes the day before, a new one opens. */
    public List<Problem> changeStatus(MembershipStatus status, LocalDate date) {
        if (status == null || date == null) {
            return List.of(new Problem(messages.get("roster.field.since"), messages.get("roster.error.sinceRequired")));
        }
        return act(() -> roster.changeStatus(id(), status, date));
    }

    /** The organization leaves the task force; {@code lastDay} is its last day. */
    public List<Problem> endMembership(LocalDate lastDay) {
        if (lastDay == null) {
            return List.of(new Problem(messages.get("roster.field.lastDay"), messages.get("roster.error.dateRequired")));
        }
        return act(() -> { roster.endMembership(id(), lastDay); return null; });
    }

    /** Adds or edits a focal point (a new one has an id not yet saved). */
    public List<Problem> savePerson(Person person) {
        return act(() -> roster.savePerson(person));
    }

    /** The person stops acting for the organization after {@code lastDay}; they stay in the list. */
    public List<Problem> deactivate(Person person, LocalDate lastDay) {
        if (lastDay == null) {
            return List.of(new Problem(messages.get("roster.field.lastDay"), messages.get("roster.error.dateRequired")));
        }
        return act(() -> roster.deactivatePerson(person.id(), lastDay));
    }

    /** A new, unsaved focal point of this organization, active from today. */
    public Person newPerson() {
        return new Person(UUID.randomUUID(), id(), "", "", "", "", org.untfsse.workbench.model.roster.PersonRole.FOCAL_POINT,
                roster.today(), null, null);
    }

    public boolean hasOpenPeriod() {
        return memberships.stream().anyMatch(Membership::isOpen);
    }

    private List<Problem> act(Supplier<Object> action) {
        try {
            action.get();
            reloadHistory();
            onChanged.run();
            return List.of();
        } catch (ValidationException e) {
            return e.problems();
        }
    }

    private void reloadHistory() {
        Organization o = organization.get();
        memberships.setAll(o == null ? List.of() : roster.memberships(o.id()));
        people.setAll(o == null ? List.of() : roster.people(o.id()));
    }

    private UUID id() {
        return organization.get().id();
    }

    public ObjectProperty<Organization> organizationProperty() { return organization; }
    public BooleanProperty presentProperty() { return present; }
    public StringProperty acronymProperty() { return acronym; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<OrganizationKind> kindProperty() { return kind; }
    public StringProperty websiteProperty() { return website; }
    public StringProperty notesProperty() { return notes; }
    public StringProperty acronymErrorProperty() { return acronymError; }
    public StringProperty nameErrorProperty() { return nameError; }
    public StringProperty websiteErrorProperty() { return websiteError; }
    public ObservableList<Membership> memberships() { return memberships; }
    public ObservableList<Person> people() { return people; }
    public Messages messages() { return messages; }
    public LocalDate today() { return roster.today(); }
}
