package org.untfsse.workbench.store.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The workbench's SQLite database: one writer connection (every user action is one transaction
 * on it) and one reader connection (WAL lets it read while a write is under way).
 *
 * <p>Repositories never open transactions themselves: they call {@link #sql(SqlWork)}, which runs
 * on the connection of the transaction the calling thread is in, or on the reader otherwise.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final Path backupFolder;
    private Connection writer;
    private Connection reader;
    private final boolean readOnly;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    private Database(Path file, Path backupFolder, Connection writer, Connection reader) {
        this.file = file;
        this.backupFolder = backupFolder;
        this.readOnly = writer == null;
        this.writer = writer;
        this.reader = reader;
    }

    /**
     * Opens (creating if needed) the database at {@code file} and brings its schema up to date,
     * copying the file into {@code backupFolder} before any migration runs on existing data.
     */
    public static Database open(Path file, Path backupFolder) {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isRegularFile(file) && !isWritableFolder(folder)) {
            return openReadOnly(file, backupFolder);
        }
        try {
            PrivateFiles.folder(folder);
            if (!Files.exists(file)) {
                // Created before SQLite opens it, so it is private from its first byte; SQLite gives
                // its -wal and -shm files the same permissions.
                PrivateFiles.createFile(file);
            }
            Connection writer = connect(file);
            new Migrator(writer, file, backupFolder).migrate();
            Connection reader = connect(file);
            return new Database(file, backupFolder, writer, reader);
        } catch (SQLException e) {
            throw SqlErrors.translate("Could not open the database " + file, e);
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Kind.OTHER, "Could not create the folder for " + file, e);
        }
    }

    /**
     * Opens a database whose folder cannot be written (a read-only medium, say) for reading only:
     * everything can be read, and every attempt to change something is refused with a clear message.
     */
    static Database openReadOnly(Path file, Path backupFolder) {
        try {
            Connection reader = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1");
            try (Statement statement = reader.createStatement()) {
                statement.execute("PRAGMA schema_version");
            }
            Migrator migrator = new Migrator(reader, file, backupFolder);
            if (migrator.pendingMigrations()) {
                reader.close();
                throw new StoreException(StoreException.Kind.READ_ONLY,
                        "The database " + file + " needs an upgrade, but its folder is read-only", null);
            }
            LOG.warn("The folder of {} is read-only: the database is open for reading only", file);
            return new Database(file, backupFolder, null, reader);
        } catch (SQLException e) {
            throw SqlErrors.translate("Could not open the database " + file, e);
        }
    }

    /** True when a file can be created in {@code folder} (false on read-only media, whoever we are). */
    static boolean isWritableFolder(Path folder) {
        try {
            Path probe = Files.createTempFile(folder, ".write-probe", ".tmp");
            Files.delete(probe);
            return true;
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }

    /** True when changes cannot be saved (the data folder is read-only). */
    public boolean isReadOnly() {
        return readOnly;
    }

    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setCacheSize(-32_768); // 32 MB page cache per connection (default 2 MB): the archive's index
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(256L << 20)); // read pages without copying
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        try (Statement statement = connection.createStatement()) {
            // Fail fast on a file that is not a database, before anything else touches it.
            statement.execute("PRAGMA schema_version");
        }
        return connection;
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} as one write transaction: all of it is committed, or none of it.
     * Nested calls join the outer transaction.
     */
    public <T> T write(StoreWork<T> work) {
        if (readOnly) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "The data folder is read-only", null);
        }
        if (current.get() == writer) {
            return work.run();
        }
        acquireWriteLock();
        try {
            beginImmediate();
            current.set(writer);
            T result;
            try {
                result = work.run();
            } catch (RuntimeException | Error e) {
                rollbackQuietly();
                throw e;
            }
            commit();
            return result;
        } finally {
            current.remove();
            writeLock.unlock();
        }
    }

    /** Runs {@code work} as one consistent read. */
    public <T> T read(StoreWork<T> work) {
        if (current.get() != null) {
            return work.run();
        }
        synchronized (reader) {
            try {
                reader.setAutoCommit(false);
                current.set(reader);
                try {
                    return work.run();
                } finally {
                    current.remove();
                    reader.rollback();
                    reader.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw SqlErrors.translate("Could not read", e);
            }
        }
    }

    /** Runs SQL on the calling thread's transaction, or as a single read when there is none. */
    public <T> T sql(SqlWork<T> work) {
        Connection connection = current.get();
        try {
            if (connection != null) {
                return work.run(connection);
            }
            synchronized (reader) {
                return work.run(reader);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate("Database operation failed", e);
        }
    }

    /**
     * Writes a consistent copy of the database to {@code target} while it stays in use
     * (SQLite's VACUUM INTO: a compact, self-contained database file, private to its owner).
     */
    public void backupTo(Path target) {
        sqlOnReader(c -> {
            try (Statement statement = c.createStatement()) {
                statement.executeUpdate("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            return null;
        });
        try {
            PrivateFiles.restrict(target);
        } catch (java.io.IOException e) {
            LOG.warn("Could not make {} private: {}", target, e.getMessage());
        }
    }

    /**
     * Replaces the whole database with the backup {@code source}, after checking that the backup
     * is sound. The open connections are closed and reopened; callers keep using this object.
     */
    public void restoreFrom(Path source) {
        if (readOnly) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "The data folder is read-only", null);
        }
        acquireWriteLock();
        try {
            synchronized (reader) {
                closeConnections();
                try {
                    DatabaseFiles.replace(file, source);
                } finally {
                    reopen();
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    private void reopen() {
        try {
            writer = connect(file);
            new Migrator(writer, file, backupFolder).migrate();
            reader = connect(file);
        } catch (SQLException e) {
            throw SqlErrors.translate("Could not reopen the database " + file, e);
        }
    }

    /** Result of {@code PRAGMA integrity_check}: "ok", or the problems SQLite found. */
    public String integrityCheck() {
        return sqlOnReader(c -> {
            StringBuilder out = new StringBuilder();
            try (Statement statement = c.createStatement();
                 var rows = statement.executeQuery("PRAGMA integrity_check")) {
                while (rows.next()) {
                    if (!out.isEmpty()) {
                        out.append('\n');
                    }
                    out.append(rows.getString(1));
                }
            }
            return out.toString();
        });
    }

    public int schemaVersion() {
        return sqlOnReader(c -> {
            try (Statement statement = c.createStatement(); var rows = statement.executeQuery("PRAGMA user_version")) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    private <T> T sqlOnReader(SqlWork<T> work) {
        synchronized (reader) {
            try {
                return work.run(reader);
            } catch (SQLException e) {
                throw SqlErrors.translate("Database operation failed", e);
            }
        }
    }

    private void acquireWriteLock() {
        try {
            if (!writeLock.tryLock(30, TimeUnit.SECONDS)) {
                throw new StoreException(StoreException.Kind.LOCKED, "Another change is still being saved", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Kind.LOCKED, "Interrupted while waiting to save", e);
        }
    }

    private void beginImmediate() {
        try (Statement statement = writer.createStatement()) {
            writer.setAutoCommit(true);
            statement.execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw SqlErrors.translate("Could not start saving", e);
        }
    }

    private void commit() {
        try (Statement statement = writer.createStatement()) {
            statement.execute("COMMIT");
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqlErrors.translate("Could not save", e);
        }
    }

    private void rollbackQuietly() {
        try (Statement statement = writer.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            LOG.debug("Rollback after a failed transaction: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        closeConnections();
    }

    private void closeConnections() {
        for (Connection connection : new Connection[] {reader, writer}) {
            if (connection == null) {
                continue;
            }
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Closing the database: {}", e.getMessage());
            }
        }
    }
}
