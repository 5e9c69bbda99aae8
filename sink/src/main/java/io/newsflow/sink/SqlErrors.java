package io.newsflow.sink;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Classifies database failures: only a lost or refused connection (or, for SQLite, a database file locked by
 * another writer beyond the busy timeout) is worth retrying as is; every other error is about the data.
 */
public final class SqlErrors {

    /** SQLState class 08: connection exception (SQL standard; used by pgjdbc and HikariCP). */
    static final String CONNECTION_EXCEPTION_CLASS = "08";

    /** SQLite primary result codes SQLITE_BUSY and SQLITE_LOCKED: another connection holds the write lock. */
    static final int SQLITE_BUSY = 5;
    static final int SQLITE_LOCKED = 6;
    /** SQLite extended result codes carry the primary code in their low byte. */
    private static final int SQLITE_PRIMARY_CODE_MASK = 0xFF;

    private SqlErrors() {
    }

    /** SQLState classes about the values themselves: 22 data exception, 23 constraint violation, 54 limit exceeded. */
    static final Set<String> DATA_ERROR_CLASSES = Set.of("22", "23", "54");
    /** SQLite TOOBIG, CONSTRAINT and MISMATCH: the row's values are refused. */
    static final Set<Integer> SQLITE_DATA_CODES = Set.of(18, 19, 20);

    /**
     * True when the failure is about the values written (bad encoding, constraint, size limit), so one record is
     * to blame and can be isolated. Anything else that is not retryable (authentication, permissions, missing
     * table, disk full, read-only) would fail for every record and must stop the sink instead.
     */
    public static boolean isDataError(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (t instanceof org.sqlite.SQLiteException e
                    && SQLITE_DATA_CODES.contains(e.getErrorCode() & SQLITE_PRIMARY_CODE_MASK)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && state.length() >= 2 && DATA_ERROR_CLASSES.contains(state.substring(0, 2))) {
                    return true;
                }
                if (sql.getNextException() != null) {
                    todo.add(sql.getNextException());
                }
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
        }
        return false;
    }

    /** What the writer retries: {@link #isConnectionError} or {@link #isSqliteBusy}. */
    public static boolean isRetryable(Throwable failure) {
        return isConnectionError(failure) || isSqliteBusy(failure);
    }

    /** True when SQLite reports the file busy or locked (the lock is held by another connection). */
    public static boolean isSqliteBusy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof org.sqlite.SQLiteException e) {
                int primary = e.getErrorCode() & SQLITE_PRIMARY_CODE_MASK;
                if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the failure, or anything in its cause or next-exception chain, says the connection failed:
     * SQLState class 08, {@link SQLTransientConnectionException} (e.g. no pooled connection in time) or
     * {@link SQLRecoverableException}. Everything else (constraint, data, syntax errors) is about the data or the
     * statement and would fail again.
     */
    public static boolean isConnectionError(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return isConnectionError(failure, seen);
    }

    private static boolean isConnectionError(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && state.startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
            if (isConnectionError(sql.getNextException(), seen)) {
                return true;
            }
        }
        return isConnectionError(t.getCause(), seen);
    }
}
