package org.untfsse.workbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.untfsse.workbench.cli.CliException;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.cli.ExitCodes;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.common.DataFolder;
import org.untfsse.workbench.service.common.BackupInfo;
import org.untfsse.workbench.service.common.BackupService;
import org.untfsse.workbench.service.meeting.ChairLookup;
import org.untfsse.workbench.service.meeting.MeetingService;
import org.untfsse.workbench.service.meeting.MeetingStore;
import org.untfsse.workbench.service.meeting.minutes.MinutesService;
import org.untfsse.workbench.service.roster.RosterService;
import org.untfsse.workbench.store.common.DatabaseFiles;
import org.untfsse.workbench.store.common.DataFolderLock;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.Sql;
import org.untfsse.workbench.store.roster.MembershipRepository;
import org.untfsse.workbench.store.roster.OrganizationRepository;
import org.untfsse.workbench.store.roster.PersonRepository;

/**
 * Creates every long-lived object once and hands them out. The database and the services are
 * made on first use, so a command like {@code --version} never touches the data folder.
 */
public final class AppContext implements CliServices, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    private static final long CLI_LOCK_WAIT_MILLIS = 3000;

    private final DataFolder folder;
    private final Messages messages;
    private final Clock clock;

    private Database database;
    private DataFolderLock lock;
    private RosterService roster;
    private MeetingService meetings;
    private MinutesService minutes;
    // Who chaired on a date; the rotation feature's service replaces this at merge time.
    private ChairLookup chairLookup = ChairLookup.NONE;
    private BackupService backups;

    public AppContext(DataFolder folder) {
        this(folder, Messages.forLocale(Locale.getDefault()), Clock.systemDefaultZone());
    }

    public AppContext(DataFolder folder, Messages messages, Clock clock) {
        this.folder = folder;
        this.messages = messages;
        this.clock = clock;
    }

    public DataFolder folder() {
        return folder;
    }

    @Override
    public Messages messages() {
        return messages;
    }

    public Clock clock() {
        return clock;
    }

    public synchronized Database database() {
        if (database == null) {
            database = Database.open(folder.database(), folder.backups());
        }
        return database;
    }

    /** Takes the data folder's write lock, waiting at most {@code waitMillis}; false if someone else holds it. */
    public synchronized boolean tryLock(long waitMillis) {
        if (lock != null) {
            return true;
        }
        try {
            Optional<DataFolderLock> taken = DataFolderLock.tryAcquire(folder.lockFile(), waitMillis);
            lock = taken.orElse(null);
            return lock != null;
        } catch (IOException e) {
            LOG.warn("Could not take the data folder lock {}: {}", folder.lockFile(), e.getMessage());
            return false;
        }
    }

    @Override
    public void requireWriteAccess() {
        if (!tryLock(CLI_LOCK_WAIT_MILLIS)) {
            throw new CliException(ExitCodes.FAILURE, messages.get("cli.folderLocked", folder.root()));
        }
    }

    @Override
    public synchronized RosterService roster() {
        if (roster == null) {
            Sql sql = new Sql(database());
            roster = new RosterService(database(), new OrganizationRepository(sql), new MembershipRepository(sql),
                    new PersonRepository(sql), messages, clock);
        }
        return roster;
    }

    @Override
    public synchronized MeetingService meetings() {
        if (meetings == null) {
            meetings = new MeetingService(database(), MeetingStore.over(new Sql(database())), roster(), chairLookup,
                    messages, clock);
        }
        return meetings;
    }

    @Override
    public synchronized MinutesService minutes() {
        if (minutes == null) {
            minutes = new MinutesService(database(), MeetingStore.over(new Sql(database())), meetings(), roster(),
                    messages, clock);
        }
        return minutes;
    }

    @Override
    public synchronized BackupService backups() {
        if (backups == null) {
            backups = new BackupService(folder, database(), clock);
        }
        return backups;
    }

    @Override
    public List<BackupInfo> listBackups() {
        return BackupService.list(folder);
    }

    @Override
    public synchronized Path restore(Path backup) {
        Path source = backup;
        if (source == null) {
            source = BackupService.newestHealthy(folder).map(BackupInfo::file).orElseThrow(() ->
                    new CliException(ExitCodes.FAILURE, messages.get("backup.noneHealthy", folder.backups())));
        }
        if (!DatabaseFiles.isHealthy(source)) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages.get("backup.notSound", source));
        }
        if (database == null && Files.exists(folder.database()) && !DatabaseFiles.isHealthy(folder.database())) {
            try {
                BackupService.restoreUnopened(folder, source, clock);
            } catch (IOException e) {
                throw new CliException(ExitCodes.FAILURE, messages.get("backup.restoreFailed", e.getMessage()));
            }
        } else {
            backups().restore(source);
        }
        return source;
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                LOG.warn("Releasing the data folder lock: {}", e.getMessage());
            }
            lock = null;
        }
    }
}
