package roundtable.store;

import java.io.IOException;
import java.nio.file.Path;

/** For tests that kill servers: stops an embedded PostgreSQL a killed server left on its data directory. */
public final class LeftoverCleanup {

    private LeftoverCleanup() {
    }

    /** Stops whatever PostgreSQL still runs on {@code dataDir}'s files (the server must be gone). */
    public static void stopPostgres(Path dataDir) throws IOException {
        LeftoverPostgres.recover(dataDir.toAbsolutePath().resolve("postgres"));
    }
}
