package org.untfsse.workbench.service.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.testsupport.TestWorkbench;

class RotationRulesTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final Office CHAIR = new Office(Office.CHAIR_ID, "CHAIR", "Chair", 1, true, 10, T);
    private static final Office CO_CHAIR = new Office(Office.CO_CHAIR_ID, "CO_CHAIR", "Co-Chair", 2, true, 20, T);
    private final UUID ilo = UUID.randomUUID();
    private final UUID unctad = UUID.randomUUID();
    private final UUID undp = UUID.randomUUID();
    private final Map<UUID, String> names = Map.of(ilo, "ILO", unctad, "UNCTAD", undp, "UNDP");
    private final RotationRules rules = new RotationRules(TestWorkbench.english());

    private RotationTerm term(Office office, UUID org, String start, String end) {
        return new RotationTerm(UUID.randomUUID(), office.id(), org, null, null, LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), null, "", T);
    }

    private List<Problem> check(RotationTerm t, Office office, RotationTerm... others) {
        return rules.check(t, office, office.name(), List.of(others), x -> names.get(x.organizationId()));
    }

    @Test
    void a_term_may_not_end_before_it_starts() {
        List<Problem> problems = check(term(CHAIR, ilo, "2024-05-01", "2024-04-30"), CHAIR);
        assertThat(problems).extracting(Problem::message)
                .containsExactly("The term ends (2024-04-30) before it starts (2024-05-01).");
    }

    @Test
    void a_term_may_end_on_the_day_it_starts() {
        assertThat(check(term(CHAIR, ilo, "2024-05-01", "2024-05-01"), CHAIR)).isEmpty();
    }

    @Test
    void a_single_holder_office_may_not_overlap_itself() {
        RotationTerm held = term(CHAIR, ilo, "2019-11-01", "2023-02-28");
        List<Problem> problems = check(term(CHAIR, unctad, "2023-01-01", null), CHAIR, held);
        assertThat(problems).extracting(Problem::message).containsExactly(
                "Chair is held by one organization at a time, and ILO already holds it 2019-11-01 to 2023-02-28.");
    }

    @Test
    void consecutive_terms_of_a_single_holder_office_are_allowed() {
        RotationTerm held = term(CHAIR, ilo, "2019-11-01", "2023-02-28");
        assertThat(check(term(CHAIR, unctad, "2023-03-01", null), CHAIR, held)).isEmpty();
    }

    @Test
    void an_open_term_overlaps_every_later_term() {
        RotationTerm open = term(CHAIR, ilo, "2019-11-01", null);
        assertThat(check(term(CHAIR, unctad, "2030-01-01", "2030-12-31"), CHAIR, open)).hasSize(1);
    }

    @Test
    void editing_a_term_does_not_clash_with_its_own_previous_version() {
        RotationTerm held = term(CHAIR, ilo, "2019-11-01", "2023-02-28");
        RotationTerm edited = held.withEnd(LocalDate.parse("2023-03-31"));
        assertThat(check(edited, CHAIR, held)).isEmpty();
    }

    @Test
    void two_co_chairs_may_hold_office_at_once() {
        RotationTerm a = term(CO_CHAIR, ilo, "2023-10-01", null);
        assertThat(check(term(CO_CHAIR, unctad, "2023-10-01", null), CO_CHAIR, a)).isEmpty();
    }

    @Test
    void a_third_co_chair_at_the_same_time_is_refused() {
        RotationTerm a = term(CO_CHAIR, ilo, "2023-10-01", null);
        RotationTerm b = term(CO_CHAIR, unctad, "2023-10-01", null);
        List<Problem> problems = check(term(CO_CHAIR, undp, "2024-06-01", "2024-12-31"), CO_CHAIR, a, b);
        assertThat(problems).extracting(Problem::message).containsExactly(
                "On 2024-06-01 Co-Chair would have more than 2 holders: ILO, UNCTAD already hold it.");
    }

    @Test
    void a_third_co_chair_is_refused_from_the_day_a_second_one_joins() {
        RotationTerm a = term(CO_CHAIR, ilo, "2023-10-01", null);
        RotationTerm b = term(CO_CHAIR, unctad, "2025-01-01", null);
        List<Problem> problems = check(term(CO_CHAIR, undp, "2024-06-01", "2025-06-30"), CO_CHAIR, a, b);
        assertThat(problems).extracting(Problem::message).singleElement().asString().startsWith("On 2025-01-01");
    }

    @Test
    void a_co_chair_replacing_one_who_left_is_allowed() {
        RotationTerm a = term(CO_CHAIR, ilo, "2023-10-01", null);
        RotationTerm b = term(CO_CHAIR, unctad, "2023-10-01", "2024-12-31");
        assertThat(check(term(CO_CHAIR, undp, "2025-01-01", null), CO_CHAIR, a, b)).isEmpty();
    }

    @Test
    void one_organization_may_not_hold_both_co_chair_seats() {
        RotationTerm a = term(CO_CHAIR, ilo, "2023-10-01", null);
        List<Problem> problems = check(term(CO_CHAIR, ilo, "2024-01-01", null), CO_CHAIR, a);
        assertThat(problems).extracting(Problem::message)
                .containsExactly("ILO already holds Co-Chair 2023-10-01 onwards; one organization holds an office once at a time.");
    }

    @Test
    void every_problem_is_reported_at_once() {
        RotationTerm held = term(CHAIR, ilo, "2019-11-01", "2023-02-28");
        assertThat(check(term(CHAIR, unctad, "2022-01-01", "2021-01-01"), CHAIR, held)).hasSize(2);
    }

    @Test
    void a_holder_that_is_not_a_member_on_the_start_date_gets_a_warning_not_a_refusal() {
        RotationTerm t = term(CHAIR, ilo, "2024-01-01", null);
        assertThat(rules.warnings(t, "ILO", MembershipStatus.OBSERVER)).extracting(Problem::message).containsExactly(
                "ILO is not a member of the task force on 2024-01-01 (status: Observer). Saved anyway.");
        assertThat(rules.warnings(t, "ILO", null)).hasSize(1);
        assertThat(rules.warnings(t, "ILO", MembershipStatus.MEMBER)).isEmpty();
    }

    @Test
    void gaps_between_terms_are_reported() {
        List<RotationTerm> terms = List.of(term(CHAIR, ilo, "2019-11-01", "2022-12-31"),
                term(CHAIR, unctad, "2023-03-01", "2023-09-30"), term(CHAIR, undp, "2023-10-01", null));
        assertThat(RotationRules.gaps(CHAIR, terms)).containsExactly(
                new Gap(CHAIR, LocalDate.parse("2023-01-01"), LocalDate.parse("2023-02-28")));
    }

    @Test
    void there_is_no_gap_while_an_overlapping_co_chair_still_holds_office() {
        List<RotationTerm> terms = List.of(term(CO_CHAIR, ilo, "2020-01-01", "2024-12-31"),
                term(CO_CHAIR, unctad, "2020-01-01", "2021-12-31"), term(CO_CHAIR, undp, "2025-01-01", null));
        assertThat(RotationRules.gaps(CO_CHAIR, terms)).isEmpty();
    }
}
