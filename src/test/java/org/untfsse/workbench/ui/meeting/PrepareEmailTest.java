package org.untfsse.workbench.ui.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.meeting.AttendanceStatus;
import org.untfsse.workbench.model.meeting.Circulation;
import org.untfsse.workbench.model.meeting.DecisionOutcome;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.model.meeting.MeetingKind;
import org.untfsse.workbench.model.meeting.MinutesStatus;
import org.untfsse.workbench.service.common.InlineTaskRunner;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.exchange.mail.MailRosterFixture;
import org.untfsse.workbench.service.exchange.mail.ParsedEml;
import org.untfsse.workbench.testsupport.TestWorkbench;
import org.untfsse.workbench.ui.common.DialogService;
import org.untfsse.workbench.ui.exchange.mail.CirculationOptionsDialog;
import org.untfsse.workbench.ui.exchange.mail.MinutesEmailAction;

/** "Prepare e-mail…" in the meeting editor, at the 1200 px the editor tests use, with a real options dialog. */
@ExtendWith(ApplicationExtension.class)
class PrepareEmailTest {

    @TempDir
    static Path dir;

    private AppContext app;
    private Meeting m47;
    private MeetingsPage page;
    private Path draft;
    private final List<String> suggestedNames = new CopyOnWriteArrayList<>();
    private final List<String> infos = new CopyOnWriteArrayList<>();
    private final List<Path> openedInMailProgram = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path root = Files.createTempDirectory(dir, "wb");
        app = TestWorkbench.open(root);
        MailRosterFixture roster = new MailRosterFixture(app.roster());
        m47 = app.meetings().createMeeting(Meeting.draft(47, "", MeetingKind.REGULAR, LocalDate.parse("2026-11-20"),
                "Geneva", false));
        app.meetings().setAttendance(m47.id(), roster.ilo.id(), AttendanceStatus.PRESENT, null);
        var item = app.meetings().addAgendaItem(m47.id(), "Welcome of new members");
        app.meetings().addDecision(m47.id(), item.id(), "The task force welcomes WHO.", DecisionOutcome.ADOPTED_BY_CONSENSUS);
        draft = root.resolve("UNTFSSE-47-minutes.eml");

        DialogService dialogs = new DialogService() {
            public void showProblems(String t, String h, List<Problem> p) { throw new AssertionError(p); }
            public void showFailure(String t, Throwable e) { throw new AssertionError(e); }
            public void showInfo(String t, String x) { infos.add(x); }
            public boolean confirm(String t, String h, String x) { return true; }
            public Optional<Path> chooseFileToOpen(String t, String d, String... e) { return Optional.empty(); }
            public Optional<Path> chooseFileToSave(String t, String name, String d, String... e) {
                suggestedNames.add(name);
                return Optional.of(draft);
            }
        };
        MeetingEditorViewModel editor = new MeetingEditorViewModel(app.meetings(), app.minutes(), app.roster(), dialogs,
                new FxMeetingDialogs(app.messages(), stage, dialogs));
        MinutesEmailAction email = new MinutesEmailAction(app.messages(), dialogs, new InlineTaskRunner(),
                app.minutesCirculation(), app.circulationDraft(),
                CirculationOptionsDialog.asker(stage, app.messages(), 14), file -> {
                    openedInMailProgram.add(file);
                    return CompletableFuture.completedFuture(true);
                });
        editor.setPrepareEmail(email::run);
        page = new MeetingsPage(app.messages(), new MeetingsViewModel(app.meetings(), dialogs),
                new RegistersViewModel(app.meetings()), editor);
        page.refresh();
        stage.setScene(new Scene((javafx.scene.Parent) page.node(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void the_minutes_actions_fit_at_1200_px_with_their_whole_labels_and_leave_the_tabs_alone(FxRobot robot) {
        robot.interact(() -> page.openMeeting(m47.id()));

        Pane actions = robot.lookup("#minutes-actions").queryAs(Pane.class);
        double sceneWidth = actions.getScene().getWidth();
        for (Node n : actions.getChildren()) {
            ButtonBase b = (ButtonBase) n;
            Bounds inScene = b.localToScene(b.getBoundsInLocal());
            assertThat(inScene.getMaxX()).as(b.getText()).isLessThanOrEqualTo(sceneWidth);
            assertThat(b.getWidth()).as(b.getText()).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
        }
        robot.clickOn("#meeting-tab-actions");
        assertThat(robot.lookup("#action-add").tryQuery()).isPresent();
    }

    @Test
    void prepare_email_with_docx_and_pdf_in_bcc_writes_the_draft_and_circulates_the_minutes(FxRobot robot) throws Exception {
        robot.interact(() -> page.openMeeting(m47.id()));
        robot.clickOn("#minutes-email");
        robot.clickOn("#circulation-docx");
        robot.clickOn("#circulation-bcc");
        robot.clickOn("#circulation-continue");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(suggestedNames).containsExactly("UNTFSSE-47-minutes.eml");
        MimeMessage parsed = ParsedEml.parse(draft);
        assertThat(parsed.getHeader("X-Unsent", null)).isEqualTo("1");
        assertThat(parsed.getSubject()).isEqualTo(
                "UNTFSSE: draft minutes of the meeting No. 47 of 20 November 2026 \u2014 comments by 12 December 2026");
        assertThat(parsed.getRecipients(RecipientType.TO)).isNull();
        assertThat(parsed.getRecipients(RecipientType.CC)).isNull();
        assertThat(Arrays.stream(parsed.getRecipients(RecipientType.BCC)).map(a -> ((InternetAddress) a).getAddress()))
                .containsExactlyInAnyOrder("esim@ilo.example", "carpentier@unctad.example", "cote@who.example",
                        "helene.muller@emes.example");
        List<BodyPart> parts = ParsedEml.parts(parsed);
        byte[] pdf = ParsedEml.bytes(attachment(parts, "UNTFSSE-47-minutes.pdf"));
        byte[] docx = ParsedEml.bytes(attachment(parts, "UNTFSSE-47-minutes.docx"));
        assertThat(parts.stream().filter(p -> fileName(p) != null)).hasSize(2);

        Circulation recorded = app.minutes().circulations(m47.id()).get(0);
        assertThat(recorded.hashes()).containsExactly(sha256(pdf), sha256(docx));
        assertThat(recorded.hashOf("PDF")).contains(sha256(pdf));
        assertThat(recorded.hashOf("DOCX")).contains(sha256(docx));
        assertThat(app.meetings().meeting(m47.id()).orElseThrow().minutesStatus()).isEqualTo(MinutesStatus.CIRCULATED);
        assertThat(robot.lookup("#minutes-status").queryAs(Label.class).getText()).contains("Circulated");
        assertThat(openedInMailProgram).containsExactly(draft);
        assertThat(infos).singleElement().asString().contains("To: 0, Cc: 0, Bcc: 4 recipient(s).")
                .contains("Rania Al-Khatib").contains(sha256(docx));
    }

    @Test
    void the_dialog_lists_every_problem_and_prepares_nothing_until_they_are_fixed(FxRobot robot) {
        robot.interact(() -> page.openMeeting(m47.id()));
        robot.clickOn("#minutes-email");
        robot.clickOn("#circulation-pdf");
        DatePicker deadline = robot.lookup("#circulation-deadline").queryAs(DatePicker.class);
        robot.interact(() -> deadline.setValue(LocalDate.parse("2026-11-01")));
        robot.clickOn("#circulation-continue");

        Label problems = robot.lookup("#circulation-problems").queryAs(Label.class);
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).contains("Choose at least one format")
                .contains("The deadline for comments (2026-11-01) is before today (2026-11-28).");
        assertThat(suggestedNames).isEmpty();

        robot.clickOn("#circulation-cancel");
        assertThat(robot.lookup("#circulation-continue").tryQuery()).isEmpty();
        assertThat(Files.exists(draft)).isFalse();
        assertThat(app.minutes().circulations(m47.id())).isEmpty();
        assertThat(app.meetings().meeting(m47.id()).orElseThrow().minutesStatus()).isEqualTo(MinutesStatus.DRAFT);
    }

    private static BodyPart attachment(List<BodyPart> parts, String name) {
        return parts.stream().filter(p -> name.equals(fileName(p))).findFirst()
                .orElseThrow(() -> new AssertionError("no attachment " + name));
    }

    private static String fileName(BodyPart p) {
        try {
            return p.getFileName();
        } catch (Exception e) {
            return null;
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
