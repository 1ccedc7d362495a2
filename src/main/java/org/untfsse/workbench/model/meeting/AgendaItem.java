package org.untfsse.workbench.model.meeting;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One item of a meeting's agenda, with the minutes written under it (a small Markdown subset).
 * A {@code standing} item comes back at every meeting; the {@code followUp} item is where open
 * action items of earlier meetings are listed.
 */
public record AgendaItem(
        UUID id,
        UUID meetingId,
        int position,
        String title,
        String presenter,
        String minutesText,
        boolean standing,
        boolean followUp,
        Instant updatedAt) {

    public AgendaItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        title = title == null ? "" : title.strip();
        presenter = presenter == null ? "" : presenter.strip();
        minutesText = minutesText == null ? "" : minutesText;
    }

    public AgendaItem withUpdatedAt(Instant instant) {
        return new AgendaItem(id, meetingId, position, title, presenter, minutesText, standing, followUp, instant);
    }

    public AgendaItem withPosition(int newPosition) {
        return new AgendaItem(id, meetingId, newPosition, title, presenter, minutesText, standing, followUp, updatedAt);
    }

    public AgendaItem withText(String newTitle, String newPresenter, String newMinutes, boolean newStanding) {
        return new AgendaItem(id, meetingId, position, newTitle, newPresenter, newMinutes, newStanding, followUp,
                updatedAt);
    }
}
