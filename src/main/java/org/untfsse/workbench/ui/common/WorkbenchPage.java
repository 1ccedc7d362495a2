package org.untfsse.workbench.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;

/** One of the main window's views (Rosters, Rotation, Meetings, Archive). */
public interface WorkbenchPage {

    Node node();

    /** What the status bar shows while this page is in front, e.g. "17 members · 13 observers". */
    ReadOnlyStringProperty statusText();

    /** Ctrl+F: put the cursor in the page's filter or search box, if it has one. */
    default void focusFilter() {
    }

    /** Called each time the page comes to the front, so it can show fresh data. */
    default void refresh() {
    }
}
