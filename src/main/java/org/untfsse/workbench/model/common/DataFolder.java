package org.untfsse.workbench.model.common;

import java.nio.file.Path;
import java.util.Objects;

/** The folder that holds one workbench's data: the database, document files, backups and logs. */
public record DataFolder(Path root) {

    public DataFolder {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    public Path database() {
        return root.resolve("workbench.db");
    }

    public Path archive() {
        return root.resolve("archive");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path lockFile() {
        return root.resolve(".workbench.lock");
    }
}
