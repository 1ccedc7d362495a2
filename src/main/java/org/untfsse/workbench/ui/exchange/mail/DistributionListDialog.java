package org.untfsse.workbench.ui.exchange.mail;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.exchange.mail.RecipientFinder;
import org.untfsse.workbench.ui.common.DialogService;
import org.untfsse.workbench.ui.common.SceneStyle;

/**
 * The "E-mail addresses" dialog of the Rosters view. One line opens it:
 * {@code DistributionListDialog.show(owner, messages, finder, today, selectedOrganizationIds, dialogs, fontSizePx)}.
 */
public final class DistributionListDialog extends Dialog<Void> {

    public DistributionListDialog(Window owner, Messages messages, RecipientFinder finder, LocalDate today,
                                  Set<UUID> selectedOrganizations, DialogService dialogs, double fontSizePx) {
        initOwner(owner);
        setTitle(messages.get("mail.dialog.title"));
        setResizable(true);
        DistributionListViewModel model = new DistributionListViewModel(finder, messages, today, selectedOrganizations);
        getDialogPane().setContent(new DistributionListView(model, messages, dialogs));
        getDialogPane().getButtonTypes().add(new ButtonType(messages.get("mail.dialog.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().setPrefWidth(720);
        SceneStyle.apply(getDialogPane(), messages, fontSizePx);
    }

    /** Opens the dialog and waits until it is closed. */
    public static void show(Window owner, Messages messages, RecipientFinder finder, LocalDate today,
                            Set<UUID> selectedOrganizations, DialogService dialogs, double fontSizePx) {
        new DistributionListDialog(owner, messages, finder, today, selectedOrganizations, dialogs, fontSizePx).showAndWait();
    }
}
