package org.untfsse.workbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.untfsse.workbench.testsupport.Commands.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.app.AppContext;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.service.common.FailureText;
import org.untfsse.workbench.store.common.StoreException;
import org.untfsse.workbench.testsupport.TestWorkbench;

/** Disk full, a locked database and a read-only data folder: a clear message, reading still works, nothing saved is lost. */
class StorageFaultsTest {

    @TempDir
    Path dir;

    private static Organization organization(String acronym, String notes) {
        return new Organization(UUID.randomUUID(), acronym, acronym + " name", OrganizationKind.OTHER, "", notes, null);
    }

    @Test
    void a_full_disk_gives_a_clear_message_keeps_what_was_saved_and_reading_works() {
        try (AppContext context = TestWorkbench.open(dir)) {
            var roster = context.roster();
            roster.createOrganization(organization("ILO", ""), MembershipStatus.MEMBER, LocalDate.of(2013, 9, 30));
            // SQLite's own limit on the file's size gives exactly the error a full disk gives (SQLITE_FULL).
            context.database().write(() -> context.database().sql(c -> {
                try (Statement s = c.createStatement(); var rows = s.executeQuery("PRAGMA page_count")) {
                    s.execute("PRAGMA max_page_count = " + (rows.getInt(1) + 3));
                }
                return null;
            }));
            String bigNotes = "x".repeat(64 * 1024);
            Throwable failure = null;
            for (int i = 0; i < 20 && failure == null; i++) {
                try {
                    roster.createOrganization(organization("ORG" + i, bigNotes), null, null);
                } catch (StoreException e) {
                    failure = e;
                }
            }
            assertThat(failure).isInstanceOf(StoreException.class);
            assertThat(((StoreException) failure).kind()).isEqualTo(StoreException.Kind.DISK_FULL);
            assertThat(FailureText.describe(context.messages(), failure)).startsWith("The disk is full");
            assertThat(roster.organizationByAcronym("ILO")).isPresent();
            assertThat(context.database().integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void a_database_locked_by_another_program_gives_a_clear_message_and_reading_still_works() throws Exception {
        try (AppContext context = TestWorkbench.open(dir)) {
            var roster = context.roster();
            roster.createOrganization(organization("ILO", ""), MembershipStatus.MEMBER, LocalDate.of(2013, 9, 30));
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + context.folder().database());
                 Statement s = other.createStatement()) {
                s.execute("PRAGMA busy_timeout = 0");
                s.execute("BEGIN EXCLUSIVE");
                s.execute("UPDATE organization SET notes = 'held by another program'");

                assertThatThrownBy(() -> roster.createOrganization(organization("UNDP", ""), null, null))
                        .isInstanceOfSatisfying(StoreException.class, e -> {
                            assertThat(e.kind()).isEqualTo(StoreException.Kind.LOCKED);
                            assertThat(FailureText.describe(context.messages(), e)).contains("busy with another program");
                        });
                assertThat(roster.allOrganizations()).extracting(Organization::acronym).containsExactly("ILO");
                s.execute("ROLLBACK");
            }
            roster.createOrganization(organization("UNDP", ""), null, null);
            assertThat(roster.allOrganizations()).hasSize(2);
        }
    }

    @Test
    void a_read_only_data_folder_opens_for_reading_and_refuses_changes_clearly() throws Exception {
        Path mount = dir.resolve("medium");
        Files.createDirectories(mount);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount.toString()) == 0,
                "needs root to mount a read-only medium");
        try {
            Path data = mount.resolve("data");
            try (AppContext context = new AppContext(new org.untfsse.workbench.model.common.DataFolder(data),
                    TestWorkbench.english(), TestWorkbench.fixedClock())) {
                context.roster().createOrganization(organization("ILO", ""), MembershipStatus.MEMBER,
                        LocalDate.of(2013, 9, 30));
            }
            assertThat(run("mount", "-o", "remount,ro", mount.toString())).isZero();
            try (AppContext context = new AppContext(new org.untfsse.workbench.model.common.DataFolder(data),
                    TestWorkbench.english(), TestWorkbench.fixedClock())) {
                assertThat(context.database().isReadOnly()).isTrue();
                assertThat(context.roster().allOrganizations()).extracting(Organization::acronym).containsExactly("ILO");
                assertThatThrownBy(() -> context.roster().createOrganization(organization("UNDP", ""), null, null))
                        .isInstanceOfSatisfying(StoreException.class, e -> assertThat(
                                FailureText.describe(context.messages(), e)).contains("cannot be written to"));
            }
        } finally {
            run("umount", mount.toString());
        }
    }
}
