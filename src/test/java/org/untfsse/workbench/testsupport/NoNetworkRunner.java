package org.untfsse.workbench.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.untfsse.workbench.app.MainAccess;
import org.untfsse.workbench.model.common.DataFolder;

/**
 * Run in a separate JVM (with {@code -Djava.security.manager=allow}): installs the
 * {@link NetworkGuard}, then runs a sequence of workbench commands separated by {@code ;;},
 * printing {@code EXIT <code>} after each.
 */
public final class NoNetworkRunner {

    private NoNetworkRunner() {
    }

    public static void main(String[] args) {
        NetworkGuard.install();
        DataFolder folder = new DataFolder(Path.of(args[0]));
        List<String> command = new ArrayList<>();
        for (int i = 1; i <= args.length; i++) {
            if (i == args.length || args[i].equals(";;")) {
                int code = MainAccess.runCommand(folder, command.toArray(String[]::new));
                System.out.println("EXIT " + code);
                command.clear();
            } else {
                command.add(args[i]);
            }
        }
        System.out.flush();
        System.exit(0);
    }

    /**
     * Installs the guard, then starts the window exactly as {@code Main} does with no command
     * (run with {@code -Dworkbench.startupProbe=true}: it prints {@code FIRST_FRAME} once the
     * start-up splash and {@code READY} once the main window is painted; the test then kills it).
     */
    public static final class Window {
        private Window() {
        }

        public static void main(String[] args) {
            NetworkGuard.install();
            org.untfsse.workbench.app.Main.main(new String[] {"--data-dir", args[0]});
        }
    }

    /** Installs the guard and tries to connect: proves the guard catches what it should. */
    public static final class SocketOpener {
        private SocketOpener() {
        }

        public static void main(String[] args) {
            NetworkGuard.install();
            try (var socket = new java.net.Socket("127.0.0.1", 9)) {
                System.out.println("CONNECTED");
            } catch (SecurityException | java.io.IOException e) {
                System.out.println("refused: " + e.getMessage());
            }
        }
    }
}
