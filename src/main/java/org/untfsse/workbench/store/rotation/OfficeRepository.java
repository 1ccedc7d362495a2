package org.untfsse.workbench.store.rotation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.store.common.Sql;

/** The rotating offices in SQLite. */
public final class OfficeRepository {

    private static final String COLUMNS = "id, code, name, max_holders, built_in, position, updated_at";

    private static final String UPSERT = """
            INSERT INTO rotation_office (id, code, name, max_holders, built_in, position, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                code = excluded.code, name = excluded.name, max_holders = excluded.max_holders,
                built_in = excluded.built_in, position = excluded.position, updated_at = excluded.updated_at
            """;

    private final Sql sql;

    public OfficeRepository(Sql sql) {
        this.sql = sql;
    }

    public void save(Office o) {
        sql.update(UPSERT, o.id(), o.code(), o.name(), o.maxHolders(), o.builtIn(), o.position(), o.updatedAt());
    }

    /** Every office in display order. */
    public List<Office> findAll() {
        return sql.list("SELECT " + COLUMNS + " FROM rotation_office ORDER BY position, code", OfficeRepository::map);
    }

    public Optional<Office> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM rotation_office WHERE id = ?", OfficeRepository::map, id);
    }

    public Optional<Office> findByCode(String code) {
        return sql.one("SELECT " + COLUMNS + " FROM rotation_office WHERE code = ? COLLATE NOCASE",
                OfficeRepository::map, code);
    }

    public void delete(UUID id) {
        sql.update("DELETE FROM rotation_office WHERE id = ? AND built_in = 0", id);
    }

    static Office map(ResultSet r) throws SQLException {
        return new Office(Sql.uuid(r, "id"), r.getString("code"), r.getString("name"), r.getInt("max_holders"),
                r.getInt("built_in") != 0, r.getInt("position"), Sql.instant(r, "updated_at"));
    }
}
