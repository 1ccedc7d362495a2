package org.untfsse.workbench.ui.meeting;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.common.DataFolder;
import org.untfsse.workbench.ui.common.DialogService;

/**
 * Run in a separate (headless JavaFX) JVM by the minutes crash test: opens a meeting in the real
 * meeting editor, selects its first agenda item and types {@link #script} into the minutes field
 * one key at a time, as fast as a quick typist, printing {@code TYPED n millis} after each key
 * (n characters typed, at that wall-clock time), until it is killed.
 */
public final class MinutesTypist {

    /** Between two keys: about 33 keys a second. */
    static final long KEY_INTERVAL_MILLIS = 30;

    private MinutesTypist() {
    }

    /** The text typed: numbered words, so any prefix of it says exactly how far typing got. */
    public static String script(int length) {
        StringBuilder text = new StringBuilder(length + 8);
        for (int word = 1; text.length() < length; word++) {
            text.append(String.format(Locale.ROOT, "w%05d ", word));
        }
        return text.substring(0, length);
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        UUID meetingId = UUID.fromString(args[1]);
        AppContext app = new AppContext(new DataFolder(data), Messages.forLocale(Locale.ENGLISH), Clock.systemUTC());
        app.requireWriteAccess();
        CompletableFuture<TextArea> ready = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                ready.complete(openMinutes(app, meetingId));
            } catch (Throwable t) {
                ready.completeExceptionally(t);
            }
        });
        TextArea minutes = ready.get(120, TimeUnit.SECONDS);
        say("READY");
        String script = script(200_000);
        for (int i = 0; i < script.length(); i++) {
            String key = String.valueOf(script.charAt(i));
            FutureTask<Integer> typed = new FutureTask<>(() -> {
                minutes.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, key, "", KeyCode.UNDEFINED, false, false, false, false));
                return minutes.getLength();
            });
            Platform.runLater(typed);
            int length = typed.get();
            say("TYPED " + length + " " + System.currentTimeMillis());
            Thread.sleep(KEY_INTERVAL_MILLIS);
        }
    }

    private static TextArea openMinutes(AppContext app, UUID meetingId) {
        DialogService dialogs = new DialogService() {
            public void showProblems(String t, String h, List<org.untfsse.workbench.service.common.Problem> p) {
                say("PROBLEMS " + p);
            }

            public void showFailure(String t, Throwable e) {
                say("FAILURE " + e);
            }

            public void showInfo(String t, String x) { }

            public boolean confirm(String t, String h, String x) {
                return true;
            }

            public Optional<Path> chooseFileToOpen(String t, String d, String... e) {
                return Optional.empty();
            }

            public Optional<Path> chooseFileToSave(String t, String n, String d, String... e) {
                return Optional.empty();
            }
        };
        MeetingDialogs none = new MeetingDialogs() {
            public Optional<CirculationRequest> askCirculation(String t, java.time.LocalDate d, List<String> r) {
                return Optional.empty();
            }

            public Optional<org.untfsse.workbench.model.meeting.Meeting> askApprovingMeeting(
                    List<org.untfsse.workbench.model.meeting.Meeting> later) {
                return Optional.empty();
            }

            public Optional<String> askCorrectionReason() {
                return Optional.empty();
            }
        };
        MeetingsPage page = new MeetingsPage(app.messages(), new MeetingsViewModel(app.meetings(), dialogs),
                new RegistersViewModel(app.meetings()),
                new MeetingEditorViewModel(app.meetings(), app.minutes(), app.roster(), dialogs, none));
        page.refresh();
        Stage stage = new Stage();
        Scene scene = new Scene((Parent) page.node(), 1200, 800);
        stage.setScene(scene);
        stage.show();
        page.openMeeting(meetingId);
        ((TabPane) scene.lookup("#meeting-tabs")).getSelectionModel().select(2);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        ((ListView<?>) scene.lookup("#agenda-list")).getSelectionModel().select(0);
        TextArea minutes = (TextArea) scene.lookup("#agenda-minutes");
        minutes.requestFocus();
        minutes.positionCaret(minutes.getLength());
        return minutes;
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
