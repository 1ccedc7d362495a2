package org.untfsse.workbench.ui.exchange.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.exchange.mail.MembershipScope;
import org.untfsse.workbench.service.exchange.mail.MinutesCirculation;
import org.untfsse.workbench.service.meeting.minutes.MinutesFormat;
import org.untfsse.workbench.testsupport.TestWorkbench;

/** The choices of "Prepare e-mail…", without a window. */
class CirculationOptionsViewModelTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    private final CirculationOptionsViewModel model =
            new CirculationOptionsViewModel(TestWorkbench.english(), TODAY, 0);

    @Test
    void the_defaults_are_pdf_to_all_focal_points_comments_in_two_weeks_in_the_workbench_language() {
        assertThat(model.validate()).isEmpty();
        UUID meeting = UUID.randomUUID();
        MinutesCirculation.Request request = model.request(meeting, Path.of("x.eml"));

        assertThat(request.meetingId()).isEqualTo(meeting);
        assertThat(request.formats()).containsExactly(MinutesFormat.PDF);
        assertThat(request.scope()).isEqualTo(MembershipScope.ALL);
        assertThat(request.attendingOnly()).isFalse();
        assertThat(request.alternatesInCc()).isFalse();
        assertThat(request.bcc()).isFalse();
        assertThat(request.deadline()).isEqualTo(LocalDate.parse("2026-12-12"));
        assertThat(request.language()).isEqualTo(Locale.ENGLISH);
        assertThat(request.sender()).isEmpty();
        assertThat(model.languages()).hasSize(6);
    }

    @Test
    void every_choice_goes_into_the_request() {
        model.docxProperty().set(true);
        model.scopeProperty().set(MembershipScope.MEMBERS);
        model.alternatesInCcProperty().set(true);
        model.bccProperty().set(true);
        model.deadlineProperty().set(LocalDate.parse("2027-01-15"));
        model.languageProperty().set(Locale.FRENCH);
        model.senderProperty().set("  Simel Esim ");

        MinutesCirculation.Request request = model.request(UUID.randomUUID(), Path.of("x.eml"));

        assertThat(request.formats()).containsExactly(MinutesFormat.PDF, MinutesFormat.DOCX);
        assertThat(request.scope()).isEqualTo(MembershipScope.MEMBERS);
        assertThat(request.alternatesInCc()).isTrue();
        assertThat(request.bcc()).isTrue();
        assertThat(request.deadline()).isEqualTo(LocalDate.parse("2027-01-15"));
        assertThat(request.language()).isEqualTo(Locale.FRENCH);
        assertThat(request.sender()).isEqualTo("Simel Esim");
    }

    @Test
    void every_problem_is_reported_at_once() {
        model.pdfProperty().set(false);
        model.attendingOnlyProperty().set(true);
        model.deadlineProperty().set(LocalDate.parse("2026-11-01"));
        model.languageProperty().set(null);
        model.senderProperty().set("Simel\nBcc: spy@evil.example");

        List<Problem> problems = model.validate();

        assertThat(problems).extracting(Problem::message).containsExactly(
                "Choose at least one format: PDF, Word (DOCX) or both.",
                "No organization attended this meeting: record the attendance first, or untick "
                        + "\u201cOnly the organizations that attended\u201d.",
                "The deadline for comments (2026-11-01) is before today (2026-11-28).",
                "Choose the language of the message.",
                "Your name must fit on one line.");
        assertThat(model.problems()).hasSize(5).first().asString().startsWith("Attach the minutes as: ");
    }

    @Test
    void attending_only_is_fine_when_organizations_attended_and_no_deadline_means_the_next_meeting() {
        CirculationOptionsViewModel attended = new CirculationOptionsViewModel(TestWorkbench.english(), TODAY, 3);
        attended.attendingOnlyProperty().set(true);
        attended.deadlineProperty().set(null);

        assertThat(attended.validate()).isEmpty();
        assertThat(attended.problems()).isEmpty();
        assertThat(attended.request(UUID.randomUUID(), Path.of("x.eml")).deadline()).isNull();
    }

    @Test
    void the_language_and_name_are_remembered_from_the_last_draft() {
        model.languageProperty().set(Locale.forLanguageTag("es"));
        model.senderProperty().set("Valentina Verze");
        CirculationOptionsViewModel next = new CirculationOptionsViewModel(TestWorkbench.english(), TODAY, 0);

        next.rememberFrom(model);

        assertThat(next.languageProperty().get()).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(next.senderProperty().get()).isEqualTo("Valentina Verze");
        assertThat(next.docxProperty().get()).isFalse();
    }
}
