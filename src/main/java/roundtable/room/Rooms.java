package roundtable.room;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import java.util.function.Function;
import roundtable.domain.Command;
import roundtable.domain.Role;
import roundtable.wire.LocalCodec;

/**
 * How the gateway reaches rooms: by session id, opening a room the first time it is needed, on this
 * node or, in a cluster, on the node that owns the session ({@link Placement}). Holds no state of its
 * own, so every gateway instance can have one.
 */
public final class Rooms {

    private final EventBus bus;
    private final Placement placement;

    public Rooms(Vertx vertx, Placement placement) {
        this.bus = vertx.eventBus();
        this.placement = placement;
    }

    /**
     * Completes once welcome has been sent to the subscriber, with the connection's way to the room;
     * fails with 404 for an unknown session. A session whose owner turns out to be another node than
     * believed is tried once more, there.
     */
    public Future<RoomLink> connect(String sessionId, RoomMessage.Connect connect) {
        return placement.ownerOf(sessionId)
                .compose(owner -> connect(owner, sessionId, connect))
                .recover(failure -> onceMore(sessionId, failure, owner -> connect(owner, sessionId, connect)));
    }

    private Future<RoomLink> connect(String owner, String sessionId, RoomMessage.Connect connect) {
        return owner == null ? connectHere(sessionId, connect) : placement.connect(owner, sessionId, connect);
    }

    /** Joins the connection to the session's room on this node, opening (and claiming) it if need be. */
    public Future<RoomLink> connectHere(String sessionId, RoomMessage.Connect connect) {
        return request(sessionId, connect).map(joined -> new HereLink(sessionId, connect.connectionId()));
    }

    /** Completes with the join's seq once it is durable; fails with 400 when the domain refuses it. */
    public Future<Long> admit(String sessionId, String participantId, String name, Role role) {
        return placement.ownerOf(sessionId)
                .compose(owner -> admit(owner, sessionId, participantId, name, role))
                .recover(failure -> onceMore(sessionId, failure, owner -> admit(owner, sessionId, participantId, name, role)));
    }

    private Future<Long> admit(String owner, String sessionId, String participantId, String name, Role role) {
        return owner == null ? admitHere(sessionId, participantId, name, role)
                : placement.admit(owner, sessionId, participantId, name, role);
    }

    public Future<Long> admitHere(String sessionId, String participantId, String name, Role role) {
        return this.<Long>request(sessionId, new RoomMessage.Admit(participantId, name, role));
    }

    /** Closes the session's room wherever it is open: its sockets are told and cut. */
    public Future<Void> close(String sessionId) {
        placement.closeElsewhere(sessionId);
        return closeHere(sessionId);
    }

    /** Closes the session's room on this node, if it is open. */
    public Future<Void> closeHere(String sessionId) {
        return bus.request(RoomDirectory.CLOSE, sessionId, LocalCodec.HERE).mapEmpty();
    }

    /** A command for the session's room on this node; answered on the connection with ack or error. */
    public void submitHere(String sessionId, String connectionId, String opId, Command command) {
        bus.send(Room.address(sessionId), new RoomMessage.Submit(connectionId, opId, command), LocalCodec.DELIVERY);
    }

    public void disconnectHere(String sessionId, String connectionId) {
        bus.send(Room.address(sessionId), new RoomMessage.Disconnect(connectionId), LocalCodec.DELIVERY);
    }

    /**
     * When the room could not open where the session was believed to belong, because another live node
     * owns it (the refusal names it): forget the belief and try that node, once.
     */
    private <T> Future<T> onceMore(String sessionId, Throwable failure, Function<String, Future<T>> there) {
        if (failure instanceof ReplyException reply && reply.failureCode() == RoomFailure.ELSEWHERE) {
            placement.forget(sessionId);
            return there.apply(reply.getMessage());
        }
        return Future.failedFuture(failure);
    }

    private <T> Future<T> request(String sessionId, RoomMessage message) {
        return this.<T>ask(sessionId, message).recover(failure -> isNoRoom(failure)
                ? bus.request(RoomDirectory.OPEN, sessionId, LocalCodec.HERE).compose(opened -> ask(sessionId, message))
                : Future.failedFuture(failure));
    }

    private <T> Future<T> ask(String sessionId, RoomMessage message) {
        return bus.<T>request(Room.address(sessionId), message, LocalCodec.DELIVERY).map(Message::body);
    }

    private static boolean isNoRoom(Throwable failure) {
        return failure instanceof ReplyException reply && reply.failureType() == ReplyFailure.NO_HANDLERS;
    }

    /** A connection to a room on this node. */
    private final class HereLink implements RoomLink {
        private final String sessionId;
        private final String connectionId;

        HereLink(String sessionId, String connectionId) {
            this.sessionId = sessionId;
            this.connectionId = connectionId;
        }

        @Override
        public void submit(String opId, Command command, String frame) {
            submitHere(sessionId, connectionId, opId, command);
        }

        @Override
        public void disconnect() {
            disconnectHere(sessionId, connectionId);
        }
    }
}
