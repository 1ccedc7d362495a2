package org.untfsse.workbench.ui.meeting;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextInputControl;
import javafx.util.Duration;

/**
 * Saves a text field as it is typed: after a short pause in typing (well under a second) and when
 * the field loses focus, so a killed process loses at most the last moment of typing.
 */
final class Autosave {

    static final Duration PAUSE = Duration.millis(600);

    private final TextInputControl field;
    private final Consumer<String> save;
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private boolean loading;
    private String lastSaved;

    private Autosave(TextInputControl field, Consumer<String> save) {
        this.field = field;
        this.save = save;
        pause.setOnFinished(e -> flush());
        field.textProperty().addListener((obs, old, text) -> {
            if (!loading) {
                pause.playFromStart();
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
        String text = field.getText();
        if (lastSaved != null && !text.equals(lastSaved)) {
            lastSaved = text;
            save.accept(text);
        }
    }
}
