package org.untfsse.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.untfsse.workbench.i18n.Messages;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.service.common.BackupService;
import org.untfsse.workbench.testsupport.LaunchedWindow;
import org.untfsse.workbench.testsupport.OpenDialogs;
import org.untfsse.workbench.testsupport.TestWorkbench;

/**
 * A damaged database at start-up: the window path shows the rescue dialog, and choosing restore
 * brings back the newest sound backup, keeps the damaged file, and opens the window on the records.
 */
@ExtendWith(ApplicationExtension.class)
class DamagedDatabaseRescueTest {

    @TempDir
    Path dir;

    private AppContext context;
    private final LaunchedWindow window = new LaunchedWindow();

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void choosing_restore_in_the_start_up_dialog_brings_back_the_newest_sound_backup_and_keeps_the_damaged_file(
            FxRobot robot) throws Exception {
        Path database = damagedFolderWithBackups();
        Messages m = TestWorkbench.english();
        context = window.open(dir);
        AtomicReference<Boolean> opened = new AtomicReference<>();

        Platform.runLater(() -> {
            opened.set(UiLauncher.open(context, window.newStage(), window.preferences()));
        });
        DialogPane dialog = OpenDialogs.awaitFirst();

        assertThat(dialog.getHeaderText()).isEqualTo(m.get("backup.damaged.title"));
        assertThat(dialog.getContentText()).contains(database.toString()).contains(m.get("backup.damaged.corruptReason"))
                .contains("Nov 29, 2026").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(opened.get()).as("the window waits for the answer").isNull();

        Button restore = buttonLabelled(robot, dialog, m.get("backup.damaged.restore"));
        robot.interact(restore::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.get() != null);

        assertThat(opened.get()).isTrue();
        assertThat(window.stage().isShowing()).as("the main window is open").isTrue();
        assertThat(OpenDialogs.all()).as("no further message (no failure, no stack trace)").isEmpty();
        assertThat(context.roster().allOrganizations()).extracting(Organization::acronym)
                .containsExactlyInAnyOrder("ILO", "UNCTAD");
        List<Path> kept;
        try (Stream<Path> files = Files.list(context.folder().backups())) {
            kept = files.filter(p -> p.getFileName().toString().startsWith("damaged-")).toList();
        }
        assertThat(kept).singleElement().satisfies(p ->
                assertThat(new String(Files.readAllBytes(p), 0, 16, StandardCharsets.US_ASCII)).isEqualTo("garbage garbage "));
    }

    @Test
    void quitting_the_start_up_dialog_leaves_the_damaged_database_untouched(FxRobot robot) throws Exception {
        Path database = damagedFolderWithBackups();
        byte[] damaged = Files.readAllBytes(database);
        context = window.open(dir);
        AtomicReference<Boolean> opened = new AtomicReference<>();
        // Closing the only window (the dialog) must not end the JavaFX platform the tests share.
        Platform.setImplicitExit(false);
        Platform.runLater(() -> opened.set(DamagedDatabaseRescue.openOrRescue(context)));
        DialogPane dialog = OpenDialogs.awaitFirst();

        robot.interact(buttonLabelled(robot, dialog, TestWorkbench.english().get("backup.damaged.quit"))::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.get() != null);

        assertThat(opened.get()).isFalse();
        assertThat(Files.readAllBytes(database)).isEqualTo(damaged);
        try (Stream<Path> files = Files.list(context.folder().backups())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("damaged-"));
        }
    }

    /**
     * A data folder with a daily backup (ILO), a newer manual one (ILO, UNCTAD), a still newer backup
     * file that is itself damaged, and a database (ILO, UNCTAD, OECD) whose first page is overwritten.
     */
    private Path damagedFolderWithBackups() throws Exception {
        Path database;
        try (AppContext setup = TestWorkbench.open(dir)) {
            addOrganization(setup, "ILO");
            new BackupService(setup.folder(), setup.database(), day(0)).backupNow(BackupService.DAILY);
            addOrganization(setup, "UNCTAD");
            new BackupService(setup.folder(), setup.database(), day(1)).backupNow(BackupService.MANUAL);
            addOrganization(setup, "OECD");
            Files.writeString(setup.folder().backups().resolve("workbench-20261130-090000-daily.db"), "not a database");
            database = setup.folder().database();
        }
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            file.seek(0);
            file.write("garbage garbage garbage garbage!".getBytes(StandardCharsets.US_ASCII));
        }
        return database;
    }

    private static Clock day(int n) {
        return Clock.fixed(TestWorkbench.NOW.plus(Duration.ofDays(n)), ZoneOffset.UTC);
    }

    private static void addOrganization(AppContext context, String acronym) {
        context.roster().createOrganization(new Organization(UUID.randomUUID(), acronym, acronym + " name",
                OrganizationKind.UN_ENTITY, "", "", null), MembershipStatus.MEMBER, LocalDate.of(2020, 1, 1));
    }

    private static Button buttonLabelled(FxRobot robot, DialogPane dialog, String text) {
        return robot.from(dialog).lookup((Button b) -> text.equals(b.getText())).queryButton();
    }
}
