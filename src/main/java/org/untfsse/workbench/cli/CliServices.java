package org.untfsse.workbench.cli;

import java.nio.file.Path;
import java.util.List;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.service.archive.ArchiveService;
import org.untfsse.workbench.service.common.BackupInfo;
import org.untfsse.workbench.service.common.BackupService;
import org.untfsse.workbench.service.exchange.mail.CirculationDraft;
import org.untfsse.workbench.service.exchange.mail.MailTemplateService;
import org.untfsse.workbench.service.exchange.mail.MinutesCirculation;
import org.untfsse.workbench.service.exchange.mail.RecipientFinder;
import org.untfsse.workbench.service.exchange.ExchangeService;
import org.untfsse.workbench.service.meeting.MeetingService;
import org.untfsse.workbench.service.meeting.minutes.MinutesService;
import org.untfsse.workbench.service.roster.RosterService;
import org.untfsse.workbench.service.rotation.RotationService;

/**
 * What the commands need from the application, supplied by the app layer's wiring.
 * Services are created on first use, so {@code --help} and {@code --version} never open the database.
 */
public interface CliServices {

    Messages messages();

    /**
     * Takes the data folder's write lock for the rest of the command, waiting briefly if the
     * window or another command holds it.
     *
     * @throws CliException (exit 1) when the folder stays locked
     */
    void requireWriteAccess();

    RosterService roster();

    /** The document archive (opens the database). */
    ArchiveService archive();

    MeetingService meetings();

    MinutesService minutes();

    /** Backups of this data folder (opens the database). */
    BackupService backups();

    /** Every backup in the data folder, newest first (does not open the database). */
    List<BackupInfo> listBackups();

    /**
     * Restores the database from {@code backup} — or from the newest sound backup when null —
     * keeping the current database first (even when it is too damaged to open). Returns the
     * backup that was restored.
     */
    Path restore(Path backup);

    RotationService rotation();

    /** The current instant, from the application's clock (stamps exports). */
    default java.time.Instant now() {
        return java.time.Instant.now();
    }

    /** Circulation e-mail: recipients from the roster (opens the database). */
    RecipientFinder mailRecipients();

    /** Circulation e-mail: the per-language subject and body templates. */
    MailTemplateService mailTemplates();

    /** Circulation e-mail: prepares unsent .eml drafts. */
    CirculationDraft circulationDraft();

    /** Circulates a meeting's minutes as an e-mail draft and records the circulation. */
    MinutesCirculation minutesCirculation();

    ExchangeService exchange();
}
