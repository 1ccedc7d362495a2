package org.untfsse.workbench.ui.common;

import java.time.format.DateTimeFormatter;
import javafx.scene.control.DatePicker;
import javafx.util.converter.LocalDateStringConverter;

/**
 * Dates in the pickers as the lists show them: ISO {@code 2026-11-29}, in every language, rather
 * than the JVM locale's short format ({@code 11/29/2026}), which officers working in different
 * languages and offices would read differently from one laptop to the next.
 */
public final class IsoDates {

    private IsoDates() {
    }

    /**
     * Gives each picker JavaFX's own date converter with the ISO form for showing and reading: the
     * same behaviour as the default one (text that is not a date is refused, the last date kept by
     * the dialogs that commit typed text), only the form differs.
     */
    public static void apply(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            picker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                    DateTimeFormatter.ISO_LOCAL_DATE));
        }
    }
}
