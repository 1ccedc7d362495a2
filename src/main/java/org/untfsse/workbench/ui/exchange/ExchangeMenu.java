package org.untfsse.workbench.ui.exchange;

import java.util.List;
import javafx.scene.control.MenuItem;
import org.untfsse.workbench.i18n.Messages;

/** The File menu's "Import bundle…" and "Export bundle…" entries. */
public final class ExchangeMenu {

    private ExchangeMenu() {
    }

    public static List<MenuItem> items(ExchangeViewModel model, Messages m) {
        MenuItem importItem = new MenuItem(m.get("exchange.menu.import"));
        importItem.setId("menu-import-bundle");
        importItem.setOnAction(e -> model.importBundle());
        importItem.disableProperty().bind(model.busyProperty());
        MenuItem exportItem = new MenuItem(m.get("exchange.menu.export"));
        exportItem.setId("menu-export-bundle");
        exportItem.setOnAction(e -> model.exportBundle());
        exportItem.disableProperty().bind(model.busyProperty());
        return List.of(importItem, exportItem);
    }
}
