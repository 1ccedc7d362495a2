package org.untfsse.workbench.service.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.testsupport.TestWorkbench;

class RosterCsvImporterTest {

    private static final String HEADER = "acronym,name,kind,status,since,focal_point,title,email,phone\n";

    @TempDir
    Path dir;
    private AppContext app;
    private RosterService roster;

    @BeforeEach
    void open() {
        app = TestWorkbench.open(dir);
        roster = app.roster();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Path csv(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void rows_with_the_same_acronym_make_one_organization_with_several_focal_points() throws Exception {
        Path file = csv("a.csv", HEADER
                + "ILO,International Labour Organization,UN_ENTITY,Member,2013-09-30,Ana Example,Officer,ana@example.org,+41 22 000 00 00\n"
                + "ilo,,,,,Ben Example,Alternate,ben@example.org,\n");
        RosterImportPlan done = roster.csvImporter().importFile(file);

        assertThat(done.count(RosterImportPlan.ChangeKind.ADD_ORGANIZATION)).isEqualTo(1);
        var ilo = roster.organizationByAcronym("ILO").orElseThrow();
        assertThat(ilo.kind()).isEqualTo(OrganizationKind.UN_ENTITY);
        assertThat(roster.people(ilo.id())).extracting(Person::name).containsExactly("Ana Example", "Ben Example");
        assertThat(roster.statusOn(ilo.id(), LocalDate.of(2020, 1, 1))).contains(MembershipStatus.MEMBER);
    }

    @Test
    void importing_the_same_file_twice_changes_nothing_the_second_time() throws Exception {
        Path file = csv("a.csv", HEADER
                + "UNRISD,UN Research Institute for Social Development,UN entity,member,2013-09-30,Ana Example,,ana@example.org,\n"
                + "RIPESS,Intercontinental Network for the Promotion of Social Solidarity Economy,network,observer,2023-10-02,,,,\n");
        roster.csvImporter().importFile(file);
        var before = roster.allOrganizations();
        var peopleBefore = roster.allPeople();

        RosterImportPlan second = roster.csvImporter().importFile(file);

        assertThat(second.changesNothing()).isTrue();
        assertThat(second.unchangedOrganizations()).isEqualTo(2);
        assertThat(second.unchangedPeople()).isEqualTo(1);
        assertThat(roster.allOrganizations()).isEqualTo(before);
        assertThat(roster.allPeople()).isEqualTo(peopleBefore);
    }

    @Test
    void a_person_is_matched_by_email_when_the_name_is_spelt_differently() throws Exception {
        roster.csvImporter().importFile(csv("a.csv", HEADER + "WHO,World Health Organization,UN entity,member,2024-03-14,Ana Example,,ana@example.org,\n"));
        roster.csvImporter().importFile(csv("b.csv", HEADER + "WHO,,,,,Ana M. Example,Director,ANA@example.org,\n"));
        var who = roster.organizationByAcronym("WHO").orElseThrow();
        assertThat(roster.people(who.id())).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Ana M. Example");
            assertThat(p.title()).isEqualTo("Director");
        });
    }

    @Test
    void a_new_status_on_a_later_date_closes_the_open_period_and_keeps_the_history() throws Exception {
        roster.csvImporter().importFile(csv("a.csv", HEADER + "UNHCR,UN High Commissioner for Refugees,UN entity,observer,2021-12-06,,,,\n"));
        RosterImportPlan plan = roster.csvImporter().importFile(csv("b.csv", HEADER + "UNHCR,,,member,2024-03-14,,,,\n"));

        assertThat(plan.count(RosterImportPlan.ChangeKind.CHANGE_STATUS)).isEqualTo(1);
        var unhcr = roster.organizationByAcronym("UNHCR").orElseThrow();
        assertThat(roster.memberships(unhcr.id())).extracting(Membership::status, Membership::from, Membership::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MembershipStatus.OBSERVER, LocalDate.of(2021, 12, 6), LocalDate.of(2024, 3, 13)),
                        org.assertj.core.groups.Tuple.tuple(MembershipStatus.MEMBER, LocalDate.of(2024, 3, 14), null));
    }

    @Test
    void every_problem_is_listed_by_line_and_nothing_is_written() throws Exception {
        Path file = csv("bad.csv", HEADER
                + "GSEF,Global Social Economy Forum,network,observer,2023-10-02,,,,\n"
                + "ICA,International Co-operative Alliance,network,observer,2023-10-02,Ana Example,,ana(at)example.org,\n"
                + ",No acronym,research,observer,2023-10-02,,,,\n"
                + "EMES,\"EMES International\nResearch Network\",research,partner,02/10/2023,,,,\n"
                + "ICA,,,,,Ana Example,,,\n");

        RosterImportPlan plan = roster.csvImporter().plan(file);
        assertThat(plan.problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith("line 3:").contains("ana(at)example.org"),
                p -> assertThat(p).startsWith("line 4:").contains("acronym"),
                p -> assertThat(p).startsWith("line 5:").contains("partner"),
                p -> assertThat(p).startsWith("line 5:").contains("02/10/2023"),
                p -> assertThat(p).startsWith("line 7:").contains("already listed on line 3"));

        assertThatThrownBy(() -> roster.csvImporter().importFile(file)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(5));
        assertThat(roster.allOrganizations()).isEmpty();
    }

    @Test
    void rows_of_one_organization_that_disagree_on_its_name_are_a_problem() throws Exception {
        RosterImportPlan plan = roster.csvImporter().plan(csv("c.csv", HEADER
                + "SEE,Social Economy Europe,network,observer,2023-10-02,,,,\n"
                + "SEE,Social Enterprise Europe,,,,,,,\n"));
        assertThat(plan.problems()).extracting(Problem::where).containsExactly("line 3");
    }

    @Test
    void kind_and_status_accept_plain_words_in_any_case() {
        assertThat(RosterCsvValues.kind("UN entity")).contains(OrganizationKind.UN_ENTITY);
        assertThat(RosterCsvValues.kind("un_entity")).contains(OrganizationKind.UN_ENTITY);
        assertThat(RosterCsvValues.kind("Network / civil society")).contains(OrganizationKind.NETWORK);
        assertThat(RosterCsvValues.kind("Intergovernmental")).contains(OrganizationKind.INTERGOVERNMENTAL);
        assertThat(RosterCsvValues.status("MEMBER")).contains(MembershipStatus.MEMBER);
        assertThat(RosterCsvValues.status("observer")).contains(MembershipStatus.OBSERVER);
        assertThat(RosterCsvValues.status("partner")).isEmpty();
    }

    @Test
    void the_example_roster_in_the_docs_imports_cleanly() {
        Path example = Path.of("docs/examples/untfsse-roster.csv");
        RosterImportPlan plan = roster.csvImporter().importFile(example);
        assertThat(plan.problems()).isEmpty();
        RosterCounts counts = roster.counts(LocalDate.of(2023, 11, 1));
        assertThat(counts.members()).isEqualTo(9);
        assertThat(counts.observers()).isEqualTo(14);
        assertThat(roster.csvImporter().plan(example).changesNothing()).isTrue();
    }

    @Test
    void the_example_with_errors_in_the_docs_reports_each_broken_line() {
        RosterImportPlan plan = roster.csvImporter().plan(Path.of("docs/examples/roster-with-errors.csv"));
        assertThat(plan.problems()).extracting(Problem::where).containsExactly("line 5", "line 6", "line 7", "line 7");
        assertThat(List.copyOf(roster.allOrganizations())).isEmpty();
    }
}
