package org.untfsse.workbench.ui.meeting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.service.meeting.minutes.MinutesFormat;

/** The meeting editor's own dialogs, behind an interface so the view model stays testable. */
public interface MeetingDialogs {

    /** What the officer chose when circulating: format, date, recipients, comments deadline and the file. */
    record CirculationRequest(MinutesFormat format, LocalDate date, List<String> recipients, LocalDate commentsBy,
                              boolean includeContacts, Path file) {
    }

    Optional<CirculationRequest> askCirculation(String meetingTitle, LocalDate today, List<String> defaultRecipients);

    /** Which later meeting approved the minutes. */
    Optional<Meeting> askApprovingMeeting(List<Meeting> laterMeetings);

    Optional<String> askCorrectionReason();
}
