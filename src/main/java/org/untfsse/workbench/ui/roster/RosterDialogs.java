package org.untfsse.workbench.ui.roster;

import java.time.LocalDate;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.model.roster.PersonRole;

/** The Rosters view's forms: add an organization, change or end a status, add or edit a person, deactivate. */
final class RosterDialogs {

    private final RosterViewModel model;
    private final Messages m;

    RosterDialogs(RosterViewModel model) {
        this.model = model;
        this.m = model.messages();
    }

    void addOrganization(Window owner) {
        FormDialog form = new FormDialog(m, owner, "add-organization", m.get("roster.add.title"),
                m.get("roster.add.header"), m.get("common.add"));
        TextField acronym = field("add-acronym");
        TextField name = field("add-name");
        ComboBox<OrganizationKind> kind = RosterCells.kindBox(m, "add-kind");
        kind.setValue(OrganizationKind.UN_ENTITY);
        ComboBox<MembershipStatus> status = RosterCells.statusBox(m, "add-status");
        status.setValue(MembershipStatus.MEMBER);
        DatePicker since = date("add-since", model.today());
        form.addRow(m.get("roster.field.acronym"), acronym);
        form.addRow(m.get("roster.field.name"), name);
        form.addRow(m.get("roster.field.kind"), kind);
        form.addRow(m.get("roster.field.status"), status);
        form.addRow(m.get("roster.field.since"), since);
        form.show(() -> model.addOrganization(acronym.getText(), name.getText(), kind.getValue(),
                status.getValue(), RosterCells.dateOf(since)));
        acronym.requestFocus();
    }

    void changeStatus(Window owner) {
        OrganizationDetailsViewModel details = model.details();
        FormDialog form = new FormDialog(m, owner, "change-status", m.get("roster.changeStatus.title"),
                m.get("roster.changeStatus.header", details.acronymProperty().get()), m.get("roster.changeStatus.ok"));
        ComboBox<MembershipStatus> status = RosterCells.statusBox(m, "change-status-value");
        status.setValue(MembershipStatus.MEMBER);
        DatePicker date = date("change-status-date", model.today());
        form.addRow(m.get("roster.field.newStatus"), status);
        form.addRow(m.get("roster.field.from"), date);
        form.show(() -> details.changeStatus(status.getValue(), RosterCells.dateOf(date)));
    }

    void endMembership(Window owner) {
        OrganizationDetailsViewModel details = model.details();
        FormDialog form = new FormDialog(m, owner, "end-membership", m.get("roster.endMembership.title"),
                m.get("roster.endMembership.header", details.acronymProperty().get()), m.get("roster.endMembership.ok"));
        DatePicker date = date("end-membership-date", model.today());
        form.addRow(m.get("roster.field.lastDay"), date);
        form.show(() -> details.endMembership(RosterCells.dateOf(date)));
    }

    void editPerson(Window owner, Person person, boolean isNew) {
        OrganizationDetailsViewModel details = model.details();
        FormDialog form = new FormDialog(m, owner, "person", m.get(isNew ? "roster.person.addTitle" : "roster.person.editTitle"),
                m.get("roster.person.header", details.acronymProperty().get()), m.get(isNew ? "common.add" : "roster.person.save"));
        TextField name = field("person-name", person.name());
        TextField title = field("person-title", person.title());
        TextField email = field("person-email", person.email());
        TextField phone = field("person-phone", person.phone());
        ComboBox<PersonRole> role = new ComboBox<>(FXCollections.observableArrayList(PersonRole.values()));
        role.setId("person-role");
        role.setConverter(RosterCells.converter(r -> m.get("roster.role." + r.name())));
        role.setValue(person.role());
        DatePicker from = date("person-from", person.activeFrom());
        DatePicker to = date("person-to", person.activeTo());
        form.addRow(m.get("roster.field.personName"), name);
        form.addRow(m.get("roster.field.title"), title);
        form.addRow(m.get("roster.field.email"), email);
        form.addRow(m.get("roster.field.phone"), phone);
        form.addRow(m.get("roster.field.role"), role);
        form.addRow(m.get("roster.field.activeFrom"), from);
        form.addRow(m.get("roster.field.activeTo"), to);
        form.show(() -> details.savePerson(new Person(person.id(), person.organizationId(), name.getText(),
                title.getText(), email.getText(), phone.getText(), role.getValue(), RosterCells.dateOf(from),
                RosterCells.dateOf(to), person.updatedAt())));
        name.requestFocus();
    }

    void deactivate(Window owner, Person person) {
        OrganizationDetailsViewModel details = model.details();
        FormDialog form = new FormDialog(m, owner, "deactivate", m.get("roster.deactivate.title"),
                m.get("roster.deactivate.header", person.name()), m.get("roster.deactivate.ok"));
        DatePicker date = date("deactivate-date", model.today());
        form.addRow(m.get("roster.field.lastDay"), date);
        form.show(() -> details.deactivate(person, RosterCells.dateOf(date)));
    }

    private static TextField field(String id) {
        return field(id, "");
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        return field;
    }

    private static DatePicker date(String id, LocalDate value) {
        DatePicker picker = new DatePicker(value);
        picker.setId(id);
        picker.setEditable(true);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setPromptText("YYYY-MM-DD");
        picker.setConverter(RosterCells.isoDates());
        return picker;
    }
}
