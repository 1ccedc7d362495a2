package org.untfsse.workbench.ui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.roster.Membership;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.roster.RosterEntry;
import org.untfsse.workbench.service.roster.RosterFilter;
import org.untfsse.workbench.testsupport.TestWorkbench;

class RosterViewModelTest {

    @TempDir
    Path dir;
    private AppContext app;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private RosterViewModel model;

    @BeforeEach
    void open() {
        app = TestWorkbench.open(dir);
        model = new RosterViewModel(app.roster(), app.messages(), dialogs);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void addIlo() {
        assertThat(model.addOrganization("ILO", "International Labour Organization", OrganizationKind.UN_ENTITY,
                MembershipStatus.MEMBER, LocalDate.of(2013, 9, 30))).isEmpty();
    }

    @Test
    void an_empty_roster_says_how_to_start() {
        assertThat(model.entries()).isEmpty();
        assertThat(model.emptyTextProperty().get()).isEqualTo("No organizations yet — add one or import a CSV.");
        assertThat(model.statusTextProperty().get()).isEqualTo("no members · no observers");
    }

    @Test
    void an_added_organization_is_listed_selected_and_counted() {
        addIlo();
        assertThat(model.entries()).extracting(e -> e.organization().acronym()).containsExactly("ILO");
        assertThat(model.selectedProperty().get().organization().acronym()).isEqualTo("ILO");
        assertThat(model.details().nameProperty().get()).isEqualTo("International Labour Organization");
        assertThat(model.statusTextProperty().get()).isEqualTo("1 member · no observers");
    }

    @Test
    void an_organization_without_acronym_or_name_is_refused_with_every_problem() {
        assertThat(model.addOrganization(" ", "", OrganizationKind.OTHER, MembershipStatus.MEMBER, LocalDate.of(2020, 1, 1)))
                .extracting(Problem::message).hasSize(2);
        assertThat(model.entries()).isEmpty();
    }

    @Test
    void the_text_and_status_filters_and_the_date_narrow_the_list() {
        addIlo();
        model.addOrganization("WFTO", "World Fair Trade Organization", OrganizationKind.NETWORK,
                MembershipStatus.OBSERVER, LocalDate.of(2024, 3, 14));
        model.filterTextProperty().set("fair");
        assertThat(model.entries()).extracting(e -> e.organization().acronym()).containsExactly("WFTO");
        model.filterTextProperty().set("");
        model.statusFilterProperty().set(RosterFilter.MEMBERS);
        assertThat(model.entries()).extracting(e -> e.organization().acronym()).containsExactly("ILO");
        model.statusFilterProperty().set(RosterFilter.NEITHER);
        model.asOfProperty().set(LocalDate.of(2020, 1, 1));
        assertThat(model.entries()).extracting(e -> e.organization().acronym()).containsExactly("WFTO");
        assertThat(model.statusTextProperty().get()).isEqualTo("1 member · no observers");
        assertThat(model.emptyTextProperty().get()).isEqualTo("No organization matches the filter on this date.");
    }

    @Test
    void an_invalid_acronym_is_shown_next_to_the_field_and_nothing_is_saved() {
        addIlo();
        model.addOrganization("UNDP", "United Nations Development Programme", OrganizationKind.UN_ENTITY, null, null);
        OrganizationDetailsViewModel details = model.details();
        details.acronymProperty().set("ILO");
        details.commitAcronym();
        assertThat(details.acronymErrorProperty().get()).contains("already used by International Labour Organization");
        assertThat(app.roster().organizationByAcronym("UNDP")).isPresent();

        details.nameProperty().set("UN Development Programme");
        details.commitName();
        assertThat(app.roster().organizationByAcronym("UNDP").orElseThrow().name()).isEqualTo("UN Development Programme");
        assertThat(details.acronymErrorProperty().get()).isNotEmpty();
    }

    @Test
    void a_status_change_closes_the_open_period_and_opens_the_next() {
        model.addOrganization("UNHCR", "UN High Commissioner for Refugees", OrganizationKind.UN_ENTITY,
                MembershipStatus.OBSERVER, LocalDate.of(2021, 12, 6));
        assertThat(model.details().changeStatus(MembershipStatus.MEMBER, LocalDate.of(2024, 3, 14))).isEmpty();
        assertThat(model.details().memberships()).extracting(Membership::status, Membership::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MembershipStatus.OBSERVER, LocalDate.of(2024, 3, 13)),
                org.assertj.core.groups.Tuple.tuple(MembershipStatus.MEMBER, null));
        assertThat(model.statusTextProperty().get()).isEqualTo("1 member · no observers");
        assertThat(model.details().changeStatus(MembershipStatus.MEMBER, LocalDate.of(2020, 1, 1))).isNotEmpty();
    }

    @Test
    void a_focal_point_is_added_and_a_deactivated_one_stays_in_the_history() {
        addIlo();
        OrganizationDetailsViewModel details = model.details();
        Person draft = details.newPerson();
        Person ana = new Person(draft.id(), draft.organizationId(), "Ana Example", "Officer", "ana@example.org", "",
                draft.role(), LocalDate.of(2024, 1, 1), null, null);
        assertThat(details.savePerson(ana)).isEmpty();
        assertThat(model.entries()).extracting(RosterEntry::activeFocalPoints).containsExactly(1);

        assertThat(details.deactivate(details.people().get(0), LocalDate.of(2026, 6, 30))).isEmpty();
        assertThat(details.people()).singleElement().extracting(Person::activeTo).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(model.entries()).extracting(RosterEntry::activeFocalPoints).containsExactly(0);
    }

    @Test
    void a_bad_email_is_refused() {
        addIlo();
        Person draft = model.details().newPerson();
        Person bad = new Person(draft.id(), draft.organizationId(), "Ana", "", "ana@", "", draft.role(), null, null, null);
        assertThat(model.details().savePerson(bad)).extracting(Problem::message).singleElement().asString().contains("ana@");
        assertThat(model.details().people()).isEmpty();
    }

    @Test
    void a_csv_with_an_error_is_planned_with_the_problem_and_importing_it_writes_nothing() throws Exception {
        Path file = dir.resolve("roster.csv");
        Files.writeString(file, "acronym;name;kind;status;since;focal_point;title;email;phone\n"
                + "ILO;International Labour Organization;UN entity;member;2013-09-30;Ana;;ana(at)example.org;\n");
        dialogs.fileToOpen = file;
        Path chosen = model.chooseImportFile().orElseThrow();
        assertThat(model.planImport(chosen).problems()).extracting(Problem::toString)
                .singleElement().asString().startsWith("line 2:");
        assertThat(model.applyImport(chosen)).hasSize(1);
        assertThat(model.entries()).isEmpty();
    }

    @Test
    void a_valid_csv_is_imported_and_listed() throws Exception {
        Path file = dir.resolve("roster.csv");
        Files.writeString(file, "acronym,name,kind,status,since,focal_point,title,email,phone\n"
                + "ILO,International Labour Organization,UN entity,member,2013-09-30,,,,\n"
                + "GSEF,Global Social Economy Forum,network,observer,2023-10-02,,,,\n");
        assertThat(model.applyImport(file)).isEmpty();
        assertThat(model.entries()).hasSize(2);
        assertThat(model.statusTextProperty().get()).isEqualTo("1 member · 1 observer");
        assertThat(dialogs.shown).singleElement().asString().startsWith("2 organizations added");
    }

    @Test
    void text_typed_but_not_committed_is_saved_when_another_organization_is_selected() {
        addIlo();
        model.addOrganization("UNDP", "United Nations Development Programme", OrganizationKind.UN_ENTITY, null, null);
        model.details().nameProperty().set("UN Development Programme");
        model.select(model.entries().get(0));
        assertThat(model.details().acronymProperty().get()).isEqualTo("ILO");
        assertThat(app.roster().organizationByAcronym("UNDP").orElseThrow().name()).isEqualTo("UN Development Programme");
        assertThat(model.entries()).extracting(e -> e.organization().name())
                .contains("UN Development Programme");
    }
}
