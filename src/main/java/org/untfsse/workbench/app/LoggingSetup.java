package org.untfsse.workbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.untfsse.workbench.model.common.DataFolder;

/**
 * Points the rolling log file at the data folder's {@code logs/} — or, when that folder cannot be
 * written (a read-only medium), at the temporary folder. Must run before the first logger is
 * created: tinylog reads {@code workbench.logDir} from its configuration.
 */
final class LoggingSetup {

    private LoggingSetup() {
    }

    static void init(DataFolder folder) {
        if (System.getProperty("workbench.logDir") == null) {
            Path logs = writable(folder.logs()) ? folder.logs()
                    : Path.of(System.getProperty("java.io.tmpdir"), "secretariat-workbench-logs");
            System.setProperty("workbench.logDir", logs.toString());
        }
    }

    private static boolean writable(Path logs) {
        try {
            Files.createDirectories(logs);
            Path probe = Files.createTempFile(logs, ".probe", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
