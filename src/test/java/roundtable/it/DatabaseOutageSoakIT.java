package roundtable.it;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The long run of {@link DatabaseOutageIT}: PostgreSQL frozen for 20 s. Runs with {@code mvn verify -Preliability}. */
class DatabaseOutageSoakIT extends OneServerPerClass {

    @Test
    void a_database_hung_for_20_seconds_does_not_slow_the_room_and_loses_nothing() throws Exception {
        DatabaseOutageIT.Figures figures = DatabaseOutageIT.streamThroughPause(running.vertx(), running.server(),
                running.api(), Duration.ofSeconds(20));
        System.out.println("DatabaseOutageSoakIT (20 s SIGSTOP): " + figures);
    }
}
