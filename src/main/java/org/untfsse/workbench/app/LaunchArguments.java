package org.untfsse.workbench.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The launcher's first look at the arguments: the data folder, and whether a command was given. A
 * single argument naming an existing {@code .json} file is not a command but a bundle to open in
 * the window (a file manager starts the workbench that way for a bundle, see the desktop entry).
 */
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

    /** No command and no option other than the data folder (or just a bundle to open): open the window. */
    boolean opensWindow() {
        return rest.isEmpty() || bundleToOpen().isPresent();
    }

    /** The bundle file given as the only argument, to be imported (after its preview) in the window. */
    Optional<Path> bundleToOpen() {
        if (rest.size() != 1 || rest.get(0).startsWith("-")
                || !rest.get(0).toLowerCase(Locale.ROOT).endsWith(".json")) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(rest.get(0)).toAbsolutePath();
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }
}
