package org.psoascoach.store;

import java.sql.SQLException;

/** Recognises database constraint failures, so they can be turned into field messages instead of reaching a person as SQL. */
public final class Constraints {
    private static final String UNIQUE_VIOLATION = "23505"; // PostgreSQL SQLSTATE
    private static final int SQLITE_CONSTRAINT_UNIQUE = 2067, SQLITE_CONSTRAINT_PRIMARYKEY = 1555;

    private Constraints() {}

    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) return true;
                if (sql.getErrorCode() == SQLITE_CONSTRAINT_UNIQUE || sql.getErrorCode() == SQLITE_CONSTRAINT_PRIMARYKEY) return true;
                String message = sql.getMessage();
                if (message != null && (message.contains("UNIQUE constraint failed") || message.contains("PRIMARYKEY"))) return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }
}
