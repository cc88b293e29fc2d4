package roundtable.gateway;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.TimeUnit;
import roundtable.room.Membership;
import roundtable.store.WriteBuffer;

/**
 * What {@code GET /ready} checks: whether this node can take people now. Each check answers DOWN with
 * a reason a person can read. Liveness ({@code /health}) checks none of this: a node waiting for its
 * database is alive, and restarting it would only lose what it holds.
 */
final class Readiness {

    /** How long the database may take to answer {@code SELECT 1} before the node counts as not ready. */
    static final long DATABASE_ANSWER_MS = 800;
    /** Above this share of the write buffer in use, new people are better sent elsewhere. */
    static final double BUFFER_LIMIT = 0.8;

    private final Pool pool;
    private final WriteBuffer buffer;
    private final Draining draining;
    private final Membership membership;
    /** The one database probe in flight, so a hung database never collects a queue of probes. */
    private Future<?> probe;
    private long probeStarted;

    private Readiness(Pool pool, WriteBuffer buffer, Draining draining, Membership membership) {
        this.pool = pool;
        this.buffer = buffer;
        this.draining = draining;
        this.membership = membership;
    }

    /** The checks; {@code cluster} too when the node is one of several. */
    static HealthChecks checks(Vertx vertx, Pool pool, WriteBuffer buffer, Draining draining, Membership membership) {
        Readiness readiness = new Readiness(pool, buffer, draining, membership);
        HealthChecks checks = HealthChecks.create(vertx)
                .register("draining", readiness::draining)
                .register("write-buffer", readiness::writeBuffer)
                .register("database", 2 * DATABASE_ANSWER_MS, readiness::database);
        return membership.size() > 1 ? checks.register("cluster", readiness::cluster) : checks;
    }

    /** A node that sees no majority of its cluster serves no session: sending it people would only bounce them. */
    private void cluster(Promise<Status> result) {
        int seen = membership.live().size();
        result.complete(membership.serving() ? Status.OK(new JsonObject().put("members", seen))
                : down("this node sees " + seen + " of " + membership.size() + " members, fewer than a majority"));
    }

    private void draining(Promise<Status> result) {
        result.complete(draining.isOn() ? down("the node is shutting down") : Status.OK());
    }

    private void writeBuffer(Promise<Status> result) {
        int waiting = buffer.waiting();
        int capacity = buffer.capacity();
        result.complete(waiting > BUFFER_LIMIT * capacity
                ? down(String.format("the write buffer is %d%% full (%d of %d events wait for PostgreSQL)",
                        Math.round(100.0 * waiting / capacity), waiting, capacity))
                : Status.OK());
    }

    private void database(Promise<Status> result) {
        if (probe == null) {
            probeStarted = System.nanoTime();
            Future<?> started = pool.query("SELECT 1").execute();
            probe = started;
            started.onComplete(done -> probe = null);
        }
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - probeStarted);
        long left = Math.max(1, DATABASE_ANSWER_MS - waitedMs);
        probe.timeout(left, TimeUnit.MILLISECONDS).onComplete(answered -> {
            if (answered.succeeded()) {
                result.complete(Status.OK());
            } else if (probe != null) {
                long silentMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - probeStarted);
                result.complete(down("PostgreSQL has not answered for " + silentMs + " ms"));
            } else {
                result.complete(down("PostgreSQL refused the check: " + answered.cause().getMessage()));
            }
        });
    }

    private static Status down(String reason) {
        return Status.KO(new JsonObject().put("reason", reason));
    }
}
