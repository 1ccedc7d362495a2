package org.untfsse.workbench.ui.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real warning with a choice, as Open shows it for a program: the button chosen is the answer. */
@ExtendWith(ApplicationExtension.class)
class FxArchiveDialogsTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void the_warning_shows_its_text_and_returns_the_choice_made_or_nothing_when_cancelled(FxRobot robot) throws Exception {
        assertThat(answer(robot, "Export…")).hasValue(1);
        assertThat(answer(robot, "Show in folder")).hasValue(0);
        assertThat(answer(robot, "Cancel")).isEmpty();
    }

    private OptionalInt answer(FxRobot robot, String button) throws Exception {
        AtomicReference<OptionalInt> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new FxArchiveDialogs(owner).choose("Not opened", "\"setup.exe\" is a program",
                "Opening it would run it.", List.of("Show in folder", "Export…"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() != null);
        DialogPane pane = dialog();
        assertThat(pane.getHeaderText()).isEqualTo("\"setup.exe\" is a program");
        assertThat(pane.getContentText()).isEqualTo("Opening it would run it.");
        assertThat(robot.from(pane).lookup(".button").queryAllAs(Button.class)).extracting(Button::getText)
                .contains("Show in folder", "Export…", "Cancel");
        robot.interact(robot.from(pane).lookup((Button b) -> button.equals(b.getText())).queryButton()::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        return answer.get();
    }

    private static DialogPane dialog() throws Exception {
        AtomicReference<DialogPane> found = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> found.set(Window.getWindows().stream().filter(Window::isShowing)
                .map(Window::getScene).filter(s -> s != null && s.getRoot() instanceof DialogPane)
                .map(s -> (DialogPane) s.getRoot()).findFirst().orElse(null))).get(5, TimeUnit.SECONDS);
        return found.get();
    }
}
