package org.untfsse.workbench.app;

import org.untfsse.workbench.model.common.DataFolder;

/** Lets test harnesses in other packages run a command exactly as {@code Main} does. */
public final class MainAccess {

    private MainAccess() {
    }

    public static int runCommand(DataFolder folder, String... args) {
        return Main.runCommand(folder, args);
    }
}
