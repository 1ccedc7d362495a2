package org.untfsse.workbench.ui.roster;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;

/**
 * A small form in a dialog: labelled fields, and an OK button that saves through the view model.
 * When the view model refuses, every problem is listed above the buttons and the dialog stays
 * open, with nothing saved.
 */
final class FormDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Label problems = new Label();
    private final ButtonType ok;
    private int rows;

    FormDialog(Messages messages, Window owner, String id, String title, String header, String okText) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().setId(id);
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints(280, 320, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        problems.setId(id + "-problems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.setMaxWidth(440);
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        problems.visibleProperty().bind(problems.managedProperty());
        dialog.getDialogPane().setContent(new VBox(12, grid, problems));
    }

    void addRow(String label, Node field) {
        Label text = new Label(label);
        text.setLabelFor(field);
        grid.addRow(rows++, text, field);
    }

    /** Shows the dialog without blocking; {@code save} returns the problems, empty when saved. */
    void show(Supplier<List<Problem>> save) {
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId(dialog.getDialogPane().getId() + "-ok");
        okButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            List<Problem> found = save.get();
            if (!found.isEmpty()) {
                problems.setText(String.join("\n", found.stream().map(Problem::toString).toList()));
                event.consume();
            }
        });
        dialog.show();
    }
}
