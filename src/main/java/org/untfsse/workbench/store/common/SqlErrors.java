package org.untfsse.workbench.store.common;

import java.sql.SQLException;

/** Maps SQLite's result codes to {@link StoreException.Kind}s. */
final class SqlErrors {

    private SqlErrors() {
    }

    static StoreException translate(String action, SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        StoreException.Kind kind = switch (primary) {
            case 13 -> StoreException.Kind.DISK_FULL;      // SQLITE_FULL
            case 8 -> StoreException.Kind.READ_ONLY;       // SQLITE_READONLY
            case 5, 6 -> StoreException.Kind.LOCKED;       // SQLITE_BUSY, SQLITE_LOCKED
            case 11, 26 -> StoreException.Kind.CORRUPT;    // SQLITE_CORRUPT, SQLITE_NOTADB
            case 19 -> StoreException.Kind.CONSTRAINT;     // SQLITE_CONSTRAINT
            case 10 -> ioKind(e);                          // SQLITE_IOERR
            default -> StoreException.Kind.OTHER;
        };
        return new StoreException(kind, action + ": " + e.getMessage(), e);
    }

    private static StoreException.Kind ioKind(SQLException e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (text.contains("full") || text.contains("no space")) {
            return StoreException.Kind.DISK_FULL;
        }
        return StoreException.Kind.OTHER;
    }
}
