package org.untfsse.workbench.ui.exchange.mail;

import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.service.common.BackgroundTask;
import org.untfsse.workbench.service.common.TaskRunner;
import org.untfsse.workbench.service.exchange.mail.CirculationDraft;
import org.untfsse.workbench.service.exchange.mail.MinutesCirculation;
import org.untfsse.workbench.ui.common.DialogService;

/**
 * "Prepare e-mail…" in the meeting editor: asks where to save the draft (default
 * {@code UNTFSSE-47-minutes.eml}), circulates the minutes (PDF attached, focal points of all
 * members and observers) in the background, records the circulation, refreshes the editor, opens
 * the draft with the mail program and lists who could not be addressed.
 */
public final class MinutesEmailAction {

    private final Messages messages;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final MinutesCirculation circulation;
    private final CirculationDraftAction shown;

    public MinutesEmailAction(Messages messages, DialogService dialogs, TaskRunner tasks, MinutesCirculation circulation,
                              CirculationDraft drafts) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.circulation = circulation;
        this.shown = new CirculationDraftAction(messages, dialogs, tasks, drafts);
    }

    public void run(Meeting meeting, Runnable refresh) {
        String title = messages.get("mail.open.saveTitle");
        dialogs.chooseFileToSave(title, MinutesCirculation.defaultFileName(meeting), messages.get("mail.open.emlFiles"),
                "*.eml").ifPresent(file -> tasks.submit(new BackgroundTask<>(title,
                        progress -> circulation.circulate(MinutesCirculation.Request.of(meeting.id(), file)),
                        outcome -> {
                            refresh.run();
                            shown.prepared(outcome.draft(), result -> { });
                        },
                        failure -> dialogs.showFailure(title, failure))));
    }
}
