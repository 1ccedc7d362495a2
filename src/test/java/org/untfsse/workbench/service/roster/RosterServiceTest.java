package org.untfsse.workbench.service.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.model.roster.PersonRole;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.testsupport.TestWorkbench;

class RosterServiceTest {

    @TempDir
    Path dir;

    private AppContext context;
    private RosterService roster;

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
        roster = context.roster();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Organization create(String acronym, MembershipStatus status, LocalDate since) {
        return roster.createOrganization(new Organization(UUID.randomUUID(), acronym, acronym + " full name",
                OrganizationKind.UN_ENTITY, "", "", null), status, since);
    }

    @Test
    void changing_status_closes_the_open_period_the_day_before_and_keeps_the_history() {
        Organization unhcr = create("UNHCR", MembershipStatus.OBSERVER, LocalDate.of(2021, 1, 1));
        roster.changeStatus(unhcr.id(), MembershipStatus.MEMBER, LocalDate.of(2024, 3, 14));

        var periods = roster.memberships(unhcr.id());
        assertThat(periods).hasSize(2);
        assertThat(periods.get(0).status()).isEqualTo(MembershipStatus.OBSERVER);
        assertThat(periods.get(0).to()).isEqualTo(LocalDate.of(2024, 3, 13));
        assertThat(periods.get(1).status()).isEqualTo(MembershipStatus.MEMBER);
        assertThat(periods.get(1).to()).isNull();
        assertThat(roster.statusOn(unhcr.id(), LocalDate.of(2023, 1, 1))).contains(MembershipStatus.OBSERVER);
        assertThat(roster.statusOn(unhcr.id(), LocalDate.of(2024, 3, 14))).contains(MembershipStatus.MEMBER);
        assertThat(roster.statusOn(unhcr.id(), LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void the_roster_as_of_a_date_is_a_query_with_counts() {
        create("ILO", MembershipStatus.MEMBER, LocalDate.of(2013, 9, 30));
        create("WHO", MembershipStatus.MEMBER, LocalDate.of(2024, 3, 14));
        create("EMES", MembershipStatus.OBSERVER, LocalDate.of(2018, 1, 1));

        assertThat(roster.counts(LocalDate.of(2023, 12, 31))).isEqualTo(new RosterCounts(1, 1));
        assertThat(roster.counts(LocalDate.of(2024, 3, 14))).isEqualTo(new RosterCounts(2, 1));
        assertThat(roster.roster(LocalDate.of(2023, 12, 31), "", RosterFilter.NEITHER))
                .extracting(e -> e.organization().acronym()).containsExactly("WHO");
        assertThat(roster.roster(LocalDate.of(2024, 6, 1), "em", RosterFilter.ALL))
                .extracting(e -> e.organization().acronym()).containsExactly("EMES");
    }

    @Test
    void overlapping_membership_periods_are_refused_and_nothing_is_saved() {
        Organization fao = create("FAO", MembershipStatus.MEMBER, LocalDate.of(2016, 1, 1));
        var open = roster.memberships(fao.id()).get(0);
        var overlapping = new org.untfsse.workbench.model.roster.Membership(UUID.randomUUID(), fao.id(),
                MembershipStatus.OBSERVER, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 6, 30), null);

        assertThatThrownBy(() -> roster.saveMembership(overlapping))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("overlap");
        assertThat(roster.memberships(fao.id())).containsExactly(open);
    }

    @Test
    void a_status_change_before_an_existing_period_is_refused_with_where_and_why() {
        Organization escwa = create("ESCWA", MembershipStatus.MEMBER, LocalDate.of(2023, 12, 7));
        assertThatThrownBy(() -> roster.changeStatus(escwa.id(), MembershipStatus.OBSERVER, LocalDate.of(2023, 1, 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ESCWA").hasMessageContaining("2023-12-07");
    }

    @Test
    void every_problem_of_an_organization_is_reported_at_once() {
        create("ILO", MembershipStatus.MEMBER, LocalDate.of(2013, 9, 30));
        Organization bad = new Organization(UUID.randomUUID(), "ilo", "", OrganizationKind.OTHER, "not a site", "", null);
        assertThatThrownBy(() -> roster.createOrganization(bad, MembershipStatus.MEMBER, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.where() + ": " + p.message())
                        .containsExactlyInAnyOrder(
                                "Acronym: The acronym ILO is already used by ILO full name.",
                                "Full name: The organization's full name is required.",
                                "Website: The website does not look like a web address (for example www.ilo.org).",
                                "Since: Give the date from which the organization has this status."));
        assertThat(roster.allOrganizations()).hasSize(1);
    }

    @Test
    void a_person_with_an_implausible_email_is_refused_and_a_deactivated_person_stays_in_history() {
        Organization ilo = create("ILO", MembershipStatus.MEMBER, LocalDate.of(2013, 9, 30));
        Person bad = new Person(UUID.randomUUID(), ilo.id(), "A. Officer", "", "officer@ilo", "", PersonRole.FOCAL_POINT,
                null, null, null);
        assertThatThrownBy(() -> roster.savePerson(bad)).hasMessageContaining("not a plausible e-mail address");

        Person ok = roster.savePerson(new Person(UUID.randomUUID(), ilo.id(), "A. Officer", "Specialist",
                "officer@ilo.org", "+41 22 799 6111", PersonRole.FOCAL_POINT, LocalDate.of(2020, 1, 1), null, null));
        roster.deactivatePerson(ok.id(), LocalDate.of(2024, 12, 31));

        assertThat(roster.people(ilo.id())).singleElement()
                .satisfies(p -> assertThat(p.activeTo()).isEqualTo(LocalDate.of(2024, 12, 31)));
        assertThat(roster.roster(LocalDate.of(2025, 1, 1), "", RosterFilter.ALL).get(0).activeFocalPoints()).isZero();
        assertThat(roster.roster(LocalDate.of(2024, 1, 1), "", RosterFilter.ALL).get(0).activeFocalPoints()).isEqualTo(1);
    }

    @Test
    void saving_unchanged_details_does_not_restamp_the_record() {
        Organization ilo = create("ILO", MembershipStatus.MEMBER, LocalDate.of(2013, 9, 30));
        Organization again = roster.updateOrganization(new Organization(ilo.id(), "ILO", "ILO full name",
                OrganizationKind.UN_ENTITY, "", "", null));
        assertThat(again.updatedAt()).isEqualTo(ilo.updatedAt());
    }
}
