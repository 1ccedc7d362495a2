package org.untfsse.workbench.ui.rotation;

import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.Problem;

/** Adds an office such as Deputy Chair or Vice-Chair, held by one or two at once. */
final class OfficeDialog extends Dialog<ButtonType> {

    OfficeDialog(RotationViewModel vm, Messages m, Window owner) {
        setTitle(m.get("rotation.dialog.officeTitle"));
        initOwner(owner);
        TextField name = new TextField();
        name.setId("office-name");
        name.setPromptText(m.get("rotation.dialog.officeName"));
        Spinner<Integer> holders = new Spinner<>(1, 2, 1);
        Label problems = new Label();
        problems.getStyleClass().add("field-error");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("rotation.field.office")), name);
        grid.addRow(1, new Label(m.get("rotation.field.maxHolders")), holders);
        grid.add(problems, 0, 2, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            List<Problem> refused = vm.addOffice(name.getText(), holders.getValue());
            if (!refused.isEmpty()) {
                problems.setText(String.join("\n", refused.stream().map(Problem::toString).toList()));
                e.consume();
            }
        });
    }
}
