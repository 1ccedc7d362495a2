package org.untfsse.workbench.service.meeting.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.model.meeting.Circulation;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MinutesStatus;
import org.untfsse.workbench.model.meeting.MinutesVersion;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.meeting.MeetingFixtures;
import org.untfsse.workbench.testsupport.TestWorkbench;

class MinutesLifecycleTest {

    @TempDir
    Path dir;
    AppContext app;
    MeetingFixtures f;
    Meeting m47;
    Meeting m48;

    @BeforeEach
    void open() {
        app = TestWorkbench.open(dir);
        f = new MeetingFixtures(app);
        m47 = f.regular(47, "2024-03-14");
        m48 = f.regular(48, "2024-05-16");
        app.meetings().setAttendance(m47.id(), f.ilo.id(), AttendanceStatus.PRESENT, null);
        app.meetings().setAttendance(m47.id(), f.unctad.id(), AttendanceStatus.ABSENT, null);
        app.meetings().addAgendaItem(m47.id(), "Welcome of new members");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void circulating_records_version_date_recipients_and_the_hash_of_exactly_the_file_sent() throws Exception {
        MinutesService minutes = app.minutes();
        List<String> recipients = minutes.defaultRecipients(m47.id());
        Path sent = dir.resolve("out/minutes-47.pdf");

        Circulation c = minutes.circulate(m47.id(), MinutesFormat.PDF, LocalDate.parse("2024-03-28"), recipients,
                MinutesOptions.DEFAULT, sent);

        assertThat(recipients).containsExactly("focal.point@ilo.example");
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.date()).isEqualTo(LocalDate.parse("2024-03-28"));
        assertThat(c.sha256()).isEqualTo(MinutesService.sha256(Files.readAllBytes(sent)));
        assertThat(minutes.circulations(m47.id())).containsExactly(c);
        assertThat(app.meetings().meeting(m47.id()).orElseThrow().minutesStatus()).isEqualTo(MinutesStatus.CIRCULATED);
        Circulation again = minutes.circulate(m47.id(), MinutesFormat.DOCX, LocalDate.parse("2024-04-02"), recipients,
                MinutesOptions.DEFAULT, dir.resolve("out/v2.docx"));
        assertThat(again.version()).isEqualTo(2);
    }

    @Test
    void minutes_are_approved_only_after_circulation_and_only_at_a_later_meeting() {
        MinutesService minutes = app.minutes();
        assertThatThrownBy(() -> minutes.approve(m47.id(), m48.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("circulated");
        circulate();
        assertThatThrownBy(() -> minutes.approve(m47.id(), m47.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("later meeting");

        Meeting approved = minutes.approve(m47.id(), m48.id());

        assertThat(approved.minutesStatus()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(approved.approvedAtMeetingId()).isEqualTo(m48.id());
    }

    @Test
    void approved_minutes_are_read_only_and_a_correction_opens_a_new_version_keeping_the_old_readable() {
        MinutesService minutes = app.minutes();
        var item = app.meetings().agenda(m47.id()).get(0);
        app.meetings().updateAgendaItem(item.withText(item.title(), "", "WHO and UNHCR were welcomed.", false));
        circulate();
        minutes.approve(m47.id(), m48.id());

        assertThatThrownBy(() -> app.meetings().updateAgendaItem(item.withText(item.title(), "", "changed", false)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("approved");
        assertThatThrownBy(() -> minutes.correct(m47.id(), " ")).isInstanceOf(ValidationException.class);

        Meeting corrected = minutes.correct(m47.id(), "WFTO's accession was omitted");
        app.meetings().updateAgendaItem(item.withText(item.title(), "", "WHO, UNHCR and WFTO were welcomed.", false));

        assertThat(corrected.minutesVersion()).isEqualTo(2);
        assertThat(corrected.minutesStatus()).isEqualTo(MinutesStatus.DRAFT);
        List<MinutesVersion> versions = minutes.versions(m47.id());
        assertThat(versions).extracting(MinutesVersion::version).containsExactly(1, 2);
        assertThat(versions.get(0).status()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(versions.get(0).snapshot()).contains("WHO and UNHCR were welcomed").doesNotContain("WFTO were");
        assertThat(versions.get(1).reason()).isEqualTo("WFTO's accession was omitted");
    }

    @Test
    void action_items_raised_at_approved_minutes_can_still_be_closed_later() {
        var action = app.meetings().addAction(m47.id(), "Draft the 2024-26 action plan", f.ilo.id(), null, null);
        circulate();
        app.minutes().approve(m47.id(), m48.id());
        var done = app.meetings().setActionStatus(action.id(), org.untfsse.workbench.model.meeting.ActionStatus.DONE,
                m48.id());
        assertThat(done.closedAtMeetingId()).isEqualTo(m48.id());
    }

    private void circulate() {
        app.minutes().circulate(m47.id(), MinutesFormat.MD, LocalDate.parse("2024-03-28"), List.of("x@ilo.example"),
                MinutesOptions.DEFAULT, dir.resolve("sent.md"));
    }
}
