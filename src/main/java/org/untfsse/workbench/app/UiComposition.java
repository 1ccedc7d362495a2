package org.untfsse.workbench.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.ui.MainWindow;
import org.untfsse.workbench.ui.archive.ArchiveView;
import org.untfsse.workbench.ui.archive.ArchiveViewModel;
import org.untfsse.workbench.ui.archive.DesktopDocumentOpener;
import org.untfsse.workbench.ui.archive.FxArchiveDialogs;
import org.untfsse.workbench.ui.archive.VerifyArchiveAction;
import org.untfsse.workbench.ui.common.FxDialogService;
import org.untfsse.workbench.ui.common.FxTaskRunner;
import org.untfsse.workbench.ui.exchange.mail.CirculationOptionsDialog;
import org.untfsse.workbench.ui.exchange.mail.MailProgram;
import org.untfsse.workbench.ui.exchange.mail.MailTemplatesDialog;
import org.untfsse.workbench.ui.exchange.mail.MinutesEmailAction;
import org.untfsse.workbench.ui.common.PageEntry;
import org.untfsse.workbench.ui.common.RestoreBackupAction;
import org.untfsse.workbench.ui.common.UiSettings;
import org.untfsse.workbench.ui.common.WindowState;
import org.untfsse.workbench.ui.rotation.CalendarExport;
import org.untfsse.workbench.ui.rotation.MeetingChoice;
import org.untfsse.workbench.ui.rotation.RotationView;
import org.untfsse.workbench.ui.rotation.RotationViewModel;
import org.untfsse.workbench.ui.exchange.ExchangeMenu;
import org.untfsse.workbench.ui.exchange.ExchangeViewModel;
import org.untfsse.workbench.ui.exchange.mail.DistributionListDialog;
import org.untfsse.workbench.ui.roster.RosterPage;
import org.untfsse.workbench.ui.roster.RosterViewModel;
import org.untfsse.workbench.ui.meeting.FxMeetingDialogs;
import org.untfsse.workbench.ui.meeting.MeetingEditorViewModel;
import org.untfsse.workbench.ui.meeting.MeetingsPage;
import org.untfsse.workbench.ui.meeting.MeetingsViewModel;
import org.untfsse.workbench.ui.meeting.RegistersViewModel;

/** Builds the window's pages and menu entries over the application's services. */
final class UiComposition {

    private UiComposition() {
    }

    static MainWindow mainWindow(AppContext context, FxTaskRunner tasks, WindowState windowState, UiSettings settings,
                                 Stage stage) {
        return mainWindow(context, tasks, windowState, settings, stage, null);
    }

    /** The same; with a {@code bundle} (may be null), its import is offered once the window is shown. */
    static MainWindow mainWindow(AppContext context, FxTaskRunner tasks, WindowState windowState, UiSettings settings,
                                 Stage stage, Path bundle) {
        Messages m = context.messages();
        FxDialogService dialogs = new FxDialogService(m, stage, settings);
        RosterPage[] rosterPage = new RosterPage[1];
        Supplier<RosterPage> rosters = () -> {
            if (rosterPage[0] == null) {
                rosterPage[0] = new RosterPage(new RosterViewModel(context.roster(), m, dialogs));
                rosterPage[0].setOnDistributionList(ids -> DistributionListDialog.show(stage, m, context.mailRecipients(),
                        context.roster().today(), ids, dialogs, settings.fontSizePx()));
            }
            return rosterPage[0];
        };
        List<PageEntry> pages = List.of(
                new PageEntry("rosters", "page.rosters", Material2MZ.PEOPLE, rosters::get),
                new PageEntry("rotation", "page.rotation", Material2AL.AUTORENEW,
                        () -> new RotationView(rotationModel(context, dialogs), m,
                                calendarExport(context, dialogs, tasks))),
                new PageEntry("meetings", "page.meetings", Material2AL.EVENT,
                        () -> meetingsPage(context, dialogs, stage, tasks, settings)),
                new PageEntry("archive", "page.archive", Material2AL.LIBRARY_BOOKS,
                        () -> archivePage(context, tasks, dialogs, stage)));
        MainWindow[] window = new MainWindow[1];
        ExchangeViewModel exchange = new ExchangeViewModel(context.exchange(), dialogs, tasks, m, () -> {
            if (window[0] != null) {
                window[0].refreshCurrent();
            }
        });
        MenuItem importRoster = new MenuItem(m.get("roster.import.menu"));
        importRoster.setId("menu-import-roster");
        importRoster.setOnAction(e -> {
            window[0].show("rosters");
            rosters.get().startImport();
        });
        List<MenuItem> fileItems = new ArrayList<>();
        fileItems.add(importRoster);
        fileItems.addAll(ExchangeMenu.items(exchange, m));
        MenuItem exportCalendar = new MenuItem(m.get("rotation.view.export"));
        exportCalendar.setId("menu-export-calendar");
        exportCalendar.setOnAction(e -> calendarExport(context, dialogs, tasks).run());
        fileItems.add(exportCalendar);
        MenuItem restore = new MenuItem(m.get("backup.menu.restore"));
        restore.setId("menu-restore-backup");
        restore.setOnAction(e -> new RestoreBackupAction(m, dialogs, tasks, context.backups(),
                () -> window[0].refreshCurrent()).run());
        fileItems.add(restore);
        MenuItem verifyArchive = new MenuItem(m.get("archive.menu.verify"));
        verifyArchive.setId("menu-verify-archive");
        verifyArchive.setOnAction(e -> new VerifyArchiveAction(context.archive(), tasks, dialogs,
                new FxArchiveDialogs(stage), m).run());
        fileItems.add(verifyArchive);
        fileItems.add(meetingsCalendarItem(context, dialogs));
        MenuItem mailTemplates = new MenuItem(m.get("mail.templates.menu"));
        mailTemplates.setId("menu-mail-templates");
        mailTemplates.setOnAction(e -> MailTemplatesDialog.show(stage, m, context.mailTemplates(), dialogs,
                settings.fontSizePx()));
        fileItems.add(mailTemplates);
        window[0] = new MainWindow(m, pages, fileItems, tasks, windowState, settings, dialogs);
        if (context.database().isReadOnly()) {
            window[0].showNotice(m.get("notice.readOnly", context.folder().root()));
        } else if (bundle != null) {
            Platform.runLater(() -> exchange.importBundle(bundle)); // after the window is shown
        } else {
            Platform.runLater(exchange::offerSampleDataIfEmpty);
        }
        return window[0];
    }

    private static RotationViewModel rotationModel(AppContext context, FxDialogService dialogs) {
        RotationViewModel model = new RotationViewModel(context.rotation(), context.roster(), dialogs);
        model.setMeetingChoices(() -> context.meetings().meetings().stream()
                .sorted(java.util.Comparator.comparing(org.untfsse.workbench.model.meeting.Meeting::start).reversed())
                .map(meeting -> new MeetingChoice(meeting.id(), meeting.start() + " — " + (meeting.title().isBlank()
                        ? context.messages().get("rotation.field.meetingNumber", meeting.number()) : meeting.title())))
                .toList());
        return model;
    }

    private static Runnable calendarExport(AppContext context, FxDialogService dialogs, FxTaskRunner tasks) {
        return () -> new CalendarExport(context.rotation(), dialogs, tasks, context.clock()).run();
    }

    private static ArchiveView archivePage(AppContext context, FxTaskRunner tasks, FxDialogService dialogs, Stage stage) {
        return new ArchiveView(new ArchiveViewModel(context.archive(), context.roster(), tasks, dialogs,
                new FxArchiveDialogs(stage), new DesktopDocumentOpener(), context.messages()));
    }

    private static MeetingsPage meetingsPage(AppContext context, FxDialogService dialogs, Stage stage, FxTaskRunner tasks,
                                             UiSettings settings) {
        MeetingEditorViewModel editor = new MeetingEditorViewModel(context.meetings(),
                context.minutes(), context.roster(), dialogs, new FxMeetingDialogs(context.messages(), stage, dialogs));
        // Circulation e-mail (exchange) is wired here: the meeting feature must not depend on it.
        MinutesEmailAction email = new MinutesEmailAction(context.messages(), dialogs, tasks,
                context.minutesCirculation(), context.circulationDraft(),
                CirculationOptionsDialog.asker(stage, context.messages(), settings.fontSizePx()), MailProgram::open);
        editor.setPrepareEmail(email::run);
        editor.setLinkedDocuments(new MeetingDocumentList(context));
        return new MeetingsPage(context.messages(), new MeetingsViewModel(context.meetings(), dialogs),
                new RegistersViewModel(context.meetings()), editor);
    }

    private static MenuItem meetingsCalendarItem(AppContext context, FxDialogService dialogs) {
        MenuItem item = new MenuItem(context.messages().get("meeting.ics.menu"));
        item.setId("menu-export-meetings-ics");
        item.setOnAction(e -> new MeetingsViewModel(context.meetings(), dialogs).exportCalendar());
        return item;
    }
}
