package org.untfsse.workbench.ui.roster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.OrganizationKind;

/** How the Rosters view shows kinds, statuses and dates, and reads typed dates. */
final class RosterCells {

    private RosterCells() {
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    static ComboBox<OrganizationKind> kindBox(Messages m, String id) {
        ComboBox<OrganizationKind> box = new ComboBox<>(FXCollections.observableArrayList(OrganizationKind.values()));
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(converter(k -> m.get("roster.kind." + k.name())));
        return box;
    }

    static ComboBox<MembershipStatus> statusBox(Messages m, String id) {
        ComboBox<MembershipStatus> box = new ComboBox<>(FXCollections.observableArrayList(MembershipStatus.values()));
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(converter(s -> m.get("roster.status." + s.name())));
        return box;
    }

    /** ISO dates (2024-03-14): the same in every language, as in the CSV and on the command line. */
    static StringConverter<LocalDate> isoDates() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        };
    }

    /** The picker's date as typed (even before Enter), or null when empty or not a date. */
    static LocalDate dateOf(DatePicker picker) {
        return picker.getConverter().fromString(picker.getEditor().getText());
    }

    /** A row of buttons under a section title, never shortened to "…". */
    static javafx.scene.layout.HBox actions(javafx.scene.control.Button... buttons) {
        for (javafx.scene.control.Button button : buttons) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, buttons);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
