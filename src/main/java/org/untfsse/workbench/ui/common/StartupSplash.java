package org.untfsse.workbench.ui.common;

import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.untfsse.workbench.i18n.Messages;

/**
 * The window's first frame while the workbench opens its data folder and builds its pages: the
 * icon, the name and "Opening the data folder…" in the theme's colours, at the window's remembered
 * size. Made of shapes and text only — no controls, so no stylesheet has to be read — which lets the
 * window appear as soon as a bare JavaFX window would; the main window replaces it in place.
 */
public final class StartupSplash {

    private StartupSplash() {
    }

    /** @param icon the application icon, shown at its own size (64 px reads well) */
    public static Scene scene(Messages messages, Theme theme, Image icon, double width, double height, double fontSizePx) {
        String family = LanguageFont.familyFor(messages.locale()).orElse(Font.getDefault().getFamily());
        boolean dark = theme == Theme.DARK;
        Text name = new Text(messages.get("app.title"));
        name.setFont(Font.font(family, FontWeight.BOLD, fontSizePx * 1.6));
        name.setFill(Color.web(dark ? "#e6edf3" : "#1f2328"));
        Text opening = new Text(messages.get("startup.opening"));
        opening.setFont(Font.font(family, fontSizePx));
        opening.setFill(Color.web(dark ? "#9198a1" : "#59636e"));
        opening.setId("startup-opening");
        VBox column = new VBox(fontSizePx, new ImageView(icon), name, opening);
        column.setAlignment(Pos.CENTER);
        StackPane root = new StackPane(column);
        root.setId("startup-splash");
        root.setNodeOrientation(messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        return new Scene(root, width, height, Color.web(dark ? "#0d1117" : "#ffffff"));
    }
}
