package roundtable.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the PostgreSQL settings that decide whether a committed row survives a crash, and warns
 * loudly about each one that does not promise it. {@code durable} frames mean "committed"; with
 * these settings off, committed is not the same as kept.
 *
 * <ul>
 *   <li>{@code fsync=off}: PostgreSQL never forces its writes to disk; an OS crash or power loss
 *       can lose committed rows and even corrupt the whole cluster.</li>
 *   <li>{@code synchronous_commit=off}: a commit returns before its WAL is flushed; a crash of
 *       PostgreSQL or the OS loses the last moments of commits (up to about three times
 *       {@code wal_writer_delay}), which clients were told were durable.</li>
 *   <li>{@code synchronous_commit=local}, {@code remote_write}, {@code remote_apply} and {@code on} all
 *       flush the WAL locally before answering; they differ only in what they wait for on synchronous
 *       replicas. Accepted without a warning (a failover to a replica may still lose the last commits
 *       under {@code local}/{@code remote_write}; that is a replication choice, noted at INFO).</li>
 *   <li>{@code full_page_writes=off}: a crash in the middle of writing a page can leave a torn page
 *       that WAL replay cannot repair: committed rows may be lost or the table corrupted.</li>
 * </ul>
 */
public final class DurabilitySettings {

    private static final Logger LOG = LoggerFactory.getLogger(DurabilitySettings.class);

    private DurabilitySettings() {
    }

    /** Reads the three settings; completes with the warnings it logged (empty when all is well). */
    public static Future<List<String>> check(Pool pool) {
        return show(pool, "fsync").compose(fsync -> show(pool, "synchronous_commit")
                .compose(synchronousCommit -> show(pool, "full_page_writes")
                        .map(fullPageWrites -> judge(fsync, synchronousCommit, fullPageWrites))));
    }

    static List<String> judge(String fsync, String synchronousCommit, String fullPageWrites) {
        List<String> warnings = new ArrayList<>();
        if (isOff(fsync)) {
            warnings.add("fsync is off: PostgreSQL does not force writes to disk, so an operating-system crash or a "
                    + "power cut can lose events the server already reported as durable, or corrupt the database. "
                    + "Set fsync = on.");
        }
        if (isOff(synchronousCommit)) {
            warnings.add("synchronous_commit is off: commits are answered before they reach the disk, so a crash "
                    + "of PostgreSQL or the machine loses the last events the server reported as durable. "
                    + "Set synchronous_commit = on.");
        }
        if (isOff(fullPageWrites)) {
            warnings.add("full_page_writes is off: a crash while a page is written can leave it torn beyond "
                    + "repair, losing stored events. Set full_page_writes = on.");
        }
        warnings.forEach(warning -> LOG.warn("!!! DURABILITY AT RISK !!! {}", warning));
        if (warnings.isEmpty()) {
            LOG.info("PostgreSQL durability settings: fsync={}, synchronous_commit={}, full_page_writes={}",
                    fsync, synchronousCommit, fullPageWrites);
        }
        String commit = synchronousCommit.toLowerCase(Locale.ROOT);
        if (commit.equals("local") || commit.equals("remote_write")) {
            LOG.info("synchronous_commit={}: commits are flushed locally; a failover to a replica may lose the "
                    + "last ones", synchronousCommit);
        }
        return warnings;
    }

    private static boolean isOff(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("off") || v.equals("false") || v.equals("no") || v.equals("0");
    }

    private static Future<String> show(Pool pool, String setting) {
        // SHOW takes no parameters; the names are constants of this class.
        return pool.query("SHOW " + setting).execute().map(rows -> rows.iterator().next().getString(0));
    }
}
