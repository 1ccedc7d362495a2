package org.untfsse.workbench.store.common;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work against an open connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
