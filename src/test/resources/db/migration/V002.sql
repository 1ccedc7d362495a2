-- TEST-ONLY STAND-IN for V002 (another feature's migration, not on this branch yet).
-- It lets V006 (circulation e-mail templates) apply in this branch's tests.
-- DELETE THIS FILE when merging: on the test classpath it would hide the real V002.sql.
SELECT 1;
