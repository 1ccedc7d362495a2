-- V008: each record's merge base moves into the record's own row. bundle_base (V005) kept it as a
-- second row per record, keyed by section and a 36-character id: an import into an empty database
-- wrote every record twice, and a million records made 82 MB of the 365 MB file (see
-- docs/bundle.md, "Import speed"). bundle_base_at is the updatedAt the record had in the last
-- bundle imported, NULL for a record never received in a bundle. The views never write it: their
-- updates name their columns, so a local edit keeps the base, as it kept the bundle_base row. The
-- base of a deleted record was never read (a record missing here is simply added), so it goes.

ALTER TABLE organization ADD COLUMN bundle_base_at TEXT;
ALTER TABLE membership ADD COLUMN bundle_base_at TEXT;
ALTER TABLE person ADD COLUMN bundle_base_at TEXT;
ALTER TABLE rotation_office ADD COLUMN bundle_base_at TEXT;
ALTER TABLE rotation_term ADD COLUMN bundle_base_at TEXT;
ALTER TABLE meeting ADD COLUMN bundle_base_at TEXT;
ALTER TABLE document ADD COLUMN bundle_base_at TEXT;
ALTER TABLE mail_template ADD COLUMN bundle_base_at TEXT;
ALTER TABLE saved_search ADD COLUMN bundle_base_at TEXT;

UPDATE organization SET bundle_base_at = (SELECT base_updated_at FROM bundle_base
    WHERE section = 'organizations' AND record_id = organization.id);
UPDATE membership SET bundle_base_at = (SELECT base_updated_at FROM bundle_base
    WHERE section = 'memberships' AND record_id = membership.id);
UPDATE person SET bundle_base_at = (SELECT base_updated_at FROM bundle_base
    WHERE section = 'people' AND record_id = person.id);
UPDATE rotation_office SET bundle_base_at = (SELECT base_updated_at FROM bundle_base
    WHERE section = 'offices' AND record_id = rotation_office.id);
UPDATE rotation_term SET bundle_base_at = (SELECT base_updated_at FROM bundle_base
    WHERE section = 'rotationTerms' AND record_id = rotation_term.id);
UPDATE meeting SET bundle_base_at = (SELECT base_updated_at FROM bundle_base
    WHERE section = 'meetings' AND record_id = meeting.id);
UPDATE document SET bundle_base_at = (SELECT base_updated_at FROM bundle_base
    WHERE section = 'documents' AND record_id = document.id);
UPDATE mail_template SET bundle_base_at = (SELECT base_updated_at FROM bundle_base
    WHERE section = 'mailTemplates' AND record_id = mail_template.id);
UPDATE saved_search SET bundle_base_at = (SELECT base_updated_at FROM bundle_base
    WHERE section = 'savedSearches' AND record_id = saved_search.id);

DROP TABLE bundle_base;
