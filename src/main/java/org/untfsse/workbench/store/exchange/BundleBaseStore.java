package org.untfsse.workbench.store.exchange;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.Sql;

/**
 * What the merge needs to tell "changed here" from "changed there": per record, the
 * {@code updatedAt} it had in the last bundle imported; and the log of bundle exchanges.
 */
public final class BundleBaseStore {

    /** One record's base: the section key, its id, the {@code updatedAt} last received. */
    public record Base(String section, UUID id, Instant updatedAt) {
    }

    private static final String UPSERT_BASE = """
            INSERT INTO bundle_base (section, record_id, base_updated_at) VALUES (?, ?, ?)
            ON CONFLICT (section, record_id) DO UPDATE SET base_updated_at = excluded.base_updated_at
            """;

    private static final String INSERT_BASE =
            "INSERT INTO bundle_base (section, record_id, base_updated_at) VALUES (?, ?, ?)";

    private final Database database;
    private final Sql sql;

    public BundleBaseStore(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    public Map<UUID, Instant> bases(String section) {
        return database.sql(c -> {
            Map<UUID, Instant> out = new HashMap<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT record_id, base_updated_at FROM bundle_base WHERE section = ?",
                    section); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(UUID.fromString(r.getString(1)), Instant.parse(r.getString(2)));
                }
            }
            return out;
        });
    }

    /** The bases of these records (those that have one), for a streamed import's batch. */
    public Map<UUID, Instant> bases(String section, Collection<UUID> ids) {
        Map<UUID, Instant> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Object[] params = new Object[ids.size() + 1];
        params[0] = section;
        System.arraycopy(ids.toArray(), 0, params, 1, ids.size());
        return database.sql(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT record_id, base_updated_at FROM bundle_base WHERE section = ?"
                    + " AND record_id IN (" + "?, ".repeat(ids.size() - 1) + "?)", params); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(UUID.fromString(r.getString(1)), Instant.parse(r.getString(2)));
                }
            }
            return out;
        });
    }

    /** True when some record of {@code section} has a base (it was imported before). */
    public boolean hasBases(String section) {
        return sql.one("SELECT 1 AS one FROM bundle_base WHERE section = ? LIMIT 1", r -> r.getInt("one"), section)
                .isPresent();
    }

    /**
     * Writes the bases; {@code noneYet}: the section has no base stored (its first import), so they
     * are inserted plainly, with no conflict to look for.
     */
    public void saveBases(List<Base> bases, boolean noneYet) {
        BatchUpsert.run(database, noneYet ? INSERT_BASE : UPSERT_BASE, bases,
                b -> new Object[] {b.section(), b.id(), b.updatedAt()});
    }

    /**
     * Sets this connection's page cache for a large import ({@code true}: 256 MB, so the indexes of
     * a million-row database stay in memory while the import writes) or back to the usual 32 MB.
     * A bounded amount, whatever the size of the bundle.
     */
    public void largeCache(boolean large) {
        database.sql(c -> {
            try (var s = c.createStatement()) {
                s.execute("PRAGMA cache_size = " + (large ? -262_144 : -32_768));
            }
            return null;
        });
    }

    /** Records one export or import in the exchange log. */
    public void logExchange(String kind, Instant at, String file, long records) {
        sql.update("INSERT INTO bundle_exchange (kind, at, file, records) VALUES (?, ?, ?, ?)", kind, at, file, records);
    }

    public Optional<Instant> lastExport() {
        return sql.one("SELECT at FROM bundle_exchange WHERE kind = 'EXPORT' ORDER BY at DESC LIMIT 1",
                r -> Sql.instant(r, "at"));
    }
}
