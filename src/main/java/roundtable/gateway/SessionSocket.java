package roundtable.gateway;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import roundtable.room.RoomMessage;
import roundtable.room.Rooms;
import roundtable.room.Subscriber;
import roundtable.store.SessionRecords;
import roundtable.wire.ClientFrames;
import roundtable.wire.ClientMessage;
import roundtable.wire.ServerFrames;
import roundtable.wire.WireError;

/**
 * One participant's WebSocket: waits for hello, checks the token, joins the room, then turns
 * frames into commands. Holds no session state; everything it is sent comes from the room.
 */
final class SessionSocket implements Subscriber {

    static final long HELLO_TIMEOUT_MS = 5_000;
    /** Commands a client may send while its hello is being checked; more means it did not wait. */
    static final int MAX_EARLY_COMMANDS = 64;
    private static final Logger LOG = LoggerFactory.getLogger(SessionSocket.class);

    private enum Stage { AWAITING_HELLO, AUTHENTICATING, JOINED, CLOSED }

    private final ServerWebSocket socket;
    private final String sessionId;
    private final SessionRecords records;
    private final Rooms rooms;
    private final String connectionId = UUID.randomUUID().toString();
    private Stage stage = Stage.AWAITING_HELLO;
    /**
     * Commands that arrived after hello but before the room's reply: welcome goes out before that
     * reply comes back, so a client acting on welcome at once is not refused.
     */
    private final List<ClientMessage.CommandRequest> early = new ArrayList<>();

    private SessionSocket(ServerWebSocket socket, String sessionId, SessionRecords records, Rooms rooms) {
        this.socket = socket;
        this.sessionId = sessionId;
        this.records = records;
        this.rooms = rooms;
    }

    static void open(Vertx vertx, ServerWebSocket socket, String sessionId, SessionRecords records, Rooms rooms) {
        SessionSocket connection = new SessionSocket(socket, sessionId, records, rooms);
        socket.textMessageHandler(connection::receive);
        socket.binaryMessageHandler(binary -> connection.refuse(WireError.badRequest(null,
                "Frames are JSON text; binary frames are not understood.")));
        socket.closeHandler(closed -> connection.closed());
        socket.exceptionHandler(connection::failed);
        vertx.setTimer(HELLO_TIMEOUT_MS, timer -> {
            if (connection.stage == Stage.AWAITING_HELLO) {
                connection.close((short) 1008, "no hello within 5 seconds");
            }
        });
    }

    private void receive(String text) {
        ClientMessage message = ClientFrames.decode(text);
        if (message instanceof ClientMessage.Invalid invalid) {
            refuse(invalid.error());
        } else if (message instanceof ClientMessage.Hello hello) {
            hello(hello);
        } else if (message instanceof ClientMessage.CommandRequest request) {
            command(request);
        }
    }

    private void command(ClientMessage.CommandRequest request) {
        if (stage == Stage.JOINED) {
            rooms.submit(sessionId, connectionId, request.opId(), request.command());
        } else if (stage == Stage.AUTHENTICATING && early.size() < MAX_EARLY_COMMANDS) {
            early.add(request);
        } else {
            refuse(new WireError(request.opId(), "unauthorized", "Send hello with your token and wait for welcome before sending commands."));
        }
    }

    private void hello(ClientMessage.Hello hello) {
        if (stage != Stage.AWAITING_HELLO) {
            refuse(WireError.badRequest(null, "hello was sent already on this connection."));
            return;
        }
        stage = Stage.AUTHENTICATING;
        records.credential(Tokens.hash(hello.token()))
                .compose(credential -> credential.filter(c -> c.sessionId().equals(sessionId)).isPresent()
                        ? rooms.connect(sessionId, new RoomMessage.Connect(connectionId, credential.get().participantId(),
                        hello.lastSeq(), hello.epoch(), this))
                        : Future.failedFuture(ApiError.unauthorized("This token does not open this session.")))
                .onSuccess(connected -> {
                    if (stage == Stage.CLOSED) {
                        rooms.disconnect(sessionId, connectionId);
                    } else {
                        stage = Stage.JOINED;
                        early.forEach(this::command);
                    }
                    early.clear();
                })
                .onFailure(failure -> {
                    Throwable error = ApiError.fromRoom(failure);
                    if (error instanceof ApiError api) {
                        refuse(new WireError(null, api.code(), api.getMessage()));
                    } else {
                        LOG.error("Could not connect a socket to session {}", sessionId, failure);
                        refuse(new WireError(null, "unavailable", "The session cannot be reached right now; try again in a moment."));
                    }
                    early.clear();
                    close((short) 1008, "hello refused");
                });
    }

    /**
     * Vert.x reports a message that outgrows the limit while its fragments are being joined as an
     * exception on the socket; the client is told and the socket closed, as for one large frame.
     */
    private void failed(Throwable failure) {
        if (failure instanceof IllegalStateException && String.valueOf(failure.getMessage()).contains("max message size")) {
            refuse(new WireError(null, "too-large", "Messages may be at most " + HttpGateway.MAX_MESSAGE_BYTES / 1024 + " KiB."));
            close((short) 1009, "message too large");
        } else {
            LOG.debug("Socket of session {} failed: {}", sessionId, failure.getMessage());
        }
    }

    private void refuse(WireError error) {
        send(ServerFrames.error(error));
    }

    private void closed() {
        Stage was = stage;
        stage = Stage.CLOSED;
        if (was == Stage.JOINED) {
            rooms.disconnect(sessionId, connectionId);
        }
    }

    @Override
    public void send(String frame) {
        if (!socket.isClosed()) {
            socket.writeTextMessage(frame);
        }
    }

    @Override
    public void close(short code, String reason) {
        if (!socket.isClosed()) {
            socket.close(code, reason);
        }
    }
}
