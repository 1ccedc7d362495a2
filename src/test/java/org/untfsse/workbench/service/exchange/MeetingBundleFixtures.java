package org.untfsse.workbench.service.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.meeting.ActionItem;
import org.untfsse.workbench.model.meeting.ActionStatus;
import org.untfsse.workbench.model.meeting.AgendaItem;
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.model.meeting.Decision;
import org.untfsse.workbench.model.meeting.DecisionOutcome;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MeetingKind;
import org.untfsse.workbench.model.meeting.Reservation;
import org.untfsse.workbench.service.meeting.MeetingFixtures;
import org.untfsse.workbench.service.meeting.MeetingService;

/**
 * Two regular meetings and a symposium with every kind of nested part, made through the meeting
 * services as an officer would: attendance, agenda with minutes text, decisions (one with a
 * reservation), action items raised at one meeting and closed at the next, a circulation, the
 * approval and a correction (two minutes versions).
 */
public final class MeetingBundleFixtures {

    public final MeetingFixtures roster;
    public final Meeting m46;
    public final Meeting m47;
    public final Meeting symposium;
    public final Decision withReservation;

    public MeetingBundleFixtures(AppContext app) {
        roster = new MeetingFixtures(app);
        MeetingService meetings = app.meetings();
        m46 = roster.regular(46, "2023-11-20");
        m47 = roster.regular(47, "2024-03-14");
        symposium = meetings.createMeeting(new Meeting(UUID.randomUUID(), null, "4th Technical Symposium",
                MeetingKind.TECHNICAL_SYMPOSIUM, LocalDate.parse("2023-10-02"), LocalDate.parse("2023-10-03"), "Montréal",
                false, roster.ilo.id(), org.untfsse.workbench.model.meeting.MinutesStatus.DRAFT, 1, null, null));

        meetings.setAttendance(m46.id(), roster.ilo.id(), AttendanceStatus.PRESENT, roster.iloFocalPoint.id());
        meetings.setAttendance(m46.id(), roster.unctad.id(), AttendanceStatus.REMOTE, null);
        AgendaItem plan = meetings.addAgendaItem(m46.id(), "Action plan 2024–2026");
        meetings.updateAgendaItem(plan.withText(plan.title(), "ILO", "The **draft** was discussed.\n\n- ILO: “fine”\n"
                + "- UNCTAD: comments by <1 Dec>", false));
        meetings.addDecision(m46.id(), plan.id(), "The task force adopts the action plan.",
                DecisionOutcome.ADOPTED_BY_CONSENSUS);
        ActionItem workplan = meetings.addAction(m46.id(), "Circulate the workplan", roster.ilo.id(),
                roster.iloFocalPoint.id(), LocalDate.parse("2024-01-31"));
        meetings.addAction(m46.id(), "Update the website", roster.unctad.id(), null, null);

        meetings.setAttendance(m47.id(), roster.ilo.id(), AttendanceStatus.PRESENT, roster.iloFocalPoint.id());
        meetings.setAttendance(m47.id(), roster.unctad.id(), AttendanceStatus.PRESENT, roster.unctadFocalPoint.id());
        meetings.setAttendance(m47.id(), roster.who.id(), AttendanceStatus.APOLOGIES, null);
        AgendaItem members = meetings.addAgendaItem(m47.id(), "New members and observers");
        meetings.addAgendaItem(m47.id(), "Any other business");
        meetings.addDecision(m47.id(), members.id(), "WHO joins as a member.", DecisionOutcome.ADOPTED_BY_CONSENSUS);
        withReservation = meetings.addDecision(m47.id(), members.id(), "WFTO joins as an observer.",
                DecisionOutcome.ADOPTED_WITH_RESERVATIONS);
        meetings.saveReservation(new Reservation(UUID.randomUUID(), withReservation.id(), roster.unctad.id(),
                "Asks for a review after one year.", null));
        meetings.setActionStatus(workplan.id(), ActionStatus.DONE, m47.id());

        app.minutes().recordCirculation(m46.id(), "PDF", LocalDate.parse("2023-11-27"),
                List.of("focal.point@ilo.example", "sse@unctad.example"), "ab".repeat(32));
        app.minutes().approve(m46.id(), m47.id());
        app.minutes().correct(m46.id(), "The attendance listed UNCTAD as present; it joined remotely.");
    }
}
