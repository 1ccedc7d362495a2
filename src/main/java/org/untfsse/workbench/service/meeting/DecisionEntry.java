package org.untfsse.workbench.service.meeting;

import java.util.List;
import org.untfsse.workbench.model.meeting.Decision;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.Reservation;

/** A decision with the meeting that took it and its reservations, for the register and the minutes. */
public record DecisionEntry(Decision decision, Meeting meeting, List<Reservation> reservations) {
}
