package roundtable.store;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes sessions that ended more than the retention period ago, once at start and then every
 * interval. Runs on its own context; all its SQL goes through the reactive pool, so no event loop
 * ever waits. Rooms still open for such a session (someone reading it) are closed first.
 */
public final class RetentionJob extends VerticleBase {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
    /** Sessions deleted per statement: a long-overdue first run goes in bounded steps. */
    static final int BATCH = 200;

    private final SessionRecords records;
    private final int days;
    private final long intervalMillis;
    private final Function<String, Future<Void>> closeRoom;
    private long timer = -1;
    private Future<Integer> running = Future.succeededFuture(0);

    public RetentionJob(SessionRecords records, int days, long intervalMillis, Function<String, Future<Void>> closeRoom) {
        this.records = records;
        this.days = days;
        this.intervalMillis = intervalMillis;
        this.closeRoom = closeRoom;
    }

    @Override
    public Future<?> start() {
        timer = vertx.setPeriodic(1, intervalMillis, id -> purgeOnce());
        return Future.succeededFuture();
    }

    @Override
    public Future<?> stop() {
        vertx.cancelTimer(timer);
        return running.otherwiseEmpty();
    }

    /**
     * One purge, on this verticle's context, after any that is still running; completes with how many
     * sessions it deleted. Also what the periodic timer calls, and a hook for tests.
     */
    public Future<Integer> purgeNow() {
        Promise<Integer> done = Promise.promise();
        context.runOnContext(v -> purgeOnce().onComplete(done));
        return done.future();
    }

    private Future<Integer> purgeOnce() {
        running = running.otherwise(0).compose(previous -> purge(0))
                .onSuccess(deleted -> {
                    if (deleted > 0) {
                        LOG.info("Retention: deleted {} sessions that ended more than {} days ago", deleted, days);
                    }
                })
                .onFailure(failure -> LOG.warn("Retention: could not purge ended sessions: {}", failure.getMessage()));
        return running;
    }

    private Future<Integer> purge(int deletedSoFar) {
        return records.endedBefore(days, BATCH).compose(ids -> ids.isEmpty()
                ? Future.succeededFuture(deletedSoFar)
                : closeRooms(ids)
                        .compose(closed -> records.deleteEndedBefore(ids, days))
                        // A room reopened meanwhile (someone read the session) holds no rows; close it again.
                        .compose(deleted -> closeRooms(ids).map(closed -> deleted))
                        .compose(deleted -> ids.size() < BATCH || deleted == 0 ? Future.succeededFuture(deletedSoFar + deleted)
                                : purge(deletedSoFar + deleted)));
    }

    private Future<Void> closeRooms(List<String> ids) {
        return Future.join(ids.stream().map(id -> closeRoom.apply(id).otherwiseEmpty()).toList()).mapEmpty();
    }
}
