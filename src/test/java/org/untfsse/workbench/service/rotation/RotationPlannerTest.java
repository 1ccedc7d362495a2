package org.untfsse.workbench.service.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.testsupport.RotationHistory;
import org.untfsse.workbench.testsupport.TestWorkbench;

class RotationPlannerTest {

    @TempDir
    Path dir;
    private AppContext context;
    private RotationService rotation;
    private RotationHistory h;

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
        rotation = context.rotation();
        h = RotationHistory.enter(context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private List<UUID> order() {
        return List.of(h.ilo.id(), h.unctad.id(), h.undp.id(), h.unrisd.id());
    }

    @Test
    void the_planner_proposes_consecutive_terms_handed_on_along_the_order_after_the_current_holder() {
        List<RotationTerm> proposals = rotation.plan(new PlanRequest(List.of(Office.SECRETARIAT_ID), order(), 24,
                d("2027-01-01"), 3));
        assertThat(proposals).extracting(RotationTerm::organizationId, RotationTerm::start, RotationTerm::end)
                .containsExactly(tuple(h.unctad.id(), d("2027-01-01"), d("2028-12-31")),
                        tuple(h.undp.id(), d("2029-01-01"), d("2030-12-31")),
                        tuple(h.unrisd.id(), d("2031-01-01"), d("2032-12-31")));
    }

    @Test
    void proposals_are_not_saved_until_accepted() {
        int before = rotation.terms().size();
        rotation.plan(new PlanRequest(List.of(Office.SECRETARIAT_ID), order(), 12, d("2027-01-01"), 2));
        assertThat(rotation.terms()).hasSize(before);
    }

    @Test
    void co_chairs_are_planned_two_at_a_time_and_never_more() {
        List<RotationTerm> proposals = rotation.plan(new PlanRequest(List.of(Office.CO_CHAIR_ID), order(), 24,
                d("2027-01-01"), 2));
        assertThat(proposals).extracting(RotationTerm::organizationId)
                .containsExactly(h.undp.id(), h.unrisd.id(), h.ilo.id(), h.unctad.id());
        assertThat(proposals.get(0).start()).isEqualTo(proposals.get(1).start());
        rotation.acceptProposals(proposals);
        assertThat(rotation.holdersOn(d("2029-06-01")).entrySet().stream()
                .filter(e -> e.getKey().code().equals("CO_CHAIR")).findFirst().orElseThrow().getValue()).hasSize(2);
    }

    @Test
    void a_plan_starts_after_a_term_that_already_ends_later() {
        List<RotationTerm> proposals = rotation.plan(new PlanRequest(List.of(Office.CHAIR_ID), order(), 12,
                d("2023-01-01"), 1));
        assertThat(proposals).extracting(RotationTerm::start).containsExactly(d("2023-10-01"));
    }

    @Test
    void accepting_some_proposals_saves_only_those() {
        List<RotationTerm> proposals = rotation.plan(new PlanRequest(List.of(Office.SECRETARIAT_ID), order(), 24,
                d("2027-01-01"), 3));
        int before = rotation.terms().size();
        rotation.acceptProposals(List.of(proposals.get(0)));
        assertThat(rotation.terms()).hasSize(before + 1);
        assertThat(rotation.holdersOn(d("2027-06-01")).values().stream().flatMap(List::stream)
                .filter(x -> x.term().officeId().equals(Office.SECRETARIAT_ID)).map(Holder::acronym)).containsExactly("UNCTAD");
    }

    @Test
    void a_plan_without_offices_or_with_too_short_an_order_is_refused_with_every_problem() {
        assertThatThrownBy(() -> rotation.plan(new PlanRequest(List.of(), List.of(), 0, d("2027-01-01"), 1)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(3));
        assertThatThrownBy(() -> rotation.plan(new PlanRequest(List.of(Office.CO_CHAIR_ID), List.of(h.ilo.id()), 12,
                d("2027-01-01"), 1))).hasMessageContaining("at least 2 organization(s)");
    }
}
