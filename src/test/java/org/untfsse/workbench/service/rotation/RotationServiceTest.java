package org.untfsse.workbench.service.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.testsupport.RotationHistory;
import org.untfsse.workbench.testsupport.TestWorkbench;

/** The rotation service over a real SQLite file holding the task force's real rotation history. */
class RotationServiceTest {

    @TempDir
    Path dir;
    private AppContext context;
    private RotationService rotation;
    private RotationHistory history;

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
        rotation = context.rotation();
        history = RotationHistory.enter(context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Office office(String code) {
        return rotation.officeByCode(code).orElseThrow();
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void the_built_in_offices_exist_with_their_rules() {
        assertThat(rotation.offices()).extracting(Office::code)
                .containsExactly("CHAIR", "CO_CHAIR", "DEPUTY_CHAIR", "VICE_CHAIR", "SECRETARIAT");
        assertThat(office("CO_CHAIR").maxHolders()).isEqualTo(2);
        assertThat(office("CHAIR").id()).isEqualTo(Office.CHAIR_ID);
    }

    @Test
    void who_chairs_on_a_date_is_the_chair_or_else_the_co_chairs() {
        assertThat(rotation.chairOn(d("2021-06-15")).orElseThrow().acronyms()).isEqualTo("ILO");
        assertThat(rotation.chairOn(d("2023-05-10")).orElseThrow().acronyms()).isEqualTo("UNCTAD");
        ChairHolders now = rotation.chairOn(d("2026-11-28")).orElseThrow();
        assertThat(now.office().code()).isEqualTo("CO_CHAIR");
        assertThat(now.acronyms()).isEqualTo("ILO + UNCTAD");
        assertThat(rotation.chairOn(d("2015-01-01"))).isEmpty();
    }

    @Test
    void holders_on_a_date_list_every_office_vacant_ones_empty() {
        Map<Office, List<Holder>> holders = rotation.holdersOn(d("2022-09-01"));
        assertThat(holders.keySet()).extracting(Office::code)
                .containsExactly("CHAIR", "CO_CHAIR", "DEPUTY_CHAIR", "VICE_CHAIR", "SECRETARIAT");
        assertThat(holders.get(office("DEPUTY_CHAIR"))).extracting(Holder::acronym, Holder::person)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNCTAD", "Chantal Line Carpentier"));
        assertThat(holders.get(office("CO_CHAIR"))).isEmpty();
    }

    @Test
    void an_overlapping_chair_is_refused_with_its_message_and_nothing_is_saved() {
        int before = rotation.terms().size();
        RotationTerm clash = new RotationTerm(UUID.randomUUID(), Office.CHAIR_ID, history.undp.id(), null, null,
                d("2023-06-01"), null, null, "", null);
        assertThatThrownBy(() -> rotation.saveTerm(clash)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Chair is held by one organization at a time, and UNCTAD already holds it 2023-03-01 to 2023-09-30.");
        assertThat(rotation.terms()).hasSize(before);
    }

    @Test
    void a_term_for_a_non_member_is_saved_with_a_warning() {
        Organization observer = context.roster().createOrganization(new Organization(UUID.randomUUID(), "RIPESS",
                "RIPESS", OrganizationKind.NETWORK, "", "", null), MembershipStatus.OBSERVER, d("2020-01-01"));
        SavedTerm saved = rotation.saveTerm(new RotationTerm(UUID.randomUUID(), history.deputyChair.id(),
                observer.id(), null, null, d("2024-01-01"), null, null, "", null));
        assertThat(saved.warnings()).singleElement().asString().contains("RIPESS is not a member");
        assertThat(rotation.term(saved.term().id())).isPresent();
    }

    @Test
    void a_term_is_saved_as_made_and_stamped() {
        RotationTerm t = rotation.terms().get(0);
        RotationTerm edited = new RotationTerm(t.id(), t.officeId(), t.organizationId(), null, "Someone", t.start(),
                t.end(), null, "edited", t.updatedAt());
        rotation.saveTerm(edited);
        RotationTerm back = rotation.term(t.id()).orElseThrow();
        assertThat(back.notes()).isEqualTo("edited");
        assertThat(back.updatedAt()).isEqualTo(TestWorkbench.NOW);
    }

    @Test
    void the_only_gap_in_the_real_history_is_none_and_an_invented_one_is_found() {
        assertThat(rotation.gaps()).isEmpty();
        rotation.saveTerm(new RotationTerm(UUID.randomUUID(), Office.CHAIR_ID, history.undp.id(), null, null,
                d("2024-01-01"), d("2024-12-31"), null, "", null));
        assertThat(rotation.gaps()).containsExactly(new Gap(office("CHAIR"), d("2023-10-01"), d("2023-12-31")));
    }

    @Test
    void upcoming_handovers_are_those_within_twelve_months() {
        rotation.saveTerm(new RotationTerm(UUID.randomUUID(), Office.CHAIR_ID, history.undp.id(), null, null,
                d("2027-03-01"), d("2028-02-29"), null, "", null));
        rotation.saveTerm(new RotationTerm(UUID.randomUUID(), history.deputyChair.id(), history.undp.id(), null, null,
                d("2028-03-01"), null, null, "", null));
        assertThat(rotation.upcomingHandovers(d("2026-11-28"))).extracting(Handover::date, Handover::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(d("2027-03-01"), Handover.Kind.STARTS));
    }

    @Test
    void a_user_defined_office_gets_a_code_and_its_name_must_be_new() {
        Office treasurer = rotation.addOffice("Focal point for statistics", 2);
        assertThat(treasurer.code()).isEqualTo("FOCAL_POINT_FOR_STATISTICS");
        assertThat(treasurer.builtIn()).isFalse();
        assertThatThrownBy(() -> rotation.addOffice("deputy chair", 1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("There is already an office called deputy chair.");
        assertThatThrownBy(() -> rotation.addOffice("Triumvir", 3)).isInstanceOf(ValidationException.class);
    }

    @Test
    void accepting_planned_terms_ends_the_open_term_the_day_before() {
        PlanRequest request = new PlanRequest(List.of(Office.CO_CHAIR_ID),
                List.of(history.ilo.id(), history.unctad.id(), history.undp.id(), history.unrisd.id()), 24,
                d("2027-01-01"), 2);
        List<RotationTerm> proposals = rotation.plan(request);
        assertThat(rotation.terms()).hasSize(7);
        rotation.acceptProposals(proposals.subList(0, 2));
        assertThat(rotation.chairOn(d("2026-12-31")).orElseThrow().acronyms()).isEqualTo("ILO + UNCTAD");
        assertThat(rotation.chairOn(d("2027-01-01")).orElseThrow().acronyms()).isEqualTo("UNDP + UNRISD");
    }
}
