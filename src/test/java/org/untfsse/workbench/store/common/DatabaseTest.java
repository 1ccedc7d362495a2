package org.untfsse.workbench.store.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void a_new_database_is_in_wal_mode_with_foreign_keys_and_full_sync_and_the_latest_schema() throws Exception {
        try (Database db = Database.open(dir.resolve("w.db"), dir.resolve("backups"))) {
            assertThat(db.schemaVersion()).isGreaterThanOrEqualTo(1);
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(db, "synchronous")).isEqualTo("2");
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void a_failing_write_leaves_nothing_behind() {
        try (Database db = Database.open(dir.resolve("w.db"), dir.resolve("backups"))) {
            Sql sql = new Sql(db);
            assertThatThrownBy(() -> db.write(() -> {
                sql.update("INSERT INTO organization (id, acronym, name, kind, updated_at) VALUES ('a', 'ILO', 'x', 'UN_ENTITY', 'now')");
                throw new IllegalStateException("power cut");
            })).hasMessage("power cut");
            assertThat(sql.count("SELECT count(*) FROM organization")).isZero();
        }
    }

    @Test
    void the_database_is_copied_to_backups_before_a_migration_runs_on_existing_data() throws Exception {
        Path file = dir.resolve("m.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new Migrator(c, file, dir.resolve("backups"), "/db/test-migration-1/").migrate();
        }
        assertThat(dir.resolve("backups")).doesNotExist();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new Migrator(c, file, dir.resolve("backups"), "/db/test-migration-2/").migrate();
            try (Statement s = c.createStatement(); var rows = s.executeQuery("SELECT count(*) FROM second")) {
                assertThat(rows.getInt(1)).isZero();
            }
        }
        try (var backups = Files.list(dir.resolve("backups"))) {
            Path backup = backups.findFirst().orElseThrow();
            assertThat(backup.getFileName().toString()).startsWith("before-migration-v1-");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
                 Statement s = c.createStatement(); var rows = s.executeQuery("SELECT note FROM first")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("kept");
            }
        }
    }

    @Test
    void a_file_that_is_not_a_database_is_refused_as_corrupt() throws Exception {
        Path file = dir.resolve("junk.db");
        Files.writeString(file, "this is not a database, just text that someone renamed ".repeat(100));
        assertThatThrownBy(() -> Database.open(file, dir.resolve("backups")))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.CORRUPT));
    }

    @Test
    void the_folder_lock_is_exclusive_and_released_on_close() throws Exception {
        Path lockFile = dir.resolve(".lock");
        try (DataFolderLock first = DataFolderLock.tryAcquire(lockFile, 0).orElseThrow()) {
            assertThat(DataFolderLock.tryAcquire(lockFile, 200)).isEmpty();
        }
        assertThat(DataFolderLock.tryAcquire(lockFile, 0)).isPresent();
    }

    @Test
    void the_migration_scripts_are_found_whatever_the_default_locale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            // Arabic formats %d with Arabic-Indic digits: script names must not depend on the locale.
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar"));
            try (Database db = Database.open(dir.resolve("ar.db"), dir.resolve("backups"))) {
                assertThat(db.schemaVersion()).isGreaterThanOrEqualTo(6);
            }
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    private static String pragma(Database db, String name) {
        return db.sql(c -> {
            try (Statement s = c.createStatement(); var rows = s.executeQuery("PRAGMA " + name)) {
                return rows.getString(1);
            }
        });
    }
}
