package org.untfsse.workbench.app;

import java.util.List;
import java.util.function.Supplier;
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
import org.untfsse.workbench.ui.common.WindowState;
import org.untfsse.workbench.ui.roster.RosterPage;
import org.untfsse.workbench.ui.roster.RosterViewModel;

/** Builds the window's pages and menu entries over the application's services. */
final class UiComposition {

    private UiComposition() {
    }

    static MainWindow mainWindow(AppContext context, FxTaskRunner tasks, WindowState windowState, Stage stage) {
        Messages m = context.messages();
        FxDialogService dialogs = new FxDialogService(m, stage);
        RosterPage[] rosterPage = new RosterPage[1];
        Supplier<RosterPage> rosters = () -> {
            if (rosterPage[0] == null) {
                rosterPage[0] = new RosterPage(new RosterViewModel(context.roster(), m, dialogs));
            }
            return rosterPage[0];
        };
        List<PageEntry> pages = List.of(
                new PageEntry("rosters", "page.rosters", Material2MZ.PEOPLE, rosters::get),
                new PageEntry("rotation", "page.rotation", Material2AL.AUTORENEW,
                        () -> placeholder(m, Material2AL.AUTORENEW, "page.rotation")),
                new PageEntry("meetings", "page.meetings", Material2AL.EVENT,
                        () -> placeholder(m, Material2AL.EVENT, "page.meetings")),
                new PageEntry("archive", "page.archive", Material2AL.LIBRARY_BOOKS,
                        () -> placeholder(m, Material2AL.LIBRARY_BOOKS, "page.archive")));
        MainWindow[] window = new MainWindow[1];
        MenuItem importRoster = new MenuItem(m.get("roster.import.menu"));
        importRoster.setId("menu-import-roster");
        importRoster.setOnAction(e -> {
            window[0].show("rosters");
            rosters.get().startImport();
        });
        List<MenuItem> fileItems = List.of(importRoster);
        window[0] = new MainWindow(m, pages, fileItems, tasks, windowState);
        return window[0];
    }

    private static PlaceholderPage placeholder(Messages m, org.kordamp.ikonli.Ikon icon, String titleKey) {
        return new PlaceholderPage(icon, m.get(titleKey), m.get("page.notYetBuilt", m.get(titleKey)));
    }
}
