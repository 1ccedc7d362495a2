package org.untfsse.workbench.store.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.model.roster.PersonRole;
import org.untfsse.workbench.store.common.Sql;

/** Focal points and other people in SQLite. */
public final class PersonRepository {

    private static final String COLUMNS =
            "id, organization_id, name, title, email, phone, role, active_from, active_to, updated_at";

    private static final String UPSERT = """
            INSERT INTO person (id, organization_id, name, title, email, phone, role, active_from, active_to, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                organization_id = excluded.organization_id, name = excluded.name, title = excluded.title,
                email = excluded.email, phone = excluded.phone, role = excluded.role,
                active_from = excluded.active_from, active_to = excluded.active_to, updated_at = excluded.updated_at
            """;

    private final Sql sql;

    public PersonRepository(Sql sql) {
        this.sql = sql;
    }

    public void save(Person p) {
        sql.update(UPSERT, p.id(), p.organizationId(), p.name(), p.title(), p.email(), p.phone(), p.role(),
                p.activeFrom(), p.activeTo(), p.updatedAt());
    }

    public Optional<Person> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM person WHERE id = ?", PersonRepository::map, id);
    }

    public List<Person> findByOrganization(UUID organizationId) {
        return sql.list("SELECT " + COLUMNS + " FROM person WHERE organization_id = ? ORDER BY name COLLATE NOCASE, id",
                PersonRepository::map, organizationId);
    }

    public List<Person> findAll() {
        return sql.list("SELECT " + COLUMNS + " FROM person ORDER BY organization_id, name COLLATE NOCASE, id",
                PersonRepository::map);
    }

    public void delete(UUID id) {
        sql.update("DELETE FROM person WHERE id = ?", id);
    }

    static Person map(ResultSet r) throws SQLException {
        return new Person(Sql.uuid(r, "id"), Sql.uuid(r, "organization_id"), r.getString("name"), r.getString("title"),
                r.getString("email"), r.getString("phone"), Sql.enumValue(r, "role", PersonRole.class),
                Sql.date(r, "active_from"), Sql.date(r, "active_to"), Sql.instant(r, "updated_at"));
    }
}
