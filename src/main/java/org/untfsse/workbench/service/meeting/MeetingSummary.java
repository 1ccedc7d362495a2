package org.untfsse.workbench.service.meeting;

import org.untfsse.workbench.model.meeting.Meeting;

/** One line of the meetings list: the meeting and, for a regular meeting, the interval since the previous one. */
public record MeetingSummary(Meeting meeting, String displayTitle, Cadence.Interval interval) {
}
