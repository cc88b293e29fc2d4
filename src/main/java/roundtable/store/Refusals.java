package roundtable.store;

import io.vertx.pgclient.PgException;

/**
 * Tells a database that refuses what it is given (the same statement would fail again) from one
 * that is away (the statement may well work in a moment).
 */
final class Refusals {

    private Refusals() {
    }

    /**
     * SQLSTATE classes 22 (data exception: a value that does not fit, JSON that does not parse) and 23
     * (integrity: a NOT NULL, key or check constraint) are about the data, so no retry helps.
     */
    static boolean isPermanent(Throwable failure) {
        if (failure instanceof PgException pg && pg.getSqlState() != null) {
            String sqlState = pg.getSqlState();
            return sqlState.startsWith("22") || sqlState.startsWith("23");
        }
        return false;
    }
}
