package org.untfsse.workbench.store.exchange.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.untfsse.workbench.model.exchange.mail.MailTemplate;
import org.untfsse.workbench.store.common.Sql;

/** The officer's circulation e-mail templates in SQLite, one per language. */
public final class MailTemplateRepository {

    private static final String COLUMNS = "id, language, subject, body, updated_at";

    private static final String UPSERT = """
            INSERT INTO mail_template (id, language, subject, body, updated_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                language = excluded.language, subject = excluded.subject, body = excluded.body,
                updated_at = excluded.updated_at
            """;

    private final Sql sql;

    public MailTemplateRepository(Sql sql) {
        this.sql = sql;
    }

    public void save(MailTemplate t) {
        sql.update(UPSERT, t.id(), t.language(), t.subject(), t.body(), t.updatedAt());
    }

    public Optional<MailTemplate> findByLanguage(String language) {
        return sql.one("SELECT " + COLUMNS + " FROM mail_template WHERE language = ?", MailTemplateRepository::map, language);
    }

    public List<MailTemplate> findAll() {
        return sql.list("SELECT " + COLUMNS + " FROM mail_template ORDER BY language", MailTemplateRepository::map);
    }

    public void deleteByLanguage(String language) {
        sql.update("DELETE FROM mail_template WHERE language = ?", language);
    }

    static MailTemplate map(ResultSet r) throws SQLException {
        return new MailTemplate(Sql.uuid(r, "id"), r.getString("language"), r.getString("subject"), r.getString("body"),
                Sql.instant(r, "updated_at"));
    }
}
