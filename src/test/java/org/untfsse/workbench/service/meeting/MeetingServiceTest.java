package org.untfsse.workbench.service.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.meeting.ActionStatus;
import org.untfsse.workbench.model.meeting.AgendaItem;
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.model.meeting.Decision;
import org.untfsse.workbench.model.meeting.DecisionOutcome;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MeetingKind;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.testsupport.TestWorkbench;

class MeetingServiceTest {

    @TempDir
    Path dir;
    AppContext app;
    MeetingService meetings;
    MeetingFixtures f;

    @BeforeEach
    void open() {
        app = TestWorkbench.open(dir);
        meetings = app.meetings();
        f = new MeetingFixtures(app);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void decisions_are_numbered_year_meeting_sequence_and_a_deleted_number_is_never_given_again() {
        Meeting m47 = f.regular(47, "2024-03-14");
        Decision first = meetings.addDecision(m47.id(), null, "Adopt the agenda", DecisionOutcome.ADOPTED_BY_CONSENSUS);
        Decision second = meetings.addDecision(m47.id(), null, "Welcome WHO", DecisionOutcome.ADOPTED_BY_CONSENSUS);
        meetings.deleteDecision(second.id());
        Decision third = meetings.addDecision(m47.id(), null, "Action plan", DecisionOutcome.DEFERRED);

        assertThat(first.number()).isEqualTo("2024/47/1");
        assertThat(second.number()).isEqualTo("2024/47/2");
        assertThat(third.number()).isEqualTo("2024/47/3");
        assertThat(meetings.decisions(m47.id())).extracting(Decision::number).containsExactly("2024/47/1", "2024/47/3");
    }

    @Test
    void a_meeting_without_a_number_numbers_its_decisions_by_kind() {
        Meeting symposium = meetings.createMeeting(Meeting.draft(null, "4th Technical Symposium",
                MeetingKind.TECHNICAL_SYMPOSIUM, LocalDate.parse("2023-10-02"), "Montreal", false));
        assertThat(meetings.addDecision(symposium.id(), null, "x", DecisionOutcome.DEFERRED).number())
                .isEqualTo("2023/TS/1");
    }

    @Test
    void a_regular_meeting_needs_a_free_number_and_every_problem_is_reported() {
        f.regular(47, "2024-03-14");
        Meeting bad = new Meeting(java.util.UUID.randomUUID(), 47, "", MeetingKind.REGULAR, LocalDate.parse("2024-05-10"),
                LocalDate.parse("2024-05-09"), "", true, null, org.untfsse.workbench.model.meeting.MinutesStatus.DRAFT,
                1, null, null);
        assertThatThrownBy(() -> meetings.createMeeting(bad)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(2));
    }

    @Test
    void the_attendance_grid_uses_the_roster_as_of_the_meeting_date_with_members_and_observers_apart() {
        Meeting m45 = f.regular(45, "2023-09-05");
        Meeting m47 = f.regular(47, "2024-03-14");
        meetings.setAttendance(m47.id(), f.ilo.id(), AttendanceStatus.PRESENT, f.iloFocalPoint.id());
        meetings.setAttendance(m47.id(), f.who.id(), AttendanceStatus.REMOTE, null);
        meetings.setAttendance(m47.id(), f.unctad.id(), AttendanceStatus.APOLOGIES, null);

        AttendanceGrid before = meetings.attendanceGrid(m45.id());
        AttendanceGrid grid = meetings.attendanceGrid(m47.id());

        assertThat(before.members()).extracting(r -> r.organization().acronym()).containsExactly("ILO", "UNCTAD");
        assertThat(before.observers()).extracting(r -> r.organization().acronym()).containsExactly("RIPESS");
        assertThat(grid.members()).extracting(r -> r.organization().acronym()).containsExactly("ILO", "UNCTAD", "WHO");
        assertThat(grid.observers()).extracting(r -> r.organization().acronym()).containsExactly("RIPESS", "WFTO");
        assertThat(grid.membersRepresented()).isEqualTo(2);
        assertThat(grid.members().get(0).attendee()).isEqualTo(f.iloFocalPoint);
    }

    @Test
    void open_action_items_carry_forward_under_a_follow_up_item_of_the_next_meeting() {
        Meeting m46 = f.regular(46, "2023-12-07");
        var open = meetings.addAction(m46.id(), "Circulate the draft action plan 2024-26", f.ilo.id(), null,
                LocalDate.parse("2024-02-01"));
        var done = meetings.addAction(m46.id(), "Share the symposium report", f.unctad.id(), null, null);
        meetings.setActionStatus(done.id(), ActionStatus.DONE, m46.id());

        Meeting m47 = f.regular(47, "2024-03-14");

        List<AgendaItem> agenda = meetings.agenda(m47.id());
        assertThat(agenda).extracting(AgendaItem::title).containsExactly("Follow-up on action items");
        assertThat(agenda.get(0).followUp()).isTrue();
        assertThat(meetings.followUpActions(m47.id())).extracting(a -> a.id()).containsExactly(open.id());
    }

    @Test
    void starting_from_the_last_agenda_copies_only_its_standing_items() {
        Meeting m46 = f.regular(46, "2023-12-07");
        AgendaItem adoption = meetings.addAgendaItem(m46.id(), "Adoption of the agenda");
        meetings.updateAgendaItem(adoption.withText(adoption.title(), "", "", true));
        meetings.addAgendaItem(m46.id(), "ESCWA joins the task force");
        AgendaItem aob = meetings.addAgendaItem(m46.id(), "Any other business");
        meetings.updateAgendaItem(aob.withText(aob.title(), "", "", true));
        Meeting m47 = f.regular(47, "2024-03-14");

        List<AgendaItem> copied = meetings.startFromLastAgenda(m47.id());

        assertThat(copied).extracting(AgendaItem::title).containsExactly("Adoption of the agenda", "Any other business");
        assertThat(copied).allMatch(AgendaItem::standing);
    }

    @Test
    void agenda_items_move_up_and_down_and_keep_consecutive_positions() {
        Meeting m = f.regular(47, "2024-03-14");
        AgendaItem a = meetings.addAgendaItem(m.id(), "A");
        meetings.addAgendaItem(m.id(), "B");
        AgendaItem c = meetings.addAgendaItem(m.id(), "C");

        meetings.moveAgendaItem(c.id(), -1);
        List<AgendaItem> after = meetings.moveAgendaItem(a.id(), +1);

        assertThat(after).extracting(AgendaItem::title).containsExactly("C", "A", "B");
        assertThat(after).extracting(AgendaItem::position).containsExactly(1, 2, 3);
    }

    @Test
    void a_gap_of_more_than_three_months_is_flagged_and_the_next_meeting_is_suggested_two_to_three_months_on() {
        f.regular(42, "2023-03-07");
        f.regular(43, "2023-05-16");
        f.regular(45, "2023-09-05");

        List<MeetingSummary> overview = meetings.overview();
        var byNumber = overview.stream().collect(java.util.stream.Collectors.toMap(s -> s.meeting().number(), s -> s));

        assertThat(byNumber.get(42).interval()).isNull();
        assertThat(byNumber.get(43).interval().days()).isEqualTo(70);
        assertThat(byNumber.get(43).interval().tooLong()).isFalse();
        assertThat(byNumber.get(45).interval().tooLong()).isTrue();
        assertThat(meetings.suggestNext()).as("three months after 2023-09-05 is long past on 2026-11-28")
                .contains(new Cadence.Suggestion(46, LocalDate.parse("2026-11-28"), LocalDate.parse("2026-11-28"),
                        LocalDate.parse("2023-12-05")));
    }

    @Test
    void the_next_meeting_is_suggested_two_to_three_months_on_but_never_before_today() {
        f.regular(50, "2026-10-01");
        assertThat(meetings.suggestNext()).as("a window wholly ahead")
                .contains(new Cadence.Suggestion(51, LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-01"), null));

        f.regular(49, "2026-09-10");
        meetings.deleteMeeting(meetings.resolve("50").orElseThrow().id());
        assertThat(meetings.suggestNext()).as("a window begun: from today (2026-11-28)")
                .contains(new Cadence.Suggestion(50, LocalDate.parse("2026-11-28"), LocalDate.parse("2026-12-10"), null));
    }

    @Test
    void the_chair_is_the_office_holder_of_the_day_unless_overridden() {
        MeetingService withRotation = new MeetingService(app.database(),
                MeetingStore.over(new org.untfsse.workbench.store.common.Sql(app.database())), app.roster(),
                date -> java.util.Optional.of("ILO and UNCTAD (Co-Chairs)"), app.messages(), TestWorkbench.fixedClock());
        Meeting m = f.regular(47, "2024-03-14");
        assertThat(withRotation.chair(m)).isEqualTo("ILO and UNCTAD (Co-Chairs)");
        Meeting overridden = withRotation.updateDetails(m.withDetails(47, "", MeetingKind.REGULAR, m.start(), m.end(),
                "", true, f.unctad.id()));
        assertThat(withRotation.chair(overridden)).isEqualTo("UNCTAD");
    }
}
