package org.untfsse.workbench.ui.meeting;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Small cell and converter factories shared by the meeting views. */
final class MeetingCells {

    private MeetingCells() {
    }

    static <T> ListCell<T> listCell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T object) {
                return text.apply(object);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
