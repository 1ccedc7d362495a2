package org.untfsse.workbench.store.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.Sql;

/**
 * Runs one prepared statement over many rows in batches, on the caller's transaction.
 *
 * <p>{@link #intoTable} is the bulk load of an import: when the table is still empty it inserts
 * plainly (no conflict to resolve) with the table's secondary indexes dropped, and builds them again
 * from their stored {@code CREATE INDEX} text afterwards — one sort instead of a million random
 * index inserts. SQLite's schema changes are part of the transaction: a rollback brings the
 * indexes back untouched, and a unique index that the new rows would break fails the import.
 */
final class BatchUpsert {

    private static final int BATCH = 2_000;

    private BatchUpsert() {
    }

    static <T> void run(Database database, String sql, List<T> rows, Function<T, Object[]> params) {
        if (rows.isEmpty()) {
            return;
        }
        database.sql(c -> {
            execute(c, sql, rows, params);
            return null;
        });
    }

    /**
     * Writes {@code rows} into {@code table} with {@code upsert}, or, when the table is empty, with
     * {@code insert} (the same columns and parameters, no conflict clause) and its indexes rebuilt.
     */
    static <T> void intoTable(Database database, String table, String insert, String upsert, List<T> rows,
                              Function<T, Object[]> params) {
        if (rows.isEmpty()) {
            return;
        }
        Load<T> load = new Load<>(database, table, insert, upsert, params);
        load.write(rows);
        load.finish();
    }

    /**
     * The same as {@link #intoTable}, for rows that arrive in batches (a streamed import): whether
     * the table is empty is decided at the first batch; its indexes are built again by {@link #finish}.
     */
    static final class Load<T> implements RecordLoad<T> {

        private final Database database;
        private final String table;
        private final String insert;
        private final String upsert;
        private final Function<T, Object[]> params;
        private String sql;
        private List<String[]> dropped = List.of();

        Load(Database database, String table, String insert, String upsert, Function<T, Object[]> params) {
            this.database = database;
            this.table = table;
            this.insert = insert;
            this.upsert = upsert;
            this.params = params;
        }

        @Override
        public void write(List<T> rows) {
            if (rows.isEmpty()) {
                return;
            }
            database.sql(c -> {
                if (sql == null) {
                    begin(c);
                }
                execute(c, sql, rows, params);
                return null;
            });
        }

        private void begin(Connection c) throws SQLException {
            if (!isEmpty(c, table)) {
                sql = upsert;
                return;
            }
            sql = insert;
            dropped = secondaryIndexes(c, table);
            try (Statement s = c.createStatement()) {
                for (String[] index : dropped) {
                    s.execute("DROP INDEX \"" + index[0] + "\"");
                }
            }
        }

        /** Builds the dropped indexes again (nothing to do when the table held rows or nothing was written). */
        @Override
        public void finish() {
            if (dropped.isEmpty()) {
                return;
            }
            database.sql(c -> {
                try (Statement s = c.createStatement()) {
                    for (String[] index : dropped) {
                        s.execute(index[1]);
                    }
                }
                return null;
            });
            dropped = List.of();
        }
    }

    private static boolean isEmpty(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM \"" + table + "\" LIMIT 1");
             ResultSet r = s.executeQuery()) {
            return !r.next();
        }
    }

    /** Name and {@code CREATE INDEX} text of each index declared on {@code table} (not the automatic ones). */
    private static List<String[]> secondaryIndexes(Connection c, String table) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c,
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
                table); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        return out;
    }

    private static <T> void execute(Connection c, String sql, List<T> rows, Function<T, Object[]> params)
            throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                bindAll(statement, params.apply(row));
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    private static void bindAll(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Sql.bind(statement, i + 1, values[i]);
        }
    }
}
