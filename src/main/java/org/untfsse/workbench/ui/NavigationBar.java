package org.untfsse.workbench.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.ui.common.PageEntry;

/** The column of page buttons on the left of the main window. */
final class NavigationBar extends VBox {

    private final ToggleGroup group = new ToggleGroup();

    NavigationBar(Messages messages, List<PageEntry> pages, Consumer<String> onSelect) {
        getStyleClass().add("navigation-bar");
        setSpacing(4);
        setAlignment(Pos.TOP_CENTER);
        for (int i = 0; i < pages.size(); i++) {
            PageEntry page = pages.get(i);
            String title = messages.get(page.titleKey());
            ToggleButton button = new ToggleButton(title, new FontIcon(page.icon()));
            button.setId("nav-" + page.id());
            button.setUserData(page.id());
            button.setToggleGroup(group);
            button.setContentDisplay(ContentDisplay.TOP);
            button.setMaxWidth(Double.MAX_VALUE);
            // Longer names (Arabic, Russian) wrap onto two lines rather than end in "…".
            button.setWrapText(true);
            button.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            button.getStyleClass().add("navigation-button");
            button.setTooltip(new Tooltip(messages.get("nav.tooltip", title, i + 1)));
            button.setAccessibleText(title);
            button.setOnAction(e -> {
                if (!button.isSelected()) {
                    button.setSelected(true);
                }
                onSelect.accept(page.id());
            });
            getChildren().add(button);
        }
    }

    void select(String id) {
        group.getToggles().stream().filter(t -> id.equals(t.getUserData())).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }
}
