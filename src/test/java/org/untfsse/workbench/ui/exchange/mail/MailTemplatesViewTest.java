package org.untfsse.workbench.ui.exchange.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.service.common.Problem;
import org.untfsse.workbench.service.exchange.mail.MailTemplateService;
import org.untfsse.workbench.testsupport.TestWorkbench;
import org.untfsse.workbench.ui.common.DialogService;

/** The "E-mail templates" window: edit a language's template, save it, find it again; refused placeholders. */
@ExtendWith(ApplicationExtension.class)
class MailTemplatesViewTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private Stage stage;
    private final DialogService dialogs = new DialogService() {
        public void showProblems(String t, String h, List<Problem> p) { throw new AssertionError(p); }
        public void showFailure(String t, Throwable e) { throw new AssertionError(e); }
        public void showInfo(String t, String x) { }
        public boolean confirm(String t, String h, String x) { return true; }
        public Optional<Path> chooseFileToOpen(String t, String d, String... e) { return Optional.empty(); }
        public Optional<Path> chooseFileToSave(String t, String n, String d, String... e) { return Optional.empty(); }
    };

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        context = TestWorkbench.open(Files.createTempDirectory(dir, "wb"));
        stage.setScene(newWindowContent());
        stage.show();
    }

    private Scene newWindowContent() {
        return new Scene(new MailTemplatesView(new MailTemplatesViewModel(context.mailTemplates(), context.messages()),
                context.messages(), dialogs), 760, 720);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void an_edited_french_template_is_saved_and_found_again_when_the_window_is_reopened(FxRobot robot) {
        chooseFrench(robot);
        assertThat(field(robot).getText()).contains("projet de procès-verbal de la {meeting}");
        assertThat(status(robot)).isEqualTo("The workbench's default text.");

        String subject = "Procès-verbal de la {meeting} — observations d'ici le {deadline}";
        robot.interact(() -> field(robot).setText(subject));
        TextArea body = robot.lookup("#template-body").queryAs(TextArea.class);
        robot.interact(() -> body.setText("Madame, Monsieur,\n\nVeuillez trouver ci-joint le projet.\n"));
        robot.clickOn("#template-body");
        robot.interact(() -> body.end());
        robot.write("Cordialement, {sender}");
        assertThat(status(robot)).isEqualTo("Changed, not saved yet.");
        robot.clickOn("#template-save");

        assertThat(status(robot)).isEqualTo("Saved: the Français template is your own version now.");
        MailTemplateService templates = context.mailTemplates();
        assertThat(templates.isCustomised(Locale.FRENCH)).isTrue();
        assertThat(templates.template(Locale.FRENCH).subject()).isEqualTo(subject);

        robot.interact(() -> stage.setScene(newWindowContent()));
        chooseFrench(robot);

        assertThat(field(robot).getText()).isEqualTo(subject);
        assertThat(robot.lookup("#template-body").queryAs(TextArea.class).getText())
                .isEqualTo("Madame, Monsieur,\n\nVeuillez trouver ci-joint le projet.\nCordialement, {sender}");
        assertThat(status(robot)).isEqualTo("Your own version.");
        assertThat(templates.isCustomised(Locale.ENGLISH)).isFalse();

        robot.clickOn("#template-reset");
        assertThat(field(robot).getText()).contains("projet de procès-verbal de la {meeting}");
        assertThat(templates.isCustomised(Locale.FRENCH)).isFalse();
    }

    @Test
    void an_unknown_placeholder_is_refused_with_the_known_ones_and_nothing_is_saved(FxRobot robot) {
        chooseFrench(robot);
        String defaultSubject = field(robot).getText();
        robot.interact(() -> field(robot).setText("Procès-verbal {venue}"));
        robot.clickOn("#template-save");

        Label problems = robot.lookup("#template-problems").queryAs(Label.class);
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).isEqualTo("Subject: {venue} is not a placeholder the workbench knows; use one of "
                + "{meeting}, {number}, {title}, {date}, {deadline}, {decisions}, {actions}, {sender}.");
        assertThat(context.mailTemplates().isCustomised(Locale.FRENCH)).isFalse();
        assertThat(context.mailTemplates().template(Locale.FRENCH).subject()).isEqualTo(defaultSubject);
        assertThat(status(robot)).isEqualTo("Changed, not saved yet.");
        assertThat(robot.lookup("#template-placeholders").queryAs(VBox.class).getChildren())
                .hasSize(8).extracting(n -> ((Label) n).getText())
                .contains("{sender} \u2014 your name, as you give it when preparing the draft");
    }

    @SuppressWarnings("unchecked")
    private void chooseFrench(FxRobot robot) {
        ComboBox<Locale> language = robot.lookup("#template-language").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue(Locale.FRENCH));
    }

    private static TextField field(FxRobot robot) {
        return robot.lookup("#template-subject").queryAs(TextField.class);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#template-status").queryAs(Label.class).getText();
    }
}
