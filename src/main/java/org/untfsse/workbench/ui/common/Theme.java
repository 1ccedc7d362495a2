package org.untfsse.workbench.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The application's look: AtlantaFX's Primer theme, light or dark. */
public enum Theme {
    LIGHT,
    DARK;

    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }
}
