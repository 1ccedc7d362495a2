-- PLACEHOLDER written on the meetings branch only, so that V003 (meetings) is reached: migrations
-- stop at the first missing number. V002 belongs to rotation: at merge, take rotation's V002.sql.
SELECT 1;
