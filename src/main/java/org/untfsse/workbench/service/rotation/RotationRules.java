package org.untfsse.workbench.service.rotation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.service.common.Problem;

/**
 * The rotation's rules. Refusals: a term may not end before it starts, a single-holder office may
 * not overlap itself, and no office may have more holders at once than it allows (two Co-Chairs).
 * Warnings only: a holder that is not a member on the term's start; gaps between terms.
 */
public final class RotationRules {

    private final Messages messages;

    public RotationRules(Messages messages) {
        this.messages = messages;
    }

    /**
     * Every reason to refuse {@code term}, given the other terms of the same office
     * ({@code others} may include {@code term}'s previous version; it is skipped).
     */
    public List<Problem> check(RotationTerm term, Office office, String officeLabel, List<RotationTerm> others,
                               Function<RotationTerm, String> acronym) {
        List<Problem> problems = new ArrayList<>();
        if (term.end() != null && term.end().isBefore(term.start())) {
            problems.add(new Problem(messages.get("rotation.field.end"),
                    messages.get("rotation.error.endBeforeStart", term.start(), term.end())));
        }
        List<RotationTerm> overlapping = others.stream()
                .filter(o -> !o.id().equals(term.id()) && o.officeId().equals(office.id()) && o.overlaps(term))
                .sorted(Comparator.comparing(RotationTerm::start)).toList();
        String field = messages.get("rotation.field.period");
        for (RotationTerm o : overlapping) {
            if (o.organizationId().equals(term.organizationId())) {
                problems.add(new Problem(field, messages.get("rotation.error.sameHolderTwice", acronym.apply(o),
                        officeLabel, describe(o))));
            }
        }
        if (office.singleHolder()) {
            for (RotationTerm o : overlapping) {
                if (!o.organizationId().equals(term.organizationId())) {
                    problems.add(new Problem(field, messages.get("rotation.error.overlap", officeLabel,
                            acronym.apply(o), describe(o))));
                }
            }
        } else {
            tooManyHolders(term, office, officeLabel, overlapping, acronym).ifPresent(problems::add);
        }
        return problems;
    }

    private Optional<Problem> tooManyHolders(RotationTerm term, Office office, String officeLabel,
                                             List<RotationTerm> overlapping, Function<RotationTerm, String> acronym) {
        // The number of holders only rises where a term starts, so checking those days is enough.
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(term.start());
        overlapping.stream().map(RotationTerm::start).filter(d -> d.isAfter(term.start()) && term.covers(d))
                .forEach(days::add);
        for (LocalDate day : days) {
            List<RotationTerm> holding = overlapping.stream().filter(o -> o.covers(day)).toList();
            if (holding.size() + 1 > office.maxHolders()) {
                String names = String.join(", ", holding.stream().map(acronym).toList());
                return Optional.of(new Problem(messages.get("rotation.field.period"), messages.get(
                        "rotation.error.tooManyHolders", officeLabel, day, names, office.maxHolders())));
            }
        }
        return Optional.empty();
    }

    /** Warnings that do not stop the term being saved. */
    public List<Problem> warnings(RotationTerm term, String acronym, MembershipStatus statusOnStart) {
        List<Problem> warnings = new ArrayList<>();
        if (statusOnStart != MembershipStatus.MEMBER) {
            String status = statusOnStart == null ? messages.get("rotation.warning.noStatus")
                    : messages.get("roster.status." + statusOnStart.name());
            warnings.add(new Problem(messages.get("rotation.field.organization"),
                    messages.get("rotation.warning.notMember", acronym, term.start(), status)));
        }
        return warnings;
    }

    /** The stretches between the first start and the last end of an office's terms when nobody held it. */
    public static List<Gap> gaps(Office office, List<RotationTerm> terms) {
        List<RotationTerm> sorted = terms.stream().filter(t -> t.officeId().equals(office.id()))
                .sorted(Comparator.comparing(RotationTerm::start)).toList();
        List<Gap> gaps = new ArrayList<>();
        LocalDate coveredUntil = null;
        for (RotationTerm t : sorted) {
            if (coveredUntil != null && coveredUntil != LocalDate.MAX && t.start().isAfter(coveredUntil.plusDays(1))) {
                gaps.add(new Gap(office, coveredUntil.plusDays(1), t.start().minusDays(1)));
            }
            if (coveredUntil == null || t.lastDay().isAfter(coveredUntil)) {
                coveredUntil = t.lastDay();
            }
        }
        return gaps;
    }

    private String describe(RotationTerm t) {
        return t.end() == null ? messages.get("rotation.period.open", t.start())
                : messages.get("rotation.period.closed", t.start(), t.end());
    }
}
