-- Placeholder on branch 'bundle' only, so that V005 (exchange) is reached: the migration
-- scripts are probed in order and stop at the first missing number. At merge, the real
-- V004.sql of its feature replaces this file.
CREATE TABLE IF NOT EXISTS placeholder_v004 (id INTEGER PRIMARY KEY);
DROP TABLE placeholder_v004;
