package org.untfsse.workbench.store.exchange;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.Consumer;
import org.untfsse.workbench.store.common.Database;
import org.untfsse.workbench.store.common.RowMapper;

/** Hands a query's rows to a sink one at a time, so an export never holds a whole table. */
final class RowStream {

    private RowStream() {
    }

    static <T> void each(Database database, String sql, RowMapper<T> mapper, Consumer<T> sink) {
        database.sql(c -> {
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sink.accept(mapper.map(r));
                }
            }
            return null;
        });
    }
}
