package org.untfsse.workbench.store.common;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Whole-file operations on a database that is not open: health checks, raw copies, replacement. */
public final class DatabaseFiles {

    private DatabaseFiles() {
    }

    /** True when {@code file} is an SQLite database that passes SQLite's quick check. */
    public static boolean isHealthy(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement s = c.createStatement();
             var rows = s.executeQuery("PRAGMA quick_check")) {
            return rows.next() && "ok".equals(rows.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Copies the database file and its write-ahead log byte for byte, without opening them — the
     * way to keep a damaged database before it is replaced.
     */
    public static void copyRaw(Path database, Path target) throws IOException {
        PrivateFiles.folder(target.toAbsolutePath().getParent());
        if (Files.exists(database)) {
            Files.copy(database, target, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.restrict(target);
        }
        Path wal = Path.of(database + "-wal");
        if (Files.exists(wal)) {
            Path walCopy = Path.of(target + "-wal");
            Files.copy(wal, walCopy, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.restrict(walCopy);
        }
    }

    /**
     * Replaces {@code database} with a copy of {@code source}: the copy is written next to it,
     * forced to disk, then moved over it in one step, so a crash leaves either the old or the new
     * database, never half of one.
     */
    static void replace(Path database, Path source) {
        if (!isHealthy(source)) {
            throw new StoreException(StoreException.Kind.CORRUPT, "The backup " + source + " is not a sound database", null);
        }
        Path temp = database.resolveSibling(database.getFileName() + ".restoring");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            PrivateFiles.restrict(temp);
            Files.deleteIfExists(Path.of(database + "-wal"));
            Files.deleteIfExists(Path.of(database + "-shm"));
            Files.move(temp, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.OTHER, "Could not restore " + database + " from " + source, e);
        }
    }

    /** Restores a database that could not be opened, keeping a raw copy of it in {@code keepAs}. */
    public static void restoreClosed(Path database, Path source, Path keepAs) throws IOException {
        copyRaw(database, keepAs);
        replace(database, source);
    }
}
