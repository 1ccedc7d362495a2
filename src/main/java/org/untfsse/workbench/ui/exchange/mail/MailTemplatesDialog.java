package org.untfsse.workbench.ui.exchange.mail;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.exchange.mail.MailTemplateService;
import org.untfsse.workbench.ui.common.DialogService;
import org.untfsse.workbench.ui.common.SceneStyle;

/**
 * The "E-mail templates…" window. Closing it with edits not saved asks first, so nothing typed is
 * lost by a stray click.
 */
public final class MailTemplatesDialog extends Dialog<Void> {

    public MailTemplatesDialog(Window owner, Messages messages, MailTemplateService templates, DialogService dialogs,
                               double fontSizePx) {
        initOwner(owner);
        setTitle(messages.get("mail.templates.title"));
        setResizable(true);
        MailTemplatesViewModel model = new MailTemplatesViewModel(templates, messages);
        getDialogPane().setContent(new MailTemplatesView(model, messages, dialogs));
        ButtonType close = new ButtonType(messages.get("mail.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().add(close);
        getDialogPane().lookupButton(close).setId("template-close");
        getDialogPane().lookupButton(close).addEventFilter(ActionEvent.ACTION, e -> {
            if (model.hasUnsavedChanges() && !dialogs.confirm(messages.get("mail.templates.title"),
                    messages.get("mail.templates.unsavedHeader"), messages.get("mail.templates.unsavedDetail"))) {
                e.consume();
            }
        });
        getDialogPane().setPrefWidth(760);
        getDialogPane().setMinWidth(760);
        SceneStyle.apply(getDialogPane(), messages, fontSizePx);
    }

    /** Opens the window and waits until it is closed. */
    public static void show(Window owner, Messages messages, MailTemplateService templates, DialogService dialogs,
                            double fontSizePx) {
        new MailTemplatesDialog(owner, messages, templates, dialogs, fontSizePx).showAndWait();
    }
}
