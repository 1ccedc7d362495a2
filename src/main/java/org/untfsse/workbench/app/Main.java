package org.untfsse.workbench.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.untfsse.workbench.cli.WorkbenchCli;
import org.untfsse.workbench.model.common.DataFolder;

/**
 * Starts the workbench: with no command, the window; with a command, the headless command line
 * (which never initialises JavaFX). A plain main class, because an {@code Application} subclass
 * started from the class path fails with "JavaFX runtime components are missing".
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LaunchArguments launch = LaunchArguments.parse(args);
        DataFolder folder = DataFolderLocator.resolve(launch.dataDir());
        LoggingSetup.init(folder);
        if (launch.opensWindow()) {
            UiLauncher.launch(new AppContext(folder));
        } else {
            System.exit(runCommand(folder, args));
        }
    }

    static int runCommand(DataFolder folder, String[] args) {
        try (AppContext context = new AppContext(folder)) {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            return new WorkbenchCli(context, out, err).run(args);
        }
    }
}
