package org.untfsse.workbench.service.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the planner is asked: for each office, {@code termsPerOffice} consecutive terms of
 * {@code termMonths} months from {@code start}, handed on along {@code organizationOrder}.
 */
public record PlanRequest(List<UUID> officeIds, List<UUID> organizationOrder, int termMonths, LocalDate start,
                          int termsPerOffice) {

    public PlanRequest {
        officeIds = List.copyOf(officeIds);
        organizationOrder = List.copyOf(organizationOrder);
    }
}
