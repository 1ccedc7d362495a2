package org.untfsse.workbench.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Stands in for a view that is not built yet, and says so plainly. */
public final class PlaceholderPage implements WorkbenchPage {

    private final VBox box;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public PlaceholderPage(Ikon icon, String title, String explanation) {
        FontIcon glyph = new FontIcon(icon);
        glyph.setIconSize(48);
        glyph.getStyleClass().add("placeholder-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add("title-2");
        Label text = new Label(explanation);
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.getStyleClass().add("text-muted");
        box = new VBox(12, glyph, heading, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder-page");
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public ReadOnlyStringProperty statusText() {
        return status.getReadOnlyProperty();
    }
}
