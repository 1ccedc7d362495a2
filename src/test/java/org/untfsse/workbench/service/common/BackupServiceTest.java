package org.untfsse.workbench.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.cli.WorkbenchCli;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.testsupport.TestWorkbench;

class BackupServiceTest {

    @TempDir
    Path dir;

    private static void addOrganization(AppContext context, String acronym) {
        context.roster().createOrganization(new Organization(UUID.randomUUID(), acronym, acronym + " name",
                OrganizationKind.UN_ENTITY, "", "", null), MembershipStatus.MEMBER, LocalDate.of(2020, 1, 1));
    }

    @Test
    void one_daily_backup_a_day_and_only_the_last_seven_are_kept() {
        try (AppContext context = TestWorkbench.open(dir)) {
            addOrganization(context, "ILO");
            for (int day = 0; day < 10; day++) {
                Clock clock = Clock.fixed(TestWorkbench.NOW.plus(Duration.ofDays(day)), ZoneOffset.UTC);
                BackupService service = new BackupService(context.folder(), context.database(), clock);
                assertThat(service.dailyBackupIfDue()).isPresent();
                assertThat(service.dailyBackupIfDue()).isEmpty();
            }
            var daily = BackupService.list(context.folder());
            assertThat(daily).hasSize(BackupService.KEEP_DAILY);
            assertThat(daily.get(0).made().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 7));
        }
    }

    @Test
    void restore_brings_back_the_backup_and_keeps_the_current_database_first() {
        try (AppContext context = TestWorkbench.open(dir)) {
            addOrganization(context, "ILO");
            Path backup = context.backups().backupNow(BackupService.MANUAL);
            addOrganization(context, "UNCTAD");

            context.backups().restore(backup);

            assertThat(context.roster().allOrganizations()).extracting(Organization::acronym).containsExactly("ILO");
            assertThat(BackupService.list(context.folder())).extracting(BackupInfo::reason)
                    .contains(BackupService.BEFORE_RESTORE, BackupService.MANUAL);
            Path safety = BackupService.list(context.folder()).stream()
                    .filter(b -> b.reason().equals(BackupService.BEFORE_RESTORE)).findFirst().orElseThrow().file();
            try (var restored = org.untfsse.workbench.store.common.Database.open(safety, dir.resolve("x"))) {
                assertThat(new org.untfsse.workbench.store.common.Sql(restored).count("SELECT count(*) FROM organization"))
                        .isEqualTo(2);
            }
        }
    }

    @Test
    void a_damaged_database_is_restored_from_the_newest_sound_backup_by_the_command_line_and_kept_aside()
            throws Exception {
        Path database;
        try (AppContext context = TestWorkbench.open(dir)) {
            addOrganization(context, "ILO");
            context.backups().backupNow(BackupService.DAILY);
            database = context.folder().database();
        }
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            file.seek(0);
            file.write("garbage garbage garbage garbage!".getBytes());
        }
        try (AppContext context = TestWorkbench.open(dir)) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            WorkbenchCli cli = new WorkbenchCli(context, new PrintWriter(out), new PrintWriter(err));

            assertThat(cli.run("roster", "list")).isEqualTo(1);
            assertThat(err.toString()).contains("damaged");

            assertThat(cli.run("restore", "--latest")).isZero();
            assertThat(out.toString()).contains("Restored the database");
        }
        try (AppContext context = TestWorkbench.open(dir)) {
            assertThat(context.roster().allOrganizations()).extracting(Organization::acronym).containsExactly("ILO");
            try (var files = Files.list(context.folder().backups())) {
                assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("damaged-"));
            }
        }
    }

    @Test
    void the_data_folder_database_and_backups_are_readable_by_the_owner_only() throws Exception {
        try (AppContext context = TestWorkbench.open(dir)) {
            addOrganization(context, "ILO");
            Path backup = context.backups().backupNow(BackupService.MANUAL);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(context.folder().root())))
                    .isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(context.folder().database())))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(context.folder().backups())))
                    .isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        }
    }
}
