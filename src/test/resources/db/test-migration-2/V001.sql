CREATE TABLE first (note TEXT); INSERT INTO first VALUES ('kept');
