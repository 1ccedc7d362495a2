package org.untfsse.workbench.ui.archive;

import java.util.List;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.archive.ArchiveService;
import org.untfsse.workbench.service.archive.VerifyReport;
import org.untfsse.workbench.service.common.BackgroundTask;
import org.untfsse.workbench.service.common.TaskRunner;
import org.untfsse.workbench.ui.common.DialogService;

/** The menu's "Verify archive": re-hashes every archived file in the background and lists what is wrong. */
public final class VerifyArchiveAction implements Runnable {

    private final ArchiveService archive;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ArchiveDialogs archiveDialogs;
    private final Messages m;

    public VerifyArchiveAction(ArchiveService archive, TaskRunner tasks, DialogService dialogs, ArchiveDialogs archiveDialogs,
                               Messages messages) {
        this.archive = archive;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.archiveDialogs = archiveDialogs;
        this.m = messages;
    }

    @Override
    public void run() {
        tasks.submit(new BackgroundTask<>(m.get("archive.progress.verifying"), archive::verify, this::show,
                failure -> dialogs.showFailure(m.get("dialog.failure.title"), failure)));
    }

    private void show(VerifyReport report) {
        if (report.isClean()) {
            dialogs.showInfo(m.get("archive.verify.title"), m.get("archive.verify.clean", report.filesChecked()));
            return;
        }
        List<String> lines = report.problems().stream().map(p -> m.get("archive.cli.verify." + p.kind(), p.fileName(),
                p.sha256(), p.documentTitles())).toList();
        archiveDialogs.showList(m.get("archive.verify.title"), m.get("archive.verify.problems", report.filesChecked()), lines);
    }
}
