package org.untfsse.workbench.ui.exchange.mail;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.meeting.Meeting;
import org.untfsse.workbench.service.common.BackgroundTask;
import org.untfsse.workbench.service.common.TaskRunner;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.exchange.mail.CirculationDraft;
import org.untfsse.workbench.service.exchange.mail.MinutesCirculation;
import org.untfsse.workbench.ui.common.DialogService;

/**
 * "Prepare e-mail…" in the meeting editor: asks for the formats, recipients, deadline, language and
 * sender ({@link CirculationOptionsDialog}), then where to save the draft (default
 * {@code UNTFSSE-47-minutes.eml}); circulates the minutes in the background with the same service
 * call as {@code minutes circulate}, records the circulation, refreshes the editor, opens the draft
 * with the mail program and lists who could not be addressed.
 */
public final class MinutesEmailAction {

    private final Messages messages;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final MinutesCirculation circulation;
    private final CirculationOptionsAsker options;
    private final CirculationDraftAction shown;
    private CirculationOptionsViewModel last;

    public MinutesEmailAction(Messages messages, DialogService dialogs, TaskRunner tasks, MinutesCirculation circulation,
                              CirculationDraft drafts, CirculationOptionsAsker options,
                              Function<Path, CompletableFuture<Boolean>> mailProgram) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.circulation = circulation;
        this.options = options;
        this.shown = new CirculationDraftAction(messages, dialogs, tasks, drafts, mailProgram);
    }

    public void run(Meeting meeting, Runnable refresh) {
        CirculationOptionsViewModel choices = new CirculationOptionsViewModel(messages, circulation.today(),
                circulation.attendingOrganizations(meeting.id()));
        choices.rememberFrom(last);
        if (!options.ask(circulation.title(meeting), choices)) {
            return;
        }
        last = choices;
        String title = messages.get("mail.open.saveTitle");
        dialogs.chooseFileToSave(title, MinutesCirculation.defaultFileName(meeting), messages.get("mail.open.emlFiles"),
                "*.eml").ifPresent(file -> tasks.submit(new BackgroundTask<>(title,
                        progress -> circulation.circulate(choices.request(meeting.id(), file)),
                        outcome -> {
                            refresh.run();
                            shown.prepared(outcome.draft(), result -> { });
                        },
                        failure -> failed(title, failure))));
    }

    private void failed(String title, Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            dialogs.showProblems(title, messages.get("mail.options.notPrepared"), invalid.problems());
        } else {
            dialogs.showFailure(title, failure);
        }
    }
}
