package org.untfsse.workbench.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The launcher's first look at the arguments: the data folder, and whether a command was given. */
record LaunchArguments(Path dataDir, List<String> rest) {

    static LaunchArguments parse(String[] args) {
        Path dataDir = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data-dir") && i + 1 < args.length) {
                dataDir = Path.of(args[++i]);
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else {
                rest.add(arg);
            }
        }
        return new LaunchArguments(dataDir, rest);
    }

    /** No command and no option other than the data folder: open the window. */
    boolean opensWindow() {
        return rest.isEmpty();
    }
}
