package roundtable.room;

import io.vertx.core.Future;
import roundtable.domain.Role;

/**
 * Where each session's room runs. One node alone: always here. In a cluster: on the node that owns
 * the session, or that should open it; reached through the cluster's messages.
 */
public interface Placement {

    /** Null when the session's room is (or is to be opened) here; otherwise the node it is on. */
    Future<String> ownerOf(String sessionId);

    /** What was believed of the session's owner proved wrong: ask again next time. */
    void forget(String sessionId);

    /** Joins a connection to the session's room on {@code node}. */
    Future<RoomLink> connect(String node, String sessionId, RoomMessage.Connect connect);

    /** Admits a participant in the session's room on {@code node}; the join's seq once durable. */
    Future<Long> admit(String node, String sessionId, String participantId, String name, Role role);

    /** The session's room must close wherever it runs (the session was deleted). */
    void closeElsewhere(String sessionId);

    /** A node on its own: every room is here. */
    Placement HERE = new Placement() {
        @Override
        public Future<String> ownerOf(String sessionId) {
            return Future.succeededFuture(null);
        }

        @Override
        public void forget(String sessionId) {
        }

        @Override
        public Future<RoomLink> connect(String node, String sessionId, RoomMessage.Connect connect) {
            return Future.failedFuture(new IllegalStateException("no other nodes"));
        }

        @Override
        public Future<Long> admit(String node, String sessionId, String participantId, String name, Role role) {
            return Future.failedFuture(new IllegalStateException("no other nodes"));
        }

        @Override
        public void closeElsewhere(String sessionId) {
        }
    };
}
