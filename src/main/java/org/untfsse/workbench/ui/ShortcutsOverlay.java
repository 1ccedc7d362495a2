package org.untfsse.workbench.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.untfsse.workbench.i18n.Messages;

/** The keyboard shortcuts, listed (F1). */
final class ShortcutsOverlay {

    static final String[][] SHORTCUTS = {
            {"Ctrl+1 … Ctrl+4", "shortcut.pages"},
            {"Ctrl+F", "shortcut.filter"},
            {"Ctrl+N", "shortcut.newOrganization"},
            {"Ctrl+Shift+T", "shortcut.theme"},
            {"Enter", "shortcut.open"},
            {"Delete", "shortcut.delete"},
            {"Alt+↑ / Alt+↓", "shortcut.agendaMove"},
            {"← → ↑ ↓", "shortcut.timeline"},
            {"F1", "shortcut.help"},
            {"Ctrl+Q", "shortcut.quit"},
    };

    private final Messages messages;

    ShortcutsOverlay(Messages messages) {
        this.messages = messages;
    }

    void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label keys = new Label(SHORTCUTS[i][0]);
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(i, keys, new Label(messages.get(SHORTCUTS[i][1])));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.get("menu.help.shortcuts"));
        alert.setHeaderText(messages.get("shortcut.heading"));
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
