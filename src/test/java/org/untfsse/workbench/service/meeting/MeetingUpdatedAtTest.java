package org.untfsse.workbench.service.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.common.DataFolder;
import org.untfsse.workbench.model.meeting.ActionItem;
import org.untfsse.workbench.model.meeting.ActionStatus;
import org.untfsse.workbench.model.meeting.AgendaItem;
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.model.meeting.Decision;
import org.untfsse.workbench.model.meeting.DecisionOutcome;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.Reservation;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * The JSON bundle merges a meeting with all its parts as one record, the newer updatedAt winning:
 * so every change to a part must move the meeting's updatedAt.
 */
class MeetingUpdatedAtTest {

    /** A clock the test moves on by a minute before each change. */
    private static final class SteppingClock extends Clock {
        private Instant now = TestWorkbench.NOW;

        Instant step() {
            now = now.plus(Duration.ofMinutes(1));
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path dir;
    private final SteppingClock clock = new SteppingClock();
    private AppContext app;
    private MeetingService meetings;
    private MeetingFixtures f;

    @BeforeEach
    void open() {
        app = new AppContext(new DataFolder(dir.resolve("data")), TestWorkbench.english(), clock);
        meetings = app.meetings();
        f = new MeetingFixtures(app);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void assertMovedTo(UUID meetingId, Instant expected) {
        assertThat(meetings.meeting(meetingId).orElseThrow().updatedAt()).isEqualTo(expected);
    }

    @Test
    void every_change_to_attendance_agenda_decisions_reservations_and_actions_moves_the_meeting_updated_at() {
        Meeting m = f.regular(47, "2024-03-14");
        UUID id = m.id();

        Instant at = clock.step();
        meetings.setAttendance(id, f.ilo.id(), AttendanceStatus.PRESENT, null);
        assertMovedTo(id, at);
        at = clock.step();
        meetings.setAttendance(id, f.ilo.id(), null, null);
        assertMovedTo(id, at);

        at = clock.step();
        AgendaItem first = meetings.addAgendaItem(id, "First");
        assertMovedTo(id, at);
        AgendaItem second = meetings.addAgendaItem(id, "Second");
        at = clock.step();
        meetings.updateAgendaItem(first.withText("First", "ILO", "Minutes", false));
        assertMovedTo(id, at);
        at = clock.step();
        meetings.moveAgendaItem(second.id(), -1);
        assertMovedTo(id, at);
        at = clock.step();
        meetings.deleteAgendaItem(first.id());
        assertMovedTo(id, at);

        at = clock.step();
        Decision d = meetings.addDecision(id, null, "Text", DecisionOutcome.ADOPTED_WITH_RESERVATIONS);
        assertMovedTo(id, at);
        at = clock.step();
        meetings.updateDecision(d.withContent(null, "Changed", d.outcome()));
        assertMovedTo(id, at);
        at = clock.step();
        Reservation r = meetings.saveReservation(new Reservation(UUID.randomUUID(), d.id(), f.unctad.id(), "Why", null));
        assertMovedTo(id, at);
        at = clock.step();
        meetings.deleteReservation(d.id(), r.id());
        assertMovedTo(id, at);
        at = clock.step();
        meetings.deleteDecision(d.id());
        assertMovedTo(id, at);

        at = clock.step();
        ActionItem a = meetings.addAction(id, "Do it", f.ilo.id(), null, LocalDate.parse("2024-06-30"));
        assertMovedTo(id, at);
        at = clock.step();
        meetings.updateAction(a.withContent("Do it well", f.ilo.id(), null, null));
        assertMovedTo(id, at);
        at = clock.step();
        meetings.setActionStatus(a.id(), ActionStatus.DONE, null);
        assertMovedTo(id, at);
        at = clock.step();
        meetings.setActionStatus(a.id(), ActionStatus.OPEN, null);
        meetings.deleteAction(a.id());
        assertMovedTo(id, at);
    }

    @Test
    void deleting_the_meeting_an_action_was_closed_at_moves_the_meeting_that_raised_it() {
        Meeting m46 = f.regular(46, "2023-11-20");
        Meeting m47 = f.regular(47, "2024-03-14");
        ActionItem a = meetings.addAction(m46.id(), "Report back", f.ilo.id(), null, null);
        meetings.setActionStatus(a.id(), ActionStatus.DONE, m47.id());

        Instant at = clock.step();
        meetings.deleteMeeting(m47.id());

        assertMovedTo(m46.id(), at);
        assertThat(meetings.actionsRaisedAt(m46.id())).extracting(ActionItem::closedAtMeetingId)
                .containsExactly((UUID) null);
    }
}
