package roundtable.room;

import io.vertx.core.Future;
import roundtable.domain.Actor;
import roundtable.domain.Command;
import roundtable.domain.Decider;
import roundtable.domain.Decision;
import roundtable.domain.SessionState;
import roundtable.store.SessionLog;

/**
 * A session comes into being the way every change of it happens: decided, then recorded on the one
 * path ({@link Recording}), then kept, here together with its credentials before anyone is told.
 */
public final class Founding {

    private Founding() {
    }

    /** Accepted once the session is stored; a rejection (a title too long, say) stores nothing. */
    public static Future<Decision> found(SessionLog log, Command.CreateSession create, SessionLog.NewSession session,
                                         long now) {
        Decision decision = Decider.decide(SessionState.initial(), Actor.server(), create, now);
        if (!(decision instanceof Decision.Accepted accepted)) {
            return Future.succeededFuture(decision);
        }
        Recording first = Recording.of(SessionState.initial(), 0, accepted.events(), null, null);
        return log.create(session, first.entries()).map(decision);
    }
}
