package org.untfsse.workbench.store.exchange;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.Sql;

/**
 * What the merge needs to tell "changed here" from "changed there": per record, the
 * {@code updatedAt} it had in the last bundle imported (column {@code bundle_base_at} of the
 * record's own row, NULL for a record never received; migration V008); and the log of bundle
 * exchanges.
 */
public final class BundleBaseStore {

    /** One record's base: the section key, its id, the {@code updatedAt} last received. */
    public record Base(String section, UUID id, Instant updatedAt) {
    }

    /** The table that holds each bundle section's records (and their bases). */
    private static final Map<String, String> TABLES = Map.of(
            "organizations", "organization",
            "memberships", "membership",
            "people", "person",
            "offices", "rotation_office",
            "rotationTerms", "rotation_term",
            "meetings", "meeting",
            "documents", "document",
            "mailTemplates", "mail_template",
            "savedSearches", "saved_search");

    private final Database database;
    private final Sql sql;

    public BundleBaseStore(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    public Map<UUID, Instant> bases(String section) {
        return database.sql(c -> {
            Map<UUID, Instant> out = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, bundle_base_at FROM " + table(section)
                    + " WHERE bundle_base_at IS NOT NULL"); ResultSet r = s.executeQuery()) {
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
        return database.sql(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT id, bundle_base_at FROM " + table(section)
                    + " WHERE bundle_base_at IS NOT NULL AND id IN (" + "?, ".repeat(ids.size() - 1) + "?)", ids.toArray());
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(UUID.fromString(r.getString(1)), Instant.parse(r.getString(2)));
                }
            }
            return out;
        });
    }

    /** True when some record of {@code section} has a base (it was imported before). */
    public boolean hasBases(String section) {
        return sql.one("SELECT 1 AS one FROM " + table(section) + " WHERE bundle_base_at IS NOT NULL LIMIT 1",
                r -> r.getInt("one")).isPresent();
    }

    /** Writes the bases into the records' rows (which exist: a base is kept only for a record stored or written). */
    public void saveBases(List<Base> bases) {
        Map<String, List<Base>> bySection = new LinkedHashMap<>();
        bases.forEach(b -> bySection.computeIfAbsent(b.section(), k -> new ArrayList<>()).add(b));
        bySection.forEach((section, some) -> BatchUpsert.run(database,
                "UPDATE " + table(section) + " SET bundle_base_at = ? WHERE id = ?", some,
                b -> new Object[] {b.updatedAt(), b.id()}));
    }

    private static String table(String section) {
        String table = TABLES.get(section);
        if (table == null) {
            throw new IllegalArgumentException("No table for bundle section " + section);
        }
        return table;
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
