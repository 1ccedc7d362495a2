package org.untfsse.workbench.service.exchange.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.roster.PersonRole;
import org.untfsse.workbench.testsupport.TestWorkbench;

class RecipientFinderTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    @TempDir
    Path dir;

    private AppContext context;
    private MailRosterFixture roster;
    private RecipientFinder finder;

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
        roster = new MailRosterFixture(context.roster());
        finder = context.mailRecipients();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void by_default_the_active_focal_points_of_members_and_observers_are_found_by_acronym() {
        RecipientList list = finder.find(new RecipientSelection(MembershipScope.ALL, Set.of(PersonRole.FOCAL_POINT),
                Set.of(), TODAY));

        assertThat(list.reachable()).extracting(Recipient::email).containsExactly(
                "helene.muller@emes.example", "esim@ilo.example", "carpentier@unctad.example", "cote@who.example");
    }

    @Test
    void recipients_without_an_email_address_are_listed_not_dropped() {
        RecipientList list = finder.find(new RecipientSelection(MembershipScope.MEMBERS, Set.of(PersonRole.FOCAL_POINT),
                Set.of(), TODAY));

        assertThat(list.unreachable()).extracting(Recipient::name, Recipient::organizationAcronym)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rania Al-Khatib", "ESCWA"));
        assertThat(list.reachable()).extracting(Recipient::organizationAcronym).containsExactly("ILO", "UNCTAD", "WHO");
    }

    @Test
    void organizations_with_nobody_active_are_named() {
        RecipientList list = finder.find(new RecipientSelection(MembershipScope.OBSERVERS, Set.of(PersonRole.FOCAL_POINT),
                Set.of(), TODAY));

        assertThat(list.organizationsWithoutAnyone()).containsExactly("CIRIEC");
    }

    @Test
    void the_roster_is_taken_as_of_the_date_and_alternates_come_after_focal_points() {
        RecipientList before = finder.find(DistributionGroup.MEMBERS.selection(LocalDate.parse("2019-06-01")));
        RecipientList now = finder.find(DistributionGroup.MEMBERS.selection(TODAY));

        assertThat(before.reachable()).extracting(Recipient::email)
                .containsExactly("fp@fao.example", "former@ilo.example", "esim@ilo.example", "verze@ilo.example",
                        "carpentier@unctad.example", "alt@unctad.example");
        assertThat(now.reachable()).extracting(Recipient::email).containsExactly("esim@ilo.example", "verze@ilo.example",
                "carpentier@unctad.example", "alt@unctad.example", "cote@who.example");
    }

    @Test
    void a_set_of_organizations_narrows_the_selection() {
        RecipientList list = finder.find(DistributionGroup.ALL.selection(TODAY)
                .onlyOrganizations(Set.of(roster.ilo.id(), roster.emes.id(), roster.fao.id())));

        assertThat(list.reachable()).extracting(Recipient::email)
                .containsExactly("helene.muller@emes.example", "esim@ilo.example", "verze@ilo.example");
    }

    @Test
    void the_alternates_group_holds_only_alternates() {
        assertThat(finder.find(DistributionGroup.ALTERNATES.selection(TODAY)).reachable())
                .extracting(Recipient::role).containsOnly(PersonRole.ALTERNATE).hasSize(2);
    }
}
