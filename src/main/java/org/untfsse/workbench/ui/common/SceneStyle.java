package org.untfsse.workbench.ui.common;

import javafx.geometry.NodeOrientation;
import javafx.scene.Parent;
import org.untfsse.workbench.i18n.Messages;

/** Applies the language's direction and the chosen text size to a window or dialog. */
public final class SceneStyle {

    private SceneStyle() {
    }

    public static void apply(Parent root, Messages messages, double fontSizePx) {
        root.setNodeOrientation(messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        root.setStyle("-fx-font-size: " + fontSizePx + "px;"
                + LanguageFont.familyFor(messages.locale()).map(f -> " -fx-font-family: \"" + f + "\";").orElse(""));
    }
}
