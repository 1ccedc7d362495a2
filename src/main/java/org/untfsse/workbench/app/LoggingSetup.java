package org.untfsse.workbench.app;

import org.untfsse.workbench.model.common.DataFolder;

/**
 * Points the rolling log file at the data folder's {@code logs/}. Must run before the first
 * logger is created: tinylog reads {@code workbench.logDir} from its configuration.
 */
final class LoggingSetup {

    private LoggingSetup() {
    }

    static void init(DataFolder folder) {
        if (System.getProperty("workbench.logDir") == null) {
            System.setProperty("workbench.logDir", folder.logs().toString());
        }
        folder.logs().toFile().mkdirs();
    }
}
