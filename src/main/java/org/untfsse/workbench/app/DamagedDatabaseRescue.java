package org.untfsse.workbench.app;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.BackupInfo;
import org.untfsse.workbench.service.common.BackupService;
import org.untfsse.workbench.service.common.FailureText;
import org.untfsse.workbench.store.common.StoreException;

/**
 * When the database cannot be opened at start-up, says so plainly and offers to restore the
 * newest sound backup — never a silent new empty database, never a stack trace.
 */
final class DamagedDatabaseRescue {

    private static final Logger LOG = LoggerFactory.getLogger(DamagedDatabaseRescue.class);

    private DamagedDatabaseRescue() {
    }

    /** Opens the database, rescuing it from a backup if the user agrees; false when the window must not open. */
    static boolean openOrRescue(AppContext context) {
        Messages m = context.messages();
        try {
            context.database();
            return true;
        } catch (RuntimeException failure) {
            LOG.error("Could not open the database", failure);
            String reason = failure instanceof StoreException store && store.kind() == StoreException.Kind.CORRUPT
                    ? m.get("backup.damaged.corruptReason") : FailureText.describe(m, failure);
            Optional<BackupInfo> backup = BackupService.newestHealthy(context.folder());
            if (backup.isEmpty()) {
                UiLauncher.refuse(m.get("backup.damaged.title"),
                        m.get("backup.damaged.noBackup", context.folder().database(), reason));
                return false;
            }
            if (!askToRestore(m, context, reason, backup.get())) {
                return false;
            }
            try {
                BackupService.restoreUnopened(context.folder(), backup.get().file(), context.clock());
                context.database();
                return true;
            } catch (IOException | RuntimeException again) {
                LOG.error("Restoring {} failed", backup.get().file(), again);
                UiLauncher.refuse(m.get("backup.damaged.title"), m.get("backup.restoreFailed", FailureText.describe(m, again)));
                return false;
            }
        }
    }

    private static boolean askToRestore(Messages m, AppContext context, String reason, BackupInfo backup) {
        ButtonType restore = new ButtonType(m.get("backup.damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(m.get("backup.damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", restore, quit);
        alert.setTitle(m.get("backup.damaged.title"));
        alert.setHeaderText(m.get("backup.damaged.title"));
        String when = backup.made().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(m.locale()));
        alert.setContentText(m.get("backup.damaged.text", context.folder().database(), reason, when));
        alert.getDialogPane().setPrefWidth(560);
        return alert.showAndWait().filter(restore::equals).isPresent();
    }
}
