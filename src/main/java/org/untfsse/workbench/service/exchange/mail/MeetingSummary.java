package org.untfsse.workbench.service.exchange.mail;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the circulation e-mail says about a meeting; supplied by the meetings feature, so that this
 * package never depends on it. {@code number} is null for meetings that are not numbered, which
 * then go by {@code title}. {@code commentDeadline} may be null.
 */
public record MeetingSummary(Integer number, String title, LocalDate date, LocalDate commentDeadline, int decisions,
                             int openActions, Set<UUID> attendingOrganizations) {

    public MeetingSummary {
        Objects.requireNonNull(date, "date");
        title = title == null ? "" : title.strip();
        attendingOrganizations = Set.copyOf(attendingOrganizations == null ? Set.of() : attendingOrganizations);
    }
}
