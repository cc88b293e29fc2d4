package roundtable.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import roundtable.domain.Command;
import roundtable.domain.Role;
import roundtable.wire.LocalCodec;

/**
 * How the gateway reaches rooms: by session id, over the event bus, opening a room the first
 * time it is needed. Holds no state of its own, so every gateway instance can have one.
 */
public final class Rooms {

    private final EventBus bus;

    public Rooms(Vertx vertx) {
        this.bus = vertx.eventBus();
    }

    /** Completes once welcome has been sent to the subscriber; fails with 404 for an unknown session. */
    public Future<Void> connect(String sessionId, RoomMessage.Connect connect) {
        return request(sessionId, connect).mapEmpty();
    }

    /** Completes with the join's seq once it is durable; fails with 400 when the domain refuses it. */
    public Future<Long> admit(String sessionId, String participantId, String name, Role role) {
        return this.<Long>request(sessionId, new RoomMessage.Admit(participantId, name, role));
    }

    /** Closes the session's room on this node, if it is open: its sockets are told and cut. */
    public Future<Void> close(String sessionId) {
        return bus.request(RoomDirectory.CLOSE, sessionId).mapEmpty();
    }

    public void submit(String sessionId, String connectionId, String opId, Command command) {
        bus.send(Room.address(sessionId), new RoomMessage.Submit(connectionId, opId, command), LocalCodec.DELIVERY);
    }

    public void disconnect(String sessionId, String connectionId) {
        bus.send(Room.address(sessionId), new RoomMessage.Disconnect(connectionId), LocalCodec.DELIVERY);
    }

    private <T> Future<T> request(String sessionId, RoomMessage message) {
        return this.<T>ask(sessionId, message).recover(failure -> isNoRoom(failure)
                ? bus.request(RoomDirectory.OPEN, sessionId).compose(opened -> ask(sessionId, message))
                : Future.failedFuture(failure));
    }

    private <T> Future<T> ask(String sessionId, RoomMessage message) {
        return bus.<T>request(Room.address(sessionId), message, LocalCodec.DELIVERY).map(Message::body);
    }

    private static boolean isNoRoom(Throwable failure) {
        return failure instanceof ReplyException reply && reply.failureType() == ReplyFailure.NO_HANDLERS;
    }
}
