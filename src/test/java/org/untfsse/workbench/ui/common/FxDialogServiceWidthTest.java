package org.untfsse.workbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.untfsse.workbench.testsupport.OpenDialogs;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * A confirmation with long lines (the import preview) is wide enough for each line to fit on one line;
 * its conflicts, however many, scroll inside a dialog that fits the screen.
 */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceWidthTest {

    private static final Preferences TEST_ROOT = Preferences.userRoot().node("org/untfsse/workbench-dialog-width-test");
    private static final String LONGEST = "membership periods: 28 added, 0 updated, 0 unchanged, 0 conflicts";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 900, 600));
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(OpenDialogs::closeAll);
    }

    @AfterAll
    static void forgetPreferences() throws Exception {
        TEST_ROOT.removeNode();
    }

    @Test
    void each_line_of_an_import_preview_fits_on_one_line() throws Exception {
        FxDialogService dialogs = new FxDialogService(TestWorkbench.english(), stage,
                new UiSettings(TEST_ROOT.node(UUID.randomUUID().toString())));
        String text = String.join("\n", "organizations: 34 added, 0 updated, 0 unchanged, 0 conflicts", LONGEST,
                "people: 106 added, 0 updated, 0 unchanged, 0 conflicts", "", "Import now?");

        Platform.runLater(() -> dialogs.confirm("Import bundle", "What importing b.json will do", text));
        DialogPane pane = OpenDialogs.awaitFirst();

        AtomicReference<String> shown = new AtomicReference<>();
        AtomicReference<double[]> measured = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            // the dialog's own content, or else the alert's default content label
            Label content = (Label) (pane.getContent() != null ? pane.getContent() : pane.lookup(".content"));
            shown.set(((Text) content.lookup(".text")).getText());
            Text longest = new Text(LONGEST);
            longest.setFont(content.getFont());
            measured.set(new double[] {content.getWidth(), longest.getLayoutBounds().getWidth(),
                    content.getHeight(), longest.getLayoutBounds().getHeight()});
        }).get(10, TimeUnit.SECONDS);
        double[] m = measured.get();
        assertThat(shown.get()).as("the text on screen, not cut with an ellipsis").isEqualTo(text);
        assertThat(m[0]).as("content width against the longest line's width").isGreaterThanOrEqualTo(m[1]);
        assertThat(m[2]).as("five lines high, none wrapped").isBetween(m[3] * 4.5, m[3] * 6.5);
    }

    @Test
    void two_hundred_conflicts_scroll_inside_a_dialog_that_fits_the_screen_with_every_line_there() throws Exception {
        FxDialogService dialogs = new FxDialogService(TestWorkbench.english(), stage,
                new UiSettings(TEST_ROOT.node(UUID.randomUUID().toString())));
        List<String> conflicts = IntStream.range(0, 200).mapToObj(i -> "people Person " + i
                + " (00000000-0000-0000-0000-" + String.format("%012d", i) + "): changed here (2026-11-29T02:22:15Z)"
                + " and in the bundle (2026-11-29T02:22:13Z); kept this copy's version.").toList();
        String counts = "people: 0 added, 0 updated, 400 unchanged, 200 conflicts";

        Platform.runLater(() -> dialogs.confirm("Import bundle", "What importing b.json will do", counts,
                "Changed both here and in the bundle (200):", conflicts, "Import now?"));
        DialogPane pane = OpenDialogs.awaitFirst();

        AtomicReference<String> listed = new AtomicReference<>();
        AtomicReference<Double> height = new AtomicReference<>();
        AtomicReference<List<String>> labels = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            listed.set(((TextArea) pane.lookup("#detail-list")).getText());
            height.set(pane.getScene().getWindow().getHeight());
            labels.set(pane.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList());
        }).get(10, TimeUnit.SECONDS);
        assertThat(listed.get().lines()).containsExactlyElementsOf(conflicts);
        assertThat(height.get()).as("the dialog's height, with 200 conflicts").isLessThan(600);
        assertThat(labels.get()).contains(counts, "Changed both here and in the bundle (200):", "Import now?");
    }
}
