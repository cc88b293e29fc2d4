package roundtable.store;

import org.flywaydb.core.Flyway;

/** Brings the schema up to date. Blocking (JDBC): runs once at start-up, before the event loops. */
public final class Migrations {

    private Migrations() {
    }

    public static void migrate(Database database) {
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.connectOptions().getUser(), database.connectOptions().getPassword())
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
