package org.untfsse.workbench.service.exchange.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.testsupport.TestWorkbench;

class MailTemplateServiceTest {

    @TempDir
    Path dir;

    private AppContext context;
    private MailTemplateService templates;

    @BeforeEach
    void open() {
        context = TestWorkbench.open(dir);
        templates = context.mailTemplates();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void the_default_template_uses_named_placeholders() {
        var template = templates.template(Locale.ENGLISH);

        assertThat(template.subject()).isEqualTo("UNTFSSE: draft minutes of the {meeting} of {date} — comments by {deadline}");
        assertThat(template.body()).contains("{decisions} decision(s)", "{actions} action item(s)", "{sender}");
        assertThat(templates.isCustomised(Locale.ENGLISH)).isFalse();
    }

    @Test
    void a_saved_template_is_kept_per_language_in_the_database_and_reset_restores_the_default() {
        templates.save(Locale.FRENCH, "PV n° {number}", "Bonjour {sender}");

        try (AppContext reopened = TestWorkbench.open(dir)) {
            context.close();
            assertThat(reopened.mailTemplates().template(Locale.FRENCH).subject()).isEqualTo("PV n° {number}");
            assertThat(reopened.mailTemplates().template(Locale.ENGLISH).subject()).startsWith("UNTFSSE: draft minutes");
            reopened.mailTemplates().reset(Locale.FRENCH);
            assertThat(reopened.mailTemplates().isCustomised(Locale.FRENCH)).isFalse();
        }
    }

    @Test
    void unknown_placeholders_and_an_empty_subject_are_all_refused() {
        assertThatThrownBy(() -> templates.save(Locale.ENGLISH, "", "Dear {name}, see {meetng}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString).containsExactly(
                                "Subject: A subject is required.",
                                "Message: {name} is not a placeholder the workbench knows; use one of {meeting}, {number}, "
                                        + "{title}, {date}, {deadline}, {decisions}, {actions}, {sender}.",
                                "Message: {meetng} is not a placeholder the workbench knows; use one of {meeting}, {number}, "
                                        + "{title}, {date}, {deadline}, {decisions}, {actions}, {sender}."));
        assertThat(templates.isCustomised(Locale.ENGLISH)).isFalse();
    }

    @Test
    void a_template_for_a_language_outside_the_six_is_refused_so_that_every_saved_template_travels_in_a_bundle() {
        assertThatThrownBy(() -> templates.save(Locale.forLanguageTag("pt"), "Ata n.º {number}", "Bom dia"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString).containsExactly("Language: Templates are kept for the six UN "
                                + "languages only (en, fr, es, ar, zh, ru), not for pt."));
        assertThatThrownBy(() -> templates.save(Locale.forLanguageTag("en-GB"), "Minutes", "Hello"))
                .isInstanceOf(ValidationException.class);
        assertThat(templates.isCustomised(Locale.forLanguageTag("pt"))).isFalse();
        assertThat(templates.isCustomised(Locale.forLanguageTag("en-GB"))).isFalse();
        templates.save(Locale.CHINESE, "会议记录 {number}", "你好");
        assertThat(templates.isCustomised(Locale.CHINESE)).isTrue();
    }

    @Test
    void an_unnumbered_meeting_goes_by_its_title_and_user_text_with_dollars_and_braces_stays_literal() {
        MeetingSummary symposium = new MeetingSummary(null, "Technical symposium on SSE statistics",
                LocalDate.parse("2026-10-02"), null, 0, 1, Set.of());
        var template = new org.untfsse.workbench.model.exchange.mail.MailTemplate(java.util.UUID.randomUUID(), "en",
                "Notes: {meeting} {number}", "Cost $1 {not a placeholder} {sender}\n", null);

        RenderedMail mail = templates.render(template, symposium, "A \\ B $2", Locale.ENGLISH);

        assertThat(mail.subject()).isEqualTo("Notes: Technical symposium on SSE statistics");
        assertThat(mail.body()).isEqualTo("Cost $1 {not a placeholder} A \\ B $2\n");
    }
}
