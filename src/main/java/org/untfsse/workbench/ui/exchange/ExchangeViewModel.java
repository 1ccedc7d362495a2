package org.untfsse.workbench.ui.exchange;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.common.BackgroundTask;
import org.untfsse.workbench.service.common.TaskRunner;
import org.untfsse.workbench.service.common.ValidationException;
import org.untfsse.workbench.service.exchange.ExchangeService;
import org.untfsse.workbench.service.exchange.ImportPreview;
import org.untfsse.workbench.service.exchange.PreviewSummary;
import org.untfsse.workbench.ui.common.DialogService;

/**
 * Import and export of bundles from the window: choose a file, see the preview (added, updated,
 * unchanged, conflicts), confirm, apply; export with progress. Also the first-run sample data offer.
 */
public final class ExchangeViewModel {

    private final ExchangeService exchange;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Messages m;
    private final Runnable afterImport;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public ExchangeViewModel(ExchangeService exchange, DialogService dialogs, TaskRunner tasks, Messages messages,
                             Runnable afterImport) {
        this.exchange = exchange;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.m = messages;
        this.afterImport = afterImport;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void importBundle() {
        String title = m.get("exchange.dialog.import.title");
        dialogs.chooseFileToOpen(title, m.get("exchange.dialog.fileType"), "*.json").ifPresent(this::importBundle);
    }

    /** The same for a bundle chosen outside the window (opened with the workbench from a file manager). */
    public void importBundle(Path file) {
        String title = m.get("exchange.dialog.import.title");
        run(title, progress -> exchange.preview(file, null, progress), preview -> confirmAndApply(file, preview));
    }

    private void confirmAndApply(Path file, ImportPreview preview) {
        String title = m.get("exchange.dialog.import.title");
        String text = String.join("\n", PreviewSummary.counts(preview, m));
        DateTimeFormatter local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(m.locale())
                .withZone(ZoneId.systemDefault());
        List<String> conflicts = PreviewSummary.conflicts(preview, m, local::format);
        String conflictsHeading = m.get("exchange.dialog.preview.conflicts", conflicts.size());
        if (preview.changesNothing()) {
            dialogs.showInfo(title, text, conflictsHeading, conflicts);
            return;
        }
        if (dialogs.confirm(title, m.get("exchange.dialog.preview.header", file.getFileName()), text,
                conflictsHeading, conflicts, m.get("exchange.dialog.preview.confirm"))) {
            run(title, progress -> exchange.importBundle(file, null, progress), done -> {
                afterImport.run();
                // What was applied, counted again: the preview was a promise, this is the record.
                List<String> kept = PreviewSummary.conflicts(done, m, local::format);
                dialogs.showInfo(title, m.get("exchange.dialog.imported") + "\n\n"
                        + String.join("\n", PreviewSummary.counts(done, m)),
                        m.get("exchange.dialog.preview.conflicts", kept.size()), kept);
            });
        }
    }

    public void exportBundle() {
        String title = m.get("exchange.dialog.export.title");
        dialogs.chooseFileToSave(title, "workbench-bundle.json", m.get("exchange.dialog.fileType"), "*.json")
                .ifPresent(file -> run(title, progress -> exchange.export(file, null, false, progress),
                        result -> dialogs.showInfo(title, m.get("exchange.dialog.exported", result.records(), file))));
    }

    /** On a first start (empty database) offers the sample data. */
    public void offerSampleDataIfEmpty() {
        if (!exchange.isEmpty()) {
            return;
        }
        if (dialogs.confirm(m.get("exchange.sample.offer.title"), m.get("exchange.sample.offer.header"),
                m.get("exchange.sample.offer.text"))) {
            run(m.get("exchange.sample.offer.title"), exchange::loadSampleData, done -> afterImport.run());
        }
    }

    private <T> void run(String title, BackgroundTask.Work<T> work, Consumer<T> then) {
        busy.set(true);
        tasks.submit(new BackgroundTask<>(title, work, result -> {
            busy.set(false);
            then.accept(result);
        }, failure -> {
            busy.set(false);
            if (failure instanceof ValidationException invalid) {
                dialogs.showProblems(title, m.get("exchange.dialog.problems.header"), invalid.problems());
            } else {
                dialogs.showFailure(title, failure);
            }
        }));
    }
}
