package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class SqlErrorsTest {

    @Test
    void shouldRetryWhenSqlStateIsConnectionClass() {
        assertThat(SqlErrors.isConnectionError(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(SqlErrors.isConnectionError(new SQLException("refused", "08001"))).isTrue();
    }

    @Test
    void shouldRetryWhenExceptionTypeSaysConnection() {
        assertThat(SqlErrors.isConnectionError(new SQLTransientConnectionException("pool timeout"))).isTrue();
        assertThat(SqlErrors.isConnectionError(new SQLRecoverableException("gone"))).isTrue();
    }

    @Test
    void shouldRetryWhenConnectionFailureIsInCauseOrNextException() {
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("socket closed", "08006"));
        assertThat(SqlErrors.isConnectionError(batch)).isTrue();
        assertThat(SqlErrors.isConnectionError(new SQLException("wrapped", null,
                new SQLRecoverableException("gone")))).isTrue();
    }

    @Test
    void shouldNotRetryWhenErrorIsAboutData() {
        assertThat(SqlErrors.isConnectionError(new SQLException("invalid byte sequence", "22021"))).isFalse();
        assertThat(SqlErrors.isConnectionError(new SQLIntegrityConstraintViolationException("dup", "23505")))
                .isFalse();
        assertThat(SqlErrors.isConnectionError(new SQLException("no state"))).isFalse();
        assertThat(SqlErrors.isConnectionError(new SQLException("io", null, new IOException("x")))).isFalse();
    }

    @Test
    void shouldRetryWhenSqliteFileIsBusyOrLocked() {
        assertThat(SqlErrors.isRetryable(new org.sqlite.SQLiteException("database is locked",
                org.sqlite.SQLiteErrorCode.SQLITE_BUSY))).isTrue();
        assertThat(SqlErrors.isRetryable(new org.sqlite.SQLiteException("busy snapshot",
                org.sqlite.SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT))).isTrue();
        assertThat(SqlErrors.isRetryable(new org.sqlite.SQLiteException("constraint",
                org.sqlite.SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY))).isFalse();
        assertThat(SqlErrors.isRetryable(new SQLException("invalid byte sequence", "22021"))).isFalse();
    }

    @Test
    void shouldCallItDataErrorOnlyWhenValuesAreRefused() {
        assertThat(SqlErrors.isDataError(new SQLException("invalid byte sequence", "22021"))).isTrue();
        assertThat(SqlErrors.isDataError(new SQLIntegrityConstraintViolationException("dup", "23505"))).isTrue();
        assertThat(SqlErrors.isDataError(new SQLException("index row size exceeds maximum", "54000"))).isTrue();
        SQLException batch = new java.sql.BatchUpdateException("batch", null, 0, new int[0], null);
        batch.setNextException(new SQLException("check violation", "23514"));
        assertThat(SqlErrors.isDataError(batch)).isTrue();
        assertThat(SqlErrors.isDataError(new org.sqlite.SQLiteException("NOT NULL",
                org.sqlite.SQLiteErrorCode.SQLITE_CONSTRAINT_NOTNULL))).isTrue();

        assertThat(SqlErrors.isDataError(new SQLException("password authentication failed", "28P01"))).isFalse();
        assertThat(SqlErrors.isDataError(new SQLException("relation does not exist", "42P01"))).isFalse();
        assertThat(SqlErrors.isDataError(new SQLException("disk full", "53100"))).isFalse();
        assertThat(SqlErrors.isDataError(new org.sqlite.SQLiteException("readonly",
                org.sqlite.SQLiteErrorCode.SQLITE_READONLY))).isFalse();
        assertThat(SqlErrors.isDataError(new SQLException("no state"))).isFalse();
    }

    @Test
    void shouldTerminateWhenCauseChainHasCycle() {
        SQLException a = new SQLException("a", "42000");
        SQLException b = new SQLException("b", "42000");
        a.setNextException(b);
        b.setNextException(a);
        assertThat(SqlErrors.isConnectionError(a)).isFalse();
    }
}
