package org.untfsse.workbench.ui.exchange.mail;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.ui.common.SceneStyle;

/**
 * The window of "Prepare e-mail…": the choices, then "Choose file…". The window stays open, listing
 * every problem, until the choices can be used.
 */
public final class CirculationOptionsDialog extends Dialog<Boolean> {

    public CirculationOptionsDialog(Window owner, Messages messages, CirculationOptionsViewModel model,
                                    String meetingTitle, double fontSizePx) {
        initOwner(owner);
        setTitle(messages.get("mail.options.title", meetingTitle));
        setHeaderText(messages.get("mail.options.header", meetingTitle));
        setResizable(true);
        getDialogPane().setContent(new CirculationOptionsView(model, messages));
        ButtonType next = new ButtonType(messages.get("mail.options.continue"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("mail.options.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(next, cancel);
        Button nextButton = (Button) getDialogPane().lookupButton(next);
        nextButton.setId("circulation-continue");
        nextButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.validate().isEmpty()) {
                e.consume();
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        getDialogPane().lookupButton(cancel).setId("circulation-cancel");
        setResultConverter(button -> button == next);
        getDialogPane().setPrefWidth(700);
        getDialogPane().setMinWidth(700);
        SceneStyle.apply(getDialogPane(), messages, fontSizePx);
    }

    /** Asks with this dialog, owned by {@code owner}: true when the officer continues with valid choices. */
    public static CirculationOptionsAsker asker(Window owner, Messages messages, double fontSizePx) {
        return (meetingTitle, model) -> new CirculationOptionsDialog(owner, messages, model, meetingTitle, fontSizePx)
                .showAndWait().orElse(false);
    }
}
