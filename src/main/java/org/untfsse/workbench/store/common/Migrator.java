package org.untfsse.workbench.store.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date with the numbered scripts {@code db/migration/V001.sql},
 * {@code V002.sql}, ... Each script runs in its own transaction together with the bump of
 * {@code PRAGMA user_version}; before the first script runs on a database that already holds
 * data, the file is copied to the backups folder.
 */
final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    static final String SCRIPTS = "/db/migration/";

    private final Connection connection;
    private final Path databaseFile;
    private final Path backupFolder;
    private final String scripts;

    Migrator(Connection connection, Path databaseFile, Path backupFolder) {
        this(connection, databaseFile, backupFolder, SCRIPTS);
    }

    Migrator(Connection connection, Path databaseFile, Path backupFolder, String scripts) {
        this.connection = connection;
        this.databaseFile = databaseFile;
        this.backupFolder = backupFolder;
        this.scripts = scripts;
    }

    /** The number of the newest migration script shipped with this build. */
    int latestVersion() {
        int version = 0;
        while (Migrator.class.getResource(scriptName(version + 1)) != null) {
            version++;
        }
        return version;
    }

    boolean pendingMigrations() throws SQLException {
        return userVersion() < latestVersion();
    }

    void migrate() throws SQLException {
        int current = userVersion();
        int latest = latestVersion();
        if (current > latest) {
            throw new StoreException(StoreException.Kind.OTHER,
                    "This database was written by a newer version of the workbench (schema " + current
                            + ", this version knows " + latest + ")", null);
        }
        if (current == latest) {
            return;
        }
        if (current > 0) {
            backupBeforeMigration(current);
        }
        for (int version = current + 1; version <= latest; version++) {
            apply(version);
        }
    }

    private void apply(int version) throws SQLException {
        String script = readScript(version);
        LOG.info("Applying database migration {}", version);
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                // executeUpdate runs every statement of the script (sqlite3_exec), triggers included.
                statement.executeUpdate(script);
                statement.execute("PRAGMA user_version = " + version);
                statement.execute("COMMIT");
            } catch (SQLException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
        }
    }

    private void backupBeforeMigration(int fromVersion) throws SQLException {
        try {
            PrivateFiles.folder(backupFolder);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.OTHER, "Could not create the backups folder " + backupFolder, e);
        }
        Path target = backupFolder.resolve("before-migration-v" + fromVersion + "-"
                + LocalDateTime.now().format(STAMP) + ".db");
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        try {
            PrivateFiles.restrict(target);
        } catch (IOException e) {
            LOG.warn("Could not make {} private: {}", target, e.getMessage());
        }
        LOG.info("Backed up {} to {} before migrating", databaseFile, target);
    }

    private int userVersion() throws SQLException {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private String scriptName(int version) {
        return String.format(java.util.Locale.ROOT, "%sV%03d.sql", scripts, version);
    }

    private String readScript(int version) {
        try (InputStream in = Migrator.class.getResourceAsStream(scriptName(version))) {
            if (in == null) {
                throw new IllegalStateException("Missing migration script " + scriptName(version));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration script " + scriptName(version), e);
        }
    }
}
