package org.untfsse.workbench.store.exchange;

import java.util.List;
import java.util.function.Consumer;
import org.untfsse.workbench.model.rotation.Office;
import org.untfsse.workbench.model.rotation.RotationTerm;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.Sql;

/**
 * The rotation's tables as the bundle needs them: offices and terms streamed in id order, and
 * batched upserts for import. Runs on the caller's transaction.
 */
public final class RotationBundleStore {

    private static final String OFFICES = """
            SELECT id, code, name, max_holders, built_in, position, updated_at FROM rotation_office ORDER BY id
            """;
    private static final String TERMS = """
            SELECT id, office_id, organization_id, person_id, person_name, start_date, end_date,
                   decided_at_meeting_id, notes, updated_at
            FROM rotation_term ORDER BY id
            """;
    private static final String UPSERT_OFFICE = """
            INSERT INTO rotation_office (id, code, name, max_holders, built_in, position, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                code = excluded.code, name = excluded.name, max_holders = excluded.max_holders,
                built_in = excluded.built_in, position = excluded.position, updated_at = excluded.updated_at
            """;
    private static final String UPSERT_TERM = """
            INSERT INTO rotation_term (id, office_id, organization_id, person_id, person_name, start_date, end_date,
                                       decided_at_meeting_id, notes, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                office_id = excluded.office_id, organization_id = excluded.organization_id,
                person_id = excluded.person_id, person_name = excluded.person_name,
                start_date = excluded.start_date, end_date = excluded.end_date,
                decided_at_meeting_id = excluded.decided_at_meeting_id, notes = excluded.notes,
                updated_at = excluded.updated_at
            """;

    private final Database database;
    private final Sql sql;

    public RotationBundleStore(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    public void forEachOffice(Consumer<Office> sink) {
        RowStream.each(database, OFFICES, r -> new Office(Sql.uuid(r, "id"), r.getString("code"), r.getString("name"),
                r.getInt("max_holders"), r.getInt("built_in") != 0, r.getInt("position"), Sql.instant(r, "updated_at")), sink);
    }

    public void forEachTerm(Consumer<RotationTerm> sink) {
        RowStream.each(database, TERMS, r -> new RotationTerm(Sql.uuid(r, "id"), Sql.uuid(r, "office_id"), Sql.uuid(r, "organization_id"),
                Sql.uuid(r, "person_id"), r.getString("person_name"), Sql.date(r, "start_date"), Sql.date(r, "end_date"),
                Sql.uuid(r, "decided_at_meeting_id"), r.getString("notes"), Sql.instant(r, "updated_at")), sink);
    }

    public long countOffices() {
        return sql.count("SELECT count(*) FROM rotation_office");
    }

    public long countUserOffices() {
        return sql.count("SELECT count(*) FROM rotation_office WHERE built_in = 0");
    }

    public long countTerms() {
        return sql.count("SELECT count(*) FROM rotation_term");
    }

    public void saveOffices(List<Office> rows) {
        BatchUpsert.run(database, UPSERT_OFFICE, rows, o -> new Object[] {
                o.id(), o.code(), o.name(), o.maxHolders(), o.builtIn(), o.position(), o.updatedAt()});
    }

    public void saveTerms(List<RotationTerm> rows) {
        BatchUpsert.run(database, UPSERT_TERM, rows, t -> new Object[] {
                t.id(), t.officeId(), t.organizationId(), t.personId(), t.personName(), t.start(), t.end(),
                t.decidedAtMeetingId(), t.notes(), t.updatedAt()});
    }
}
