package org.untfsse.workbench.ui.rotation;

import java.nio.file.Path;
import java.time.Clock;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.BackgroundTask;
import org.untfsse.workbench.service.common.Clocks;
import org.untfsse.workbench.service.common.TaskRunner;
import org.untfsse.workbench.service.rotation.HandoverCalendar;
import org.untfsse.workbench.service.rotation.RotationService;
import org.untfsse.workbench.ui.common.DialogService;

/** "Export handover calendar…": asks where, then writes the .ics in the background. */
public final class CalendarExport {

    private final RotationService rotation;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Clock clock;

    public CalendarExport(RotationService rotation, DialogService dialogs, TaskRunner tasks, Clock clock) {
        this.rotation = rotation;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.clock = clock;
    }

    public void run() {
        Messages m = rotation.messages();
        String title = m.get("rotation.view.export");
        dialogs.chooseFileToSave(title, "untfsse-handovers.ics", "iCalendar", "*.ics").ifPresent(file ->
                tasks.submit(new BackgroundTask<Path>(title, progress -> {
                    new HandoverCalendar(m, rotation).export(file, Clocks.now(clock));
                    return file;
                }, written -> dialogs.showInfo(title, m.get("rotation.view.exported", written)),
                        failure -> dialogs.showFailure(title, failure))));
    }
}
