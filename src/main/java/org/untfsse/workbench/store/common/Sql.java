package org.untfsse.workbench.store.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The few JDBC moves every repository makes: bind parameters (UUIDs, dates and instants as ISO
 * text), run a query into records, run an update.
 */
public final class Sql {

    private final Database database;

    public Sql(Database database) {
        this.database = database;
    }

    public Database database() {
        return database;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        return database.sql(c -> {
            try (PreparedStatement statement = prepare(c, sql, params); ResultSet rows = statement.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rows.next()) {
                    out.add(mapper.map(rows));
                }
                return out;
            }
        });
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(String sql, Object... params) {
        return one(sql, rows -> rows.getLong(1), params).orElse(0L);
    }

    public int update(String sql, Object... params) {
        return database.sql(c -> {
            try (PreparedStatement statement = prepare(c, sql, params)) {
                return statement.executeUpdate();
            }
        });
    }

    public static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            bind(statement, i + 1, params[i]);
        }
        return statement;
    }

    public static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof UUID || value instanceof LocalDate || value instanceof Instant) {
            statement.setString(index, value.toString());
        } else if (value instanceof Enum<?> e) {
            statement.setString(index, e.name());
        } else if (value instanceof Boolean b) {
            statement.setInt(index, b ? 1 : 0);
        } else {
            statement.setObject(index, value);
        }
    }

    public static UUID uuid(ResultSet rows, String column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : UUID.fromString(text);
    }

    public static LocalDate date(ResultSet rows, String column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    public static Instant instant(ResultSet rows, String column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : Instant.parse(text);
    }

    public static <E extends Enum<E>> E enumValue(ResultSet rows, String column, Class<E> type) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : Enum.valueOf(type, text);
    }
}
