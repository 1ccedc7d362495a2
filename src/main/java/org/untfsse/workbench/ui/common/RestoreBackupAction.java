package org.untfsse.workbench.ui.common;

import java.nio.file.Path;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.BackgroundTask;
import org.untfsse.workbench.service.common.BackupService;
import org.untfsse.workbench.service.common.TaskRunner;

/** File ▸ Restore from backup…: choose a backup, confirm, restore in the background, show fresh data. */
public final class RestoreBackupAction {

    private final Messages messages;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final BackupService backups;
    private final Runnable afterRestore;

    public RestoreBackupAction(Messages messages, DialogService dialogs, TaskRunner tasks, BackupService backups,
                               Runnable afterRestore) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.backups = backups;
        this.afterRestore = afterRestore;
    }

    public void run() {
        dialogs.chooseFileToOpen(messages.get("backup.chooseTitle"), messages.get("backup.fileType"), "*.db")
                .ifPresent(this::restore);
    }

    void restore(Path file) {
        if (!dialogs.confirm(messages.get("backup.confirm.title"),
                messages.get("backup.confirm.header", file.getFileName()), messages.get("backup.confirm.text"))) {
            return;
        }
        tasks.submit(new BackgroundTask<>(messages.get("backup.confirm.title"), progress -> backups.restore(file),
                safety -> {
                    afterRestore.run();
                    dialogs.showInfo(messages.get("backup.confirm.title"), messages.get("backup.restored", file));
                },
                failure -> dialogs.showFailure(messages.get("backup.confirm.title"), failure)));
    }
}
