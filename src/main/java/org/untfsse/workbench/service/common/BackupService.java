package org.untfsse.workbench.service.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.untfsse.workbench.model.common.DataFolder;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.DatabaseFiles;
import org.untfsse.workbench.store.common.PrivateFiles;

/**
 * Backups of the database in the data folder's {@code backups/}: a daily one (the last
 * {@value #KEEP_DAILY} kept), one before every import and restore, and restore itself.
 * Backups are consistent copies made while the database is in use.
 */
public final class BackupService {

    public static final int KEEP_DAILY = 7;
    public static final String DAILY = "daily";
    public static final String BEFORE_IMPORT = "before-import";
    public static final String BEFORE_RESTORE = "before-restore";
    public static final String MANUAL = "manual";

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("workbench-(\\d{8}-\\d{6})-([a-z-]+)(?:-\\d+)?\\.db");

    private final DataFolder folder;
    private final Database database;
    private final Clock clock;

    public BackupService(DataFolder folder, Database database, Clock clock) {
        this.folder = folder;
        this.database = database;
        this.clock = clock;
    }

    /** Makes a backup now, labelled with {@code reason}; returns its file. */
    public Path backupNow(String reason) {
        try {
            PrivateFiles.folder(folder.backups());
        } catch (IOException e) {
            throw new IllegalStateException("Could not create the backups folder " + folder.backups(), e);
        }
        Path target = freeName(LocalDateTime.now(clock), reason);
        database.backupTo(target);
        LOG.info("Backup made: {}", target);
        return target;
    }

    /** Makes today's daily backup unless there is one already, and keeps only the newest {@value #KEEP_DAILY}. */
    public Optional<Path> dailyBackupIfDue() {
        LocalDate today = LocalDate.now(clock);
        boolean done = list(folder).stream()
                .anyMatch(b -> b.reason().equals(DAILY) && b.made().toLocalDate().equals(today));
        Optional<Path> made = done ? Optional.empty() : Optional.of(backupNow(DAILY));
        pruneDaily();
        return made;
    }

    /** Replaces the database with {@code backup}; the current database is backed up first. */
    public Path restore(Path backup) {
        if (!DatabaseFiles.isHealthy(backup)) {
            throw new ValidationException(List.of(new Problem(backup.toString(), "not a sound workbench database")));
        }
        Path safety = backupNow(BEFORE_RESTORE);
        database.restoreFrom(backup);
        return safety;
    }

    /** Every backup in the folder, newest first. */
    public static List<BackupInfo> list(DataFolder folder) {
        if (!Files.isDirectory(folder.backups())) {
            return List.of();
        }
        List<BackupInfo> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder.backups())) {
            for (Path file : files.toList()) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    try {
                        backups.add(new BackupInfo(file, LocalDateTime.parse(m.group(1), STAMP), m.group(2), Files.size(file)));
                    } catch (DateTimeParseException | IOException ignored) {
                        // Not one of ours, or gone meanwhile.
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not list backups: {}", e.getMessage());
        }
        backups.sort(Comparator.comparing(BackupInfo::made).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return backups;
    }

    /** The newest backup that SQLite can open and check, for a database that cannot be opened. */
    public static Optional<BackupInfo> newestHealthy(DataFolder folder) {
        return list(folder).stream().filter(b -> DatabaseFiles.isHealthy(b.file())).findFirst();
    }

    /**
     * Restores a database that could not be opened (damaged) from {@code backup}, keeping the
     * damaged file in backups/ as {@code damaged-…}: nothing is thrown away.
     */
    public static Path restoreUnopened(DataFolder folder, Path backup, Clock clock) throws IOException {
        Path keep = folder.backups().resolve("damaged-" + LocalDateTime.now(clock).format(STAMP) + ".db");
        DatabaseFiles.restoreClosed(folder.database(), backup, keep);
        LOG.warn("Restored damaged database {} from {}; the damaged file is kept as {}", folder.database(), backup, keep);
        return keep;
    }

    private void pruneDaily() {
        List<BackupInfo> daily = list(folder).stream().filter(b -> b.reason().equals(DAILY)).toList();
        for (BackupInfo old : daily.subList(Math.min(KEEP_DAILY, daily.size()), daily.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                LOG.warn("Could not remove old backup {}: {}", old.file(), e.getMessage());
            }
        }
    }

    private Path freeName(LocalDateTime when, String reason) {
        String base = "workbench-" + when.format(STAMP) + "-" + reason;
        Path candidate = folder.backups().resolve(base + ".db");
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = folder.backups().resolve(base + "-" + i + ".db");
        }
        return candidate;
    }
}
