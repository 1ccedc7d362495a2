package org.untfsse.workbench.store.exchange;

import java.util.List;
import java.util.function.Consumer;
import org.untfsse.workbench.model.exchange.mail.MailTemplate;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.Sql;

/**
 * The officer's saved circulation e-mail templates (table {@code mail_template}) as the bundle
 * needs them: streamed in id order, and replaced for import. Runs on the caller's transaction.
 */
public final class MailTemplateBundleStore {

    private static final String ALL = "SELECT id, language, subject, body, updated_at FROM mail_template ORDER BY id";
    private static final String DELETE = "DELETE FROM mail_template WHERE id = ?";
    private static final String INSERT = """
            INSERT INTO mail_template (id, language, subject, body, updated_at) VALUES (?, ?, ?, ?, ?)
            """;

    private final Database database;
    private final Sql sql;

    public MailTemplateBundleStore(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    public void forEachTemplate(Consumer<MailTemplate> sink) {
        RowStream.each(database, ALL, r -> new MailTemplate(Sql.uuid(r, "id"), r.getString("language"),
                r.getString("subject"), r.getString("body"), Sql.instant(r, "updated_at")), sink);
    }

    public long count() {
        return sql.count("SELECT count(*) FROM mail_template");
    }

    /**
     * Writes {@code rows} in place of the rows with their ids. All of them are removed before any is
     * written, so templates that swap languages never meet the unique index on {@code language}
     * half-way (the caller has checked that the result holds one template per language).
     */
    public void replace(List<MailTemplate> rows) {
        BatchUpsert.run(database, DELETE, rows, t -> new Object[] {t.id()});
        BatchUpsert.run(database, INSERT, rows, t -> new Object[] {t.id(), t.language(), t.subject(), t.body(),
                t.updatedAt()});
    }
}
