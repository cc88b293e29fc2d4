package roundtable.room;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.List;
import roundtable.domain.Participant;
import roundtable.store.SessionLog;
import roundtable.wire.Frame;
import roundtable.wire.ServerFrames;

/**
 * Resumes a client that missed more than the room's memory holds, without the room ever waiting:
 * the connection joins at once but its frames are held; the older missed events are read from the
 * log; back on the room's context the client is sent resumed, those events (as it may see them), the
 * newer ones memory held when it came, the durable seq of that moment, then what was held meanwhile.
 * If the log does not answer in time, or too much was held, the client gets the full state instead,
 * which is always correct.
 */
record CatchUp(Vertx vertx, Context context, SessionLog log, String sessionId, RecentFrames recent,
               Connections connections, Greeting greeting) {

    /** Missed events older than what memory holds are read back from the log up to this many. */
    static final int MAX_STORED_REPLAY = 20_000;
    /** How long a resume waits for the log before it gives up and sends the full state. */
    static final long STORED_REPLAY_TIMEOUT_MS = 3_000;

    /** What the room says to a client: the resumed frame, or the whole state when a resume cannot be done. */
    interface Greeting {
        Frame resumed(Participant participant, long lastSeq);

        void fullWelcome(Subscriber subscriber, String participantId);

        /** The participant as the room knows them now. */
        Participant viewer(String participantId);
    }

    /**
     * Whether the events after {@code lastSeq} that memory no longer holds are all committed (so the
     * log has them) and few enough to replay.
     */
    boolean storeCovers(long lastSeq, long durableSeq) {
        long olderThanMemory = recent.firstSeq() - 1;
        return lastSeq < olderThanMemory && olderThanMemory <= durableSeq
                && olderThanMemory - lastSeq <= MAX_STORED_REPLAY;
    }

    /** @param done told once the client has been greeted, one way or the other */
    void resume(RoomMessage.Connect connect, Participant participant, long durableSeq, Runnable done) {
        Attempt attempt = new Attempt(connect, participant, durableSeq, done);
        long timer = vertx.setTimer(STORED_REPLAY_TIMEOUT_MS, id -> attempt.finish(null));
        log.historyBetween(sessionId, attempt.lastSeq, attempt.olderThanMemory).onComplete(read -> context.runOnContext(back -> {
            vertx.cancelTimer(timer);
            attempt.finish(read.succeeded() ? read.result() : null);
        }));
    }

    /** One resume in progress; whichever comes first, the log's answer or the timeout, finishes it. */
    private final class Attempt {
        private final String connectionId;
        private final Connections.Connection connection;
        private final Participant participant;
        private final long lastSeq;
        private final long olderThanMemory;
        private final List<Frame> fromMemory;
        private final long durableAtConnect;
        private final Runnable done;
        private boolean finished;

        /** Takes what memory holds now, and joins the connection at once with its frames held. */
        Attempt(RoomMessage.Connect connect, Participant participant, long durableAtConnect, Runnable done) {
            this.connectionId = connect.connectionId();
            this.participant = participant;
            this.lastSeq = connect.lastSeq();
            this.olderThanMemory = recent.firstSeq() - 1;
            this.fromMemory = recent.after(olderThanMemory, participant.id());
            this.connection = connections.addCatchingUp(connectionId, participant.id(), connect.subscriber());
            this.durableAtConnect = durableAtConnect;
            this.done = done;
        }

        void finish(List<SessionLog.Recorded> stored) {
            if (finished) {
                return;
            }
            finished = true;
            if (connections.get(connectionId) != connection) {
                done.run(); // gone meanwhile; the socket knows
                return;
            }
            Participant viewer = greeting.viewer(participant.id());
            if (stored != null && contiguous(stored, lastSeq, olderThanMemory) && !connection.overflowed()) {
                Subscriber subscriber = connection.subscriber();
                subscriber.send(greeting.resumed(participant, lastSeq));
                for (SessionLog.Recorded event : stored) {
                    subscriber.send(Delivery.of(event.seq(), event.event(), event.json(), List.of(viewer)).frameFor(viewer.id()));
                }
                fromMemory.forEach(subscriber::send);
                subscriber.send(ServerFrames.durable(durableAtConnect));
                connection.goLive(true);
            } else {
                connection.goLive(false);
                greeting.fullWelcome(connection.subscriber(), viewer.id());
            }
            done.run();
        }
    }

    private static boolean contiguous(List<SessionLog.Recorded> stored, long after, long upTo) {
        if (stored.size() != upTo - after) {
            return false;
        }
        long expected = after + 1;
        for (SessionLog.Recorded event : stored) {
            if (event.seq() != expected++) {
                return false;
            }
        }
        return true;
    }
}
