package org.untfsse.workbench.app;

import java.util.ArrayList;
import java.util.List;
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
import org.untfsse.workbench.ui.common.PageEntry;
import org.untfsse.workbench.ui.common.PlaceholderPage;
import org.untfsse.workbench.ui.common.RestoreBackupAction;
import org.untfsse.workbench.ui.common.UiSettings;
import org.untfsse.workbench.ui.common.WindowState;

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
                        () -> placeholder(m, Material2AL.EVENT, "page.meetings")),
                new PageEntry("archive", "page.archive", Material2AL.LIBRARY_BOOKS,
                        () -> archivePage(context, tasks, dialogs, stage)));
        List<MenuItem> fileItems = new ArrayList<>();
        MainWindow[] window = new MainWindow[1];
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
        window[0] = new MainWindow(m, pages, fileItems, tasks, windowState, settings, dialogs);
        if (context.database().isReadOnly()) {
            window[0].showNotice(m.get("notice.readOnly", context.folder().root()));
        }
        return window[0];
    }

    private static ArchiveView archivePage(AppContext context, FxTaskRunner tasks, FxDialogService dialogs, Stage stage) {
        return new ArchiveView(new ArchiveViewModel(context.archive(), context.roster(), tasks, dialogs,
                new FxArchiveDialogs(stage), new DesktopDocumentOpener(), context.messages()));
    }

    private static PlaceholderPage placeholder(Messages m, org.kordamp.ikonli.Ikon icon, String titleKey) {
        return new PlaceholderPage(icon, m.get(titleKey), m.get("page.notYetBuilt", m.get(titleKey)));
    }
}
