package org.untfsse.workbench.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.Sql;

/** Migration V008 moves each record's merge base from the bundle_base table into the record's own row. */
class BundleBaseMigrationTest {

    private static final String RECEIVED = "11111111-1111-4111-8111-111111111111";
    private static final String LOCAL = "22222222-2222-4222-8222-222222222222";
    private static final String DELETED = "33333333-3333-4333-8333-333333333333";

    @TempDir
    Path dir;

    @Test
    void the_bases_of_a_schema_7_database_move_into_their_records_and_the_old_table_goes() throws Exception {
        Path file = dir.resolve("workbench.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (int version = 1; version <= 7; version++) {
                s.executeUpdate(script(version));
            }
            s.execute("PRAGMA user_version = 7");
            s.executeUpdate("INSERT INTO organization (id, acronym, name, kind, updated_at) VALUES"
                    + " ('" + RECEIVED + "', 'ILO', 'International Labour Organization', 'UN_ENTITY', '2026-05-02T10:00:00Z'),"
                    + " ('" + LOCAL + "', 'NEW', 'Made here', 'NETWORK', '2026-06-01T09:00:00Z')");
            s.executeUpdate("INSERT INTO bundle_base (section, record_id, base_updated_at) VALUES"
                    + " ('organizations', '" + RECEIVED + "', '2026-04-30T08:00:00Z'),"
                    + " ('organizations', '" + DELETED + "', '2026-03-01T08:00:00Z')");
        }

        try (Database database = Database.open(file, dir.resolve("backups"))) {
            BundleBaseStore bases = new BundleBaseStore(database);
            Map<UUID, Instant> organizations = database.read(() -> bases.bases("organizations"));
            assertThat(organizations).containsExactly(
                    Map.entry(UUID.fromString(RECEIVED), Instant.parse("2026-04-30T08:00:00Z")));
            assertThat(database.read(() -> bases.hasBases("people"))).isFalse();
            Sql sql = new Sql(database);
            assertThat(sql.count("SELECT count(*) FROM sqlite_master WHERE name = 'bundle_base'")).isZero();
            assertThat(sql.list("SELECT bundle_base_at FROM organization WHERE id = ?", r -> r.getString(1), LOCAL))
                    .containsExactly((String) null);
            assertThat(sql.list("PRAGMA user_version", r -> r.getInt(1))).containsExactly(8);
        }
    }

    private static String script(int version) throws Exception {
        try (InputStream in = BundleBaseMigrationTest.class.getResourceAsStream(
                String.format("/db/migration/V%03d.sql", version))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
