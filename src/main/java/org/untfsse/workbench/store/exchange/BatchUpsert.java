package org.untfsse.workbench.store.exchange;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.Sql;

/** Runs one prepared statement over many rows in batches, on the caller's transaction. */
final class BatchUpsert {

    private static final int BATCH = 2_000;

    private BatchUpsert() {
    }

    static <T> void run(Database database, String sql, List<T> rows, Function<T, Object[]> params) {
        if (rows.isEmpty()) {
            return;
        }
        database.sql(c -> {
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
            return null;
        });
    }

    private static void bindAll(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Sql.bind(statement, i + 1, values[i]);
        }
    }
}
