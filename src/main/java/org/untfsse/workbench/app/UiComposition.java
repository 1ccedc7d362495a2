package org.untfsse.workbench.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.ui.MainWindow;
import org.untfsse.workbench.ui.common.FxDialogService;
import org.untfsse.workbench.ui.common.FxTaskRunner;
import org.untfsse.workbench.ui.common.PageEntry;
import org.untfsse.workbench.ui.common.PlaceholderPage;
import org.untfsse.workbench.ui.common.RestoreBackupAction;
import org.untfsse.workbench.ui.common.UiSettings;
import org.untfsse.workbench.ui.common.WindowState;
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
        Messages m = context.messages();
        FxDialogService dialogs = new FxDialogService(m, stage, settings);
        List<PageEntry> pages = List.of(
                new PageEntry("rosters", "page.rosters", Material2MZ.PEOPLE,
                        () -> placeholder(m, Material2MZ.PEOPLE, "page.rosters")),
                new PageEntry("rotation", "page.rotation", Material2AL.AUTORENEW,
                        () -> placeholder(m, Material2AL.AUTORENEW, "page.rotation")),
                new PageEntry("meetings", "page.meetings", Material2AL.EVENT,
                        () -> meetingsPage(context, dialogs, stage)),
                new PageEntry("archive", "page.archive", Material2AL.LIBRARY_BOOKS,
                        () -> placeholder(m, Material2AL.LIBRARY_BOOKS, "page.archive")));
        List<MenuItem> fileItems = new ArrayList<>();
        MainWindow[] window = new MainWindow[1];
        MenuItem restore = new MenuItem(m.get("backup.menu.restore"));
        restore.setId("menu-restore-backup");
        restore.setOnAction(e -> new RestoreBackupAction(m, dialogs, tasks, context.backups(),
                () -> window[0].refreshCurrent()).run());
        fileItems.add(restore);
        fileItems.add(meetingsCalendarItem(context, dialogs));
        window[0] = new MainWindow(m, pages, fileItems, tasks, windowState, settings, dialogs);
        if (context.database().isReadOnly()) {
            window[0].showNotice(m.get("notice.readOnly", context.folder().root()));
        }
        return window[0];
    }

    private static MeetingsPage meetingsPage(AppContext context, FxDialogService dialogs, Stage stage) {
        return new MeetingsPage(context.messages(), new MeetingsViewModel(context.meetings(), dialogs),
                new RegistersViewModel(context.meetings()), new MeetingEditorViewModel(context.meetings(),
                context.minutes(), context.roster(), dialogs, new FxMeetingDialogs(context.messages(), stage, dialogs)));
    }

    private static MenuItem meetingsCalendarItem(AppContext context, FxDialogService dialogs) {
        MenuItem item = new MenuItem(context.messages().get("meeting.ics.menu"));
        item.setId("menu-export-meetings-ics");
        item.setOnAction(e -> new MeetingsViewModel(context.meetings(), dialogs).exportCalendar());
        return item;
    }

    private static PlaceholderPage placeholder(Messages m, org.kordamp.ikonli.Ikon icon, String titleKey) {
        return new PlaceholderPage(icon, m.get(titleKey), m.get("page.notYetBuilt", m.get(titleKey)));
    }
}
