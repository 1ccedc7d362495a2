-- V006: circulation e-mail — the officer's own subject and body templates, one per language.
-- A language without a row uses the default texts of the i18n/mail bundle.

CREATE TABLE mail_template (
    id          TEXT PRIMARY KEY,
    language    TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX mail_template_language ON mail_template (language);
