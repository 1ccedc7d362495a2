-- Benchmark people: on top of the bundled sample data (the task force's real organizations,
-- rotation, meetings and documents), three fictitious contacts per organization — a focal point,
-- an alternate and a former focal point — as a secretariat's roster holds them. Applied by
-- bench/startup.sh after `sample-data`.
BEGIN;
INSERT INTO person (id, organization_id, name, title, email, phone, role, active_from, active_to, updated_at)
SELECT printf('00000000-0000-0000-0000-%012d', o.rowid * 10 + n.k),
       o.id,
       printf('%s contact %d of %s', CASE n.k WHEN 1 THEN 'Focal point' WHEN 2 THEN 'Alternate' ELSE 'Former' END, n.k, o.acronym),
       'Officer',
       printf('contact%d.%s@example.org', n.k, lower(replace(o.acronym, ' ', ''))),
       '+41 22 000 00 0' || n.k,
       CASE n.k WHEN 2 THEN 'ALTERNATE' ELSE 'FOCAL_POINT' END,
       CASE n.k WHEN 3 THEN '2015-01-01' ELSE '2022-01-01' END,
       CASE n.k WHEN 3 THEN '2021-12-31' ELSE NULL END,
       '2026-11-01T09:00:00Z'
FROM organization o, (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3) n;
COMMIT;
