package org.untfsse.workbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.untfsse.workbench.cli.CliException;
import org.untfsse.workbench.cli.CliServices;
import org.untfsse.workbench.cli.ExitCodes;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.common.DataFolder;
import org.untfsse.workbench.service.archive.ArchiveService;
import org.untfsse.workbench.service.common.BackupInfo;
import org.untfsse.workbench.service.common.BackupService;
import org.untfsse.workbench.service.exchange.mail.CirculationDraft;
import org.untfsse.workbench.service.exchange.mail.MailTemplateService;
import org.untfsse.workbench.service.exchange.mail.MinutesCirculation;
import org.untfsse.workbench.service.exchange.mail.RecipientFinder;
import org.untfsse.workbench.service.exchange.ArchiveFiles;
import org.untfsse.workbench.service.exchange.ArchiveHashCheck;
import org.untfsse.workbench.service.exchange.ExchangeService;
import org.untfsse.workbench.service.exchange.DocumentSection;
import org.untfsse.workbench.service.exchange.MailTemplateSection;
import org.untfsse.workbench.service.exchange.SavedSearchSection;
import org.untfsse.workbench.service.exchange.MembershipSection;
import org.untfsse.workbench.service.exchange.OfficeSection;
import org.untfsse.workbench.service.exchange.OrganizationSection;
import org.untfsse.workbench.service.exchange.MeetingSection;
import org.untfsse.workbench.service.exchange.PersonSection;
import org.untfsse.workbench.service.exchange.RotationTermSection;
import org.untfsse.workbench.service.meeting.ChairLookup;
import org.untfsse.workbench.service.meeting.MeetingService;
import org.untfsse.workbench.service.meeting.MeetingStore;
import org.untfsse.workbench.service.meeting.minutes.MinutesService;
import org.untfsse.workbench.service.roster.RosterService;
import org.untfsse.workbench.store.archive.ArchiveFileStore;
import org.untfsse.workbench.store.archive.DocumentRepository;
import org.untfsse.workbench.store.archive.DocumentSearchRepository;
import org.untfsse.workbench.store.archive.SavedSearchRepository;
import org.untfsse.workbench.store.common.DatabaseFiles;
import org.untfsse.workbench.service.rotation.RotationService;
import org.untfsse.workbench.store.common.DataFolderLock;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.Sql;
import org.untfsse.workbench.store.exchange.mail.MailTemplateRepository;
import org.untfsse.workbench.store.exchange.BundleBaseStore;
import org.untfsse.workbench.store.exchange.DocumentBundleStore;
import org.untfsse.workbench.store.exchange.MailTemplateBundleStore;
import org.untfsse.workbench.store.exchange.SavedSearchBundleStore;
import org.untfsse.workbench.store.exchange.MeetingBundleStore;
import org.untfsse.workbench.store.exchange.RosterBundleStore;
import org.untfsse.workbench.store.exchange.RotationBundleStore;
import org.untfsse.workbench.store.roster.MembershipRepository;
import org.untfsse.workbench.store.roster.OrganizationRepository;
import org.untfsse.workbench.store.roster.PersonRepository;
import org.untfsse.workbench.store.rotation.OfficeRepository;
import org.untfsse.workbench.store.rotation.RotationTermRepository;

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
    /** A meeting's chair defaults to whoever held the office on its date, from the rotation. */
    private final ChairLookup chairLookup = date -> rotation().chairOn(date).map(chair -> chair.holders().size() > 1
            ? messages().get("meeting.chairLine.coChairs", chair.acronyms()) : chair.acronyms());
    private BackupService backups;
    private RotationService rotation;
    private MailTemplateService mailTemplates;
    private CirculationDraft circulationDraft;
    private ExchangeService exchange;
    private ArchiveService archive;

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

    /** The bundle's sections: each feature adds its own here (rotationTerms, meetings, documents, mailTemplates, savedSearches). */
    @Override
    public synchronized ExchangeService exchange() {
        if (exchange == null) {
            RosterBundleStore rosterStore = new RosterBundleStore(database());
            RotationBundleStore rotationStore = new RotationBundleStore(database());
            ArchiveFiles archive = new ArchiveFiles(folder.archive());
            exchange = new ExchangeService(database(), List.of(
                    new OrganizationSection(rosterStore, messages),
                    new MembershipSection(rosterStore, messages),
                    new PersonSection(rosterStore, messages),
                    new OfficeSection(rotationStore, messages),
                    new RotationTermSection(rotationStore, messages),
                    new MeetingSection(new MeetingBundleStore(database()), messages),
                    new DocumentSection(new DocumentBundleStore(database()), messages),
                    new MailTemplateSection(new MailTemplateBundleStore(database()), messages),
                    new SavedSearchSection(new SavedSearchBundleStore(database()), messages)),
                    new BundleBaseStore(database()), archive,
                    List.of(new ArchiveHashCheck(archive, messages), this::documentFilesPresent),
                    messages, clock, () -> backups().backupNow(BackupService.BEFORE_IMPORT),
                    progress -> archive().extractPending(progress));
        }
        return exchange;
    }

    /** For {@code verify}: every file a document refers to is in the archive folder (the hash check sees only files present). */
    private List<org.untfsse.workbench.service.common.Problem> documentFilesPresent(
            org.untfsse.workbench.service.common.Progress progress) {
        return archive().verify(progress).problems().stream()
                .filter(p -> p.kind() == org.untfsse.workbench.service.archive.VerifyReport.Kind.MISSING)
                .map(p -> new org.untfsse.workbench.service.common.Problem(p.fileName(),
                        messages.get("archive.verify.missing", p.documentTitles())))
                .toList();
    }

    @Override
    public synchronized ArchiveService archive() {
        if (archive == null) {
            Sql sql = new Sql(database());
            archive = new ArchiveService(database(), new DocumentRepository(sql), new DocumentSearchRepository(sql),
                    new SavedSearchRepository(sql), new OrganizationRepository(sql), new ArchiveFileStore(folder.archive()),
                    messages, clock, new MeetingLinkTargets(this::meetings, messages));
        }
        return archive;
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
    public RecipientFinder mailRecipients() {
        return new RecipientFinder(roster(), messages.locale());
    }

    @Override
    public synchronized MailTemplateService mailTemplates() {
        if (mailTemplates == null) {
            mailTemplates = new MailTemplateService(database(), new MailTemplateRepository(new Sql(database())), clock);
        }
        return mailTemplates;
    }

    @Override
    public synchronized CirculationDraft circulationDraft() {
        if (circulationDraft == null) {
            circulationDraft = new CirculationDraft(mailRecipients(), mailTemplates(), messages, clock);
        }
        return circulationDraft;
    }

    @Override
    public MinutesCirculation minutesCirculation() {
        return new MinutesCirculation(meetings(), minutes(), circulationDraft(), messages, clock);
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
    public synchronized RotationService rotation() {
        if (rotation == null) {
            Sql sql = new Sql(database());
            rotation = new RotationService(database(), new OfficeRepository(sql), new RotationTermRepository(sql),
                    roster(), messages, clock);
        }
        return rotation;
    }

    @Override
    public java.time.Instant now() {
        return clock.instant();
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
