package org.untfsse.workbench.ui.exchange.mail;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.BackgroundTask;
import org.untfsse.workbench.service.common.TaskRunner;
import org.untfsse.workbench.service.exchange.mail.CirculationDraft;
import org.untfsse.workbench.service.exchange.mail.CirculationResult;
import org.untfsse.workbench.service.exchange.mail.DraftRecipients;
import org.untfsse.workbench.service.exchange.mail.MailAttachment;
import org.untfsse.workbench.service.exchange.mail.MeetingSummary;
import org.untfsse.workbench.service.exchange.mail.Recipient;
import org.untfsse.workbench.ui.common.DialogService;

/**
 * "Prepare e-mail" for a meeting: choose where to save the draft, write it in the background,
 * open it with the system's mail program, and tell the officer who could not be addressed.
 * {@code onPrepared} receives the result (recipients, attachment hashes) for the circulation record.
 */
public final class CirculationDraftAction {

    private final Messages messages;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final CirculationDraft drafts;
    private final Function<Path, CompletableFuture<Boolean>> mailProgram;

    public CirculationDraftAction(Messages messages, DialogService dialogs, TaskRunner tasks, CirculationDraft drafts) {
        this(messages, dialogs, tasks, drafts, MailProgram::open);
    }

    /** {@code mailProgram} opens a saved draft and completes with whether it could (tests pass their own). */
    public CirculationDraftAction(Messages messages, DialogService dialogs, TaskRunner tasks, CirculationDraft drafts,
                                  Function<Path, CompletableFuture<Boolean>> mailProgram) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.drafts = drafts;
        this.mailProgram = mailProgram;
    }

    public void run(MeetingSummary meeting, List<MailAttachment> minutes, DraftRecipients to, Locale language,
                    String sender, String suggestedFileName, Consumer<CirculationResult> onPrepared) {
        String title = messages.get("mail.open.saveTitle");
        dialogs.chooseFileToSave(title, suggestedFileName, messages.get("mail.open.emlFiles"), "*.eml")
                .ifPresent(file -> tasks.submit(new BackgroundTask<>(title,
                        progress -> drafts.minutes(meeting, minutes, to, language, sender, file),
                        result -> prepared(result, onPrepared),
                        failure -> dialogs.showFailure(title, failure))));
    }

    public void prepared(CirculationResult result, Consumer<CirculationResult> onPrepared) {
        onPrepared.accept(result);
        StringBuilder text = new StringBuilder(messages.get("mail.draft.written", result.file())).append('\n')
                .append(messages.get("mail.draft.recipients", result.to().size(), result.cc().size(), result.bcc().size()));
        result.attachmentSha256().forEach((name, sha) ->
                text.append('\n').append(messages.get("mail.draft.attachment", name, sha)));
        for (Recipient r : result.withoutEmail()) {
            text.append('\n').append(messages.get("mail.warning.withoutEmail", r.name(), r.organizationAcronym(),
                    messages.get("roster.role." + r.role().name())));
        }
        if (!result.organizationsWithoutAnyone().isEmpty()) {
            text.append('\n').append(messages.get("mail.warning.organizationWithoutAnyone",
                    String.join(", ", result.organizationsWithoutAnyone())));
        }
        Path file = result.file();
        mailProgram.apply(file).thenAccept(opened -> Platform.runLater(() -> {
            if (!opened) {
                text.append("\n\n").append(messages.get("mail.open.failed", file));
            }
            dialogs.showInfo(messages.get("mail.open.saveTitle"), text.toString());
        }));
    }
}
