package org.untfsse.workbench.store.exchange;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.untfsse.workbench.model.roster.Membership;
import org.untfsse.workbench.model.roster.MembershipStatus;
import org.untfsse.workbench.model.roster.Organization;
import org.untfsse.workbench.model.roster.OrganizationKind;
import org.untfsse.workbench.model.roster.Person;
import org.untfsse.workbench.model.roster.PersonRole;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.Sql;

/**
 * The roster tables as the bundle needs them: every row streamed in id order (so export memory
 * stays bounded), and batched upserts for import. Runs on the caller's transaction.
 */
public final class RosterBundleStore {

    private static final String ORGANIZATIONS = """
            SELECT id, acronym, name, kind, website, notes, updated_at FROM organization ORDER BY id
            """;
    private static final String MEMBERSHIPS = """
            SELECT id, organization_id, status, from_date, to_date, updated_at FROM membership ORDER BY id
            """;
    private static final String PEOPLE = """
            SELECT id, organization_id, name, title, email, phone, role, active_from, active_to, updated_at
            FROM person ORDER BY id
            """;
    private static final String UPSERT_ORGANIZATION = """
            INSERT INTO organization (id, acronym, name, kind, website, notes, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                acronym = excluded.acronym, name = excluded.name, kind = excluded.kind,
                website = excluded.website, notes = excluded.notes, updated_at = excluded.updated_at
            """;
    private static final String UPSERT_MEMBERSHIP = """
            INSERT INTO membership (id, organization_id, status, from_date, to_date, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                organization_id = excluded.organization_id, status = excluded.status,
                from_date = excluded.from_date, to_date = excluded.to_date, updated_at = excluded.updated_at
            """;
    private static final String UPSERT_PERSON = """
            INSERT INTO person (id, organization_id, name, title, email, phone, role, active_from, active_to, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                organization_id = excluded.organization_id, name = excluded.name, title = excluded.title,
                email = excluded.email, phone = excluded.phone, role = excluded.role,
                active_from = excluded.active_from, active_to = excluded.active_to, updated_at = excluded.updated_at
            """;

    /*
     * The same upserts for a streamed import, which keep each written record's updatedAt as its merge
     * base in the same row (?N repeats parameter N: no second value to bind).
     */
    private static final String LOAD_ORGANIZATION = """
            INSERT INTO organization (id, acronym, name, kind, website, notes, updated_at, bundle_base_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?7)
            ON CONFLICT (id) DO UPDATE SET
                acronym = excluded.acronym, name = excluded.name, kind = excluded.kind,
                website = excluded.website, notes = excluded.notes, updated_at = excluded.updated_at,
                bundle_base_at = excluded.bundle_base_at
            """;
    private static final String LOAD_MEMBERSHIP = """
            INSERT INTO membership (id, organization_id, status, from_date, to_date, updated_at, bundle_base_at)
            VALUES (?, ?, ?, ?, ?, ?, ?6)
            ON CONFLICT (id) DO UPDATE SET
                organization_id = excluded.organization_id, status = excluded.status,
                from_date = excluded.from_date, to_date = excluded.to_date, updated_at = excluded.updated_at,
                bundle_base_at = excluded.bundle_base_at
            """;
    private static final String LOAD_PERSON = """
            INSERT INTO person (id, organization_id, name, title, email, phone, role, active_from, active_to, updated_at,
                                bundle_base_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?10)
            ON CONFLICT (id) DO UPDATE SET
                organization_id = excluded.organization_id, name = excluded.name, title = excluded.title,
                email = excluded.email, phone = excluded.phone, role = excluded.role,
                active_from = excluded.active_from, active_to = excluded.active_to, updated_at = excluded.updated_at,
                bundle_base_at = excluded.bundle_base_at
            """;

    private static final byte[] NO_BYTES = new byte[0];

    private final Database database;

    public RosterBundleStore(Database database) {
        this.database = database;
    }

    private static final Row<Organization> ORGANIZATION = r -> new Organization(uuid(r.getString(1)), r.getString(2),
            r.getString(3), OrganizationKind.valueOf(r.getString(4)), r.getString(5), r.getString(6),
            Instant.parse(r.getString(7)));
    private static final Row<Membership> MEMBERSHIP = r -> new Membership(uuid(r.getString(1)), uuid(r.getString(2)),
            MembershipStatus.valueOf(r.getString(3)), date(r.getString(4)), date(r.getString(5)),
            Instant.parse(r.getString(6)));
    private static final Row<Person> PERSON = r -> new Person(uuid(r.getString(1)), uuid(r.getString(2)),
            r.getString(3), r.getString(4), r.getString(5), r.getString(6), PersonRole.valueOf(r.getString(7)),
            date(r.getString(8)), date(r.getString(9)), Instant.parse(r.getString(10)));

    public void forEachOrganization(Consumer<Organization> sink) {
        stream(ORGANIZATIONS, ORGANIZATION, sink);
    }

    public void forEachMembership(Consumer<Membership> sink) {
        stream(MEMBERSHIPS, MEMBERSHIP, sink);
    }

    public void forEachPerson(Consumer<Person> sink) {
        stream(PEOPLE, PERSON, sink);
    }

    /**
     * The rows as stored text (UTF-8 bytes, see {@link #texts}), column by column in the select's
     * order, for an export that writes them unchanged: every value was bound by {@code Sql} as its
     * canonical ISO / UUID / enum-name text.
     */
    public void forEachOrganizationRow(Consumer<Object[]> sink) {
        stream(ORGANIZATIONS, r -> texts(r, 7, 0), sink);
    }

    public void forEachMembershipRow(Consumer<Object[]> sink) {
        stream(MEMBERSHIPS, r -> texts(r, 6, 1 << 4), sink); // to_date
    }

    public void forEachPersonRow(Consumer<Object[]> sink) {
        stream(PEOPLE, r -> texts(r, 10, 1 << 7 | 1 << 8), sink); // active_from, active_to
    }

    /**
     * The columns as their stored UTF-8 bytes ({@code byte[]}; SQLite hands a TEXT column's bytes out
     * without decoding them), or null. SQLite hands out an empty text as no bytes at all: in a
     * NOT NULL column that is an empty text; in a column that may be NULL (bit {@code i} of
     * {@code nullable} for column {@code i}, from 0) one more call tells the two apart.
     */
    private static Object[] texts(ResultSet r, int columns, int nullable) throws SQLException {
        Object[] out = new Object[columns];
        for (int i = 0; i < columns; i++) {
            byte[] utf8 = r.getBytes(i + 1);
            if (utf8 != null) {
                out[i] = utf8;
            } else if ((nullable & (1 << i)) == 0) {
                out[i] = NO_BYTES;
            } else {
                out[i] = r.getString(i + 1);
            }
        }
        return out;
    }

    public long count(String table) {
        if (!List.of("organization", "membership", "person").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return database.sql(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + table); ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }

    /** The stored organizations with these ids (those that exist), for a streamed import's batch. */
    public void forEachOrganization(Collection<UUID> ids, Consumer<Organization> sink) {
        streamIds(ORGANIZATIONS, ids, ORGANIZATION, sink);
    }

    public void forEachMembership(Collection<UUID> ids, Consumer<Membership> sink) {
        streamIds(MEMBERSHIPS, ids, MEMBERSHIP, sink);
    }

    public void forEachPerson(Collection<UUID> ids, Consumer<Person> sink) {
        streamIds(PEOPLE, ids, PERSON, sink);
    }

    /** True when {@code table} (organization, membership, person) holds a row with this id. */
    public boolean exists(String table, UUID id) {
        count(table); // checks the table name
        return database.sql(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT 1 FROM " + table + " WHERE id = ?", id);
                 ResultSet r = s.executeQuery()) {
                return r.next();
            }
        });
    }

    /** Batched writes for a streamed import (see {@link RecordLoad}), each record with its updatedAt as its merge base. */
    public RecordLoad<Organization> organizationLoad() {
        return new BatchUpsert.Load<>(database, "organization", insert(LOAD_ORGANIZATION), LOAD_ORGANIZATION,
                RosterBundleStore::organizationParams);
    }

    public RecordLoad<Membership> membershipLoad() {
        return new BatchUpsert.Load<>(database, "membership", insert(LOAD_MEMBERSHIP), LOAD_MEMBERSHIP,
                RosterBundleStore::membershipParams);
    }

    public RecordLoad<Person> personLoad() {
        return new BatchUpsert.Load<>(database, "person", insert(LOAD_PERSON), LOAD_PERSON,
                RosterBundleStore::personParams);
    }

    private static Object[] organizationParams(Organization o) {
        return new Object[] {o.id(), o.acronym(), o.name(), o.kind(), o.website(), o.notes(), o.updatedAt()};
    }

    private static Object[] membershipParams(Membership m) {
        return new Object[] {m.id(), m.organizationId(), m.status(), m.from(), m.to(), m.updatedAt()};
    }

    private static Object[] personParams(Person p) {
        return new Object[] {p.id(), p.organizationId(), p.name(), p.title(), p.email(), p.phone(), p.role(),
                p.activeFrom(), p.activeTo(), p.updatedAt()};
    }

    /** The select with {@code WHERE id IN (?, …)} in place of its ordering. */
    private static String withIds(String select, int n) {
        return select.substring(0, select.indexOf("ORDER BY")) + "WHERE id IN (" + "?, ".repeat(n - 1) + "?)";
    }

    private <T> void streamIds(String select, Collection<UUID> ids, Row<T> mapper, Consumer<T> sink) {
        if (ids.isEmpty()) {
            return;
        }
        String sql = withIds(select, ids.size());
        database.sql(c -> {
            try (PreparedStatement s = Sql.prepare(c, sql, ids.toArray()); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sink.accept(mapper.map(r));
                }
            }
            return null;
        });
    }

    public void saveOrganizations(List<Organization> rows) {
        BatchUpsert.intoTable(database, "organization", insert(UPSERT_ORGANIZATION), UPSERT_ORGANIZATION, rows, o -> new Object[] {
                o.id(), o.acronym(), o.name(), o.kind(), o.website(), o.notes(), o.updatedAt()});
    }

    public void saveMemberships(List<Membership> rows) {
        BatchUpsert.intoTable(database, "membership", insert(UPSERT_MEMBERSHIP), UPSERT_MEMBERSHIP, rows, m -> new Object[] {
                m.id(), m.organizationId(), m.status(), m.from(), m.to(), m.updatedAt()});
    }

    public void savePeople(List<Person> rows) {
        BatchUpsert.intoTable(database, "person", insert(UPSERT_PERSON), UPSERT_PERSON, rows, p -> new Object[] {
                p.id(), p.organizationId(), p.name(), p.title(), p.email(), p.phone(), p.role(), p.activeFrom(),
                p.activeTo(), p.updatedAt()});
    }

    /** The upsert without its conflict clause: for a table that is still empty. */
    private static String insert(String upsert) {
        return upsert.substring(0, upsert.indexOf("ON CONFLICT"));
    }

    private interface Row<T> {
        T map(ResultSet r) throws SQLException;
    }

    private <T> void stream(String sql, Row<T> mapper, Consumer<T> sink) {
        database.sql(c -> {
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sink.accept(mapper.map(r));
                }
            }
            return null;
        });
    }

    private static UUID uuid(String text) {
        return UUID.fromString(text);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
