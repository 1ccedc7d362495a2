package org.untfsse.workbench.ui.meeting;

import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextInputControl;
import javafx.util.Duration;

/**
 * Saves a text field as it is typed: after a short pause in typing, at the latest
 * {@link #LONGEST_WAIT} after the first change not yet saved (so typing on without a pause is saved
 * too), and when the field loses focus. A killed process loses at most the last second of typing.
 */
final class Autosave {

    static final Duration PAUSE = Duration.millis(600);
    /** Typing that goes on without a pause is still saved this long after its first unsaved change. */
    static final Duration LONGEST_WAIT = Duration.millis(700);

    private final TextInputControl field;
    private final Consumer<String> save;
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private final PauseTransition longest = new PauseTransition(LONGEST_WAIT);
    private boolean loading;
    private String lastSaved;

    private Autosave(TextInputControl field, Consumer<String> save) {
        this.field = field;
        this.save = save;
        pause.setOnFinished(e -> flush());
        longest.setOnFinished(e -> flush());
        field.textProperty().addListener((obs, old, text) -> {
            if (!loading) {
                pause.playFromStart();
                if (longest.getStatus() != Animation.Status.RUNNING) {
                    longest.playFromStart();
                }
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                flush();
            }
        });
    }

    static Autosave bind(TextInputControl field, Consumer<String> save) {
        return new Autosave(field, save);
    }

    /** Shows a stored value without saving it back. */
    void load(String text) {
        pause.stop();
        longest.stop();
        loading = true;
        try {
            field.setText(text == null ? "" : text);
            lastSaved = field.getText();
        } finally {
            loading = false;
        }
    }

    /** Saves now if the text changed since it was loaded or last saved. */
    void flush() {
        pause.stop();
        longest.stop();
        String text = field.getText();
        if (lastSaved != null && !text.equals(lastSaved)) {
            lastSaved = text;
            save.accept(text);
        }
    }
}
