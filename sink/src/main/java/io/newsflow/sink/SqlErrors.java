package io.newsflow.sink;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Classifies database failures: only a lost or refused connection is worth retrying as is. */
public final class SqlErrors {

    /** SQLState class 08: connection exception (SQL standard; used by pgjdbc and HikariCP). */
    static final String CONNECTION_EXCEPTION_CLASS = "08";

    private SqlErrors() {
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
