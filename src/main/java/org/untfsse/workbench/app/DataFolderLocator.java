package org.untfsse.workbench.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.untfsse.workbench.model.common.DataFolder;

/**
 * Where the data lives: {@code --data-dir} if given, else the {@code workbench.dataDir} system
 * property, else the operating system's per-user application-data folder
 * (Windows {@code %APPDATA%}, macOS {@code ~/Library/Application Support}, Linux
 * {@code $XDG_DATA_HOME} or {@code ~/.local/share}).
 */
public final class DataFolderLocator {

    static final String FOLDER_NAME = "SecretariatWorkbench";
    static final String LINUX_FOLDER_NAME = "secretariat-workbench";
    public static final String PROPERTY = "workbench.dataDir";

    private DataFolderLocator() {
    }

    public static DataFolder resolve(Path override) {
        return resolve(override, System.getProperty(PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home"), System.getenv());
    }

    static DataFolder resolve(Path override, String property, String osName, String home, Map<String, String> env) {
        if (override != null) {
            return new DataFolder(override);
        }
        if (property != null && !property.isBlank()) {
            return new DataFolder(Path.of(property));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return new DataFolder(base.resolve(FOLDER_NAME));
        }
        if (os.contains("mac")) {
            return new DataFolder(Path.of(home, "Library", "Application Support", FOLDER_NAME));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return new DataFolder(base.resolve(LINUX_FOLDER_NAME));
    }
}
