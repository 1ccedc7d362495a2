package org.untfsse.workbench.service.rotation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.common.ValidationException;

/**
 * Proposes future terms: for each chosen office, consecutive terms of the given length, handed on
 * along the rotation order (an office held by two at once takes the next two organizations).
 * Each office's plan starts on the requested date, or the day after its last ended term if that
 * is later; the organization after the current holder goes first. Nothing is saved.
 */
public final class RotationPlanner {

    private final RotationService service;
    private final Messages messages;

    RotationPlanner(RotationService service) {
        this.service = service;
        this.messages = service.messages();
    }

    List<RotationTerm> propose(PlanRequest request, Map<UUID, Office> offices, List<RotationTerm> existing) {
        ValidationException.throwIfAny(checkRequest(request, offices));
        List<RotationTerm> proposals = new ArrayList<>();
        for (UUID officeId : request.officeIds()) {
            Office office = offices.get(officeId);
            List<RotationTerm> held = existing.stream().filter(t -> t.officeId().equals(officeId))
                    .sorted(Comparator.comparing(RotationTerm::start)).toList();
            LocalDate from = firstFreeDay(request.start(), held);
            // Once accepted, open terms end the day before the plan begins; check against that picture.
            List<RotationTerm> picture = new ArrayList<>(held.stream()
                    .map(t -> t.isOpen() && t.start().isBefore(from) ? t.withEnd(from.minusDays(1)) : t).toList());
            int next = nextIndex(request.organizationOrder(), held, from);
            for (int k = 0; k < request.termsPerOffice(); k++) {
                LocalDate end = from.plusMonths((long) request.termMonths() * (k + 1)).minusDays(1);
                LocalDate start = from.plusMonths((long) request.termMonths() * k);
                for (int h = 0; h < office.maxHolders(); h++) {
                    UUID org = request.organizationOrder().get(next % request.organizationOrder().size());
                    next++;
                    RotationTerm term = new RotationTerm(UUID.randomUUID(), officeId, org, null, null, start, end, null,
                            messages.get("rotation.planner.note"), null);
                    ValidationException.throwIfAny(service.problems(term, picture));
                    picture.add(term);
                    proposals.add(term);
                }
            }
        }
        return proposals;
    }

    private List<Problem> checkRequest(PlanRequest request, Map<UUID, Office> offices) {
        List<Problem> problems = new ArrayList<>();
        if (request.officeIds().isEmpty()) {
            problems.add(new Problem(messages.get("rotation.field.offices"), messages.get("rotation.error.planNoOffice")));
        }
        int most = request.officeIds().stream().map(offices::get).filter(o -> o != null).mapToInt(Office::maxHolders)
                .max().orElse(1);
        if (request.organizationOrder().size() < most || request.organizationOrder().isEmpty()) {
            problems.add(new Problem(messages.get("rotation.field.order"), messages.get("rotation.error.planOrder", most)));
        }
        if (request.termMonths() < 1 || request.termMonths() > 120) {
            problems.add(new Problem(messages.get("rotation.field.termMonths"), messages.get("rotation.error.planMonths")));
        }
        if (request.termsPerOffice() < 1 || request.termsPerOffice() > 20) {
            problems.add(new Problem(messages.get("rotation.field.termCount"), messages.get("rotation.error.planCount")));
        }
        if (request.start() == null) {
            problems.add(new Problem(messages.get("rotation.field.start"), messages.get("rotation.error.startRequired")));
        }
        return problems;
    }

    private static LocalDate firstFreeDay(LocalDate requested, List<RotationTerm> held) {
        LocalDate from = requested;
        for (RotationTerm t : held) {
            if (!t.isOpen() && !t.end().isBefore(from)) {
                from = t.end().plusDays(1);
            }
        }
        return from;
    }

    /** The position in the order after the organization holding the office just before {@code from}. */
    private static int nextIndex(List<UUID> order, List<RotationTerm> held, LocalDate from) {
        LocalDate dayBefore = from.minusDays(1);
        int best = -1;
        for (RotationTerm t : held) {
            if (t.covers(dayBefore)) {
                best = Math.max(best, order.indexOf(t.organizationId()));
            }
        }
        return best + 1;
    }
}
