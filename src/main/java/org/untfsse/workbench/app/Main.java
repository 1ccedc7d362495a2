package org.untfsse.workbench.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.i18n.SupportedLanguages;
import org.untfsse.workbench.ui.common.UiSettings;
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
        if (launch.opensWindow()) {
            ToolkitStart.begin(); // JavaFX starts while logging, settings and the database are prepared
        }
        try {
            DataFolder folder = DataFolderLocator.resolve(launch.dataDir());
            LoggingSetup.init(folder);
            if (!launch.opensWindow()) {
                System.exit(runCommand(folder, args));
            }
            Locale language = new UiSettings(UiLauncher.preferences()).effectiveLanguage(Locale.getDefault());
            AppContext context = new AppContext(folder, Messages.forLocale(language), Clock.systemDefaultZone());
            openDatabaseEarly(context);
            UiLauncher.launch(context, launch.bundleToOpen().orElse(null));
        } catch (RuntimeException | Error e) {
            if (launch.opensWindow()) {
                ToolkitStart.stop(); // its threads would otherwise keep the process alive
            }
            throw e;
        }
    }

    /**
     * Takes the folder lock and opens the database (SQLite's native library, the schema check) on a
     * background thread while JavaFX starts, so the window does not wait for both one after the
     * other. Any failure is left for the window to meet again and explain (second window, damaged
     * database).
     */
    private static void openDatabaseEarly(AppContext context) {
        Thread early = new Thread(() -> {
            try {
                if (context.tryLock(0)) {
                    context.database();
                }
            } catch (RuntimeException leftForTheWindow) {
                // The window opens the database again and explains the problem to the user.
            }
        }, "workbench-open-database");
        early.setDaemon(true);
        early.start();
    }

    static int runCommand(DataFolder folder, String[] args) {
        Locale language = SupportedLanguages.closest(Locale.getDefault());
        try (AppContext context = new AppContext(folder, Messages.forLocale(language), Clock.systemDefaultZone())) {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            return new WorkbenchCli(context, out, err).run(args);
        }
    }
}
