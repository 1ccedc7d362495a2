package org.untfsse.workbench.ui.common;

import java.util.function.Supplier;
import org.kordamp.ikonli.Ikon;

/** A page of the main window: its id, its title's message key, its icon, and how to make it (on first visit). */
public record PageEntry(String id, String titleKey, Ikon icon, Supplier<WorkbenchPage> factory) {
}
