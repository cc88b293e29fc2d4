package roundtable.gateway;

import io.netty.buffer.Unpooled;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import roundtable.config.Config;
import roundtable.room.RoomLink;
import roundtable.room.RoomMessage;
import roundtable.room.Subscriber;
import roundtable.wire.ClientFrames;
import roundtable.wire.ClientMessage;
import roundtable.wire.Frame;
import roundtable.wire.ServerFrames;
import roundtable.wire.WireError;

/**
 * One participant's WebSocket: waits for hello, checks the token, joins the room, then turns
 * frames into commands. Holds no session state; everything it is sent comes from the room.
 *
 * <p>It also protects the room from its client. A client that stops reading: frames keep being
 * written until the socket's outbound queue holds {@code socketBufferBytes}; from then on, if as many
 * bytes again are written before the queue drains, the socket is closed with 1013 ("too slow") and
 * left: the room never waits and memory stays bounded. A peer that vanished without a close frame:
 * the socket is pinged every interval, and one that has not answered a ping when the next is due
 * (within two intervals) is closed as dead. Either way the room is told at once.
 *
 * <p>It has one owner thread, the socket's own event loop: the room, which runs elsewhere, hands it
 * frames and closes through {@link #send} and {@link #close}, which move them onto that loop through
 * the loop's {@link LoopOutbox}, so none of its state is ever touched from two threads.
 */
final class SessionSocket implements Subscriber {

    static final long HELLO_TIMEOUT_MS = 5_000;
    /** Commands a client may send while its hello is being checked; more means it did not wait. */
    static final int MAX_EARLY_COMMANDS = 64;
    private static final Logger LOG = LoggerFactory.getLogger(SessionSocket.class);

    private enum Stage { AWAITING_HELLO, AUTHENTICATING, JOINED, CLOSED }

    private final ServerWebSocket socket;
    private final String sessionId;
    /** What this socket shares with every other socket of its loop. */
    private final SessionSockets shared;
    private final String connectionId = UUID.randomUUID().toString();
    /** Bytes written since the outbound queue was last seen full; -1 while it is not full. */
    private long overflow = -1;
    /** Set once the socket is abandoned (too slow or dead): nothing more is written to it. */
    private boolean abandoned;
    private boolean awaitingPong;
    private long pingTimer = -1;
    private Stage stage = Stage.AWAITING_HELLO;
    /**
     * Commands that arrived after hello but before the room's first frame; created only then, so an
     * idle socket carries no list.
     */
    private List<Early> early;
    /** The way to the room, once the room has taken the connection (here, or on the session's owner node). */
    private RoomLink link;

    /** A command that came before the way to the room was known, with the client's own text of it. */
    private record Early(ClientMessage.CommandRequest request, String frame) {
    }
    /** Frames this client may send: beyond it they are refused with rate-limited, one by one. */
    private final RateLimit frames;
    /**
     * Told when a hello's token opens nothing: the address's guessing protection counts it and says
     * how many seconds such misses are refused as rate-limited (0: not refused).
     */
    private final LongSupplier badToken;
    /** Whether this socket's close was counted already: when the server closed it, at that moment. */
    private boolean closeCounted;

    private SessionSocket(ServerWebSocket socket, String sessionId, SessionSockets shared, LongSupplier badToken) {
        this.socket = socket;
        this.sessionId = sessionId;
        this.shared = shared;
        this.frames = new RateLimit(shared.limits().commandsPerSecond(), shared.limits().commandBurst(), System.nanoTime());
        this.badToken = badToken;
    }

    static void open(Vertx vertx, ServerWebSocket socket, String sessionId, SessionSockets shared, LongSupplier badToken) {
        SessionSocket connection = new SessionSocket(socket, sessionId, shared, badToken);
        Config.Reliability reliability = shared.reliability();
        shared.meters().opened();
        socket.setWriteQueueMaxSize(reliability.socketBufferBytes());
        socket.drainHandler(drained -> connection.overflow = -1);
        socket.pongHandler(pong -> connection.awaitingPong = false);
        connection.pingTimer = vertx.setPeriodic(reliability.pingInterval().toMillis(), id -> connection.ping());
        socket.textMessageHandler(connection::receive);
        socket.binaryMessageHandler(binary -> {
            if (connection.frames.tryTake(System.nanoTime())) {
                connection.refuse(WireError.badRequest(null, "Frames are JSON text; binary frames are not understood."));
            } else {
                connection.refuse(new WireError(null, "rate-limited", shared.rateLimitedMessage()));
            }
        });
        socket.closeHandler(closed -> {
            vertx.cancelTimer(connection.pingTimer);
            connection.closed();
            Short code = socket.closeStatusCode();
            connection.countClose(code == null ? null : (int) code, code == null ? "none" : "client");
        });
        socket.exceptionHandler(connection::failed);
        // The node is stopping: say so (1001, going away) rather than let the server's close send 1000,
        // so clients know to come back, which they do, and resume.
        socket.shutdownHandler(shutdown -> connection.closeNow((short) 1001, "the server is restarting"));
        vertx.setTimer(HELLO_TIMEOUT_MS, timer -> {
            if (connection.stage == Stage.AWAITING_HELLO) {
                connection.closeNow((short) 1008, "no hello within 5 seconds");
            }
        });
    }

    private void receive(String text) {
        ClientMessage message = ClientFrames.decode(text);
        if (!frames.tryTake(System.nanoTime())) {
            String opId = message instanceof ClientMessage.CommandRequest request ? request.opId()
                    : message instanceof ClientMessage.Invalid invalid ? invalid.error().opId() : null;
            refuse(new WireError(opId, "rate-limited", shared.rateLimitedMessage()));
        } else if (message instanceof ClientMessage.Invalid invalid) {
            refuse(invalid.error());
        } else if (message instanceof ClientMessage.Ping) {
            write(ServerFrames.PONG);
        } else if (message instanceof ClientMessage.Hello hello) {
            hello(hello);
        } else if (message instanceof ClientMessage.CommandRequest request) {
            command(request, text);
        }
    }

    /**
     * To the room once the way there is known. Before, commands wait: while the hello is checked, a few
     * (a client that did not wait for welcome); after the welcome, every one (a client sending its
     * outbox again at once; the frame rate limit bounds them) until the room's reply brings the way.
     */
    private void command(ClientMessage.CommandRequest request, String frame) {
        if (stage == Stage.JOINED && link != null) {
            link.submit(request.opId(), request.command(), frame);
        } else if (stage == Stage.JOINED
                || stage == Stage.AUTHENTICATING && (early == null || early.size() < MAX_EARLY_COMMANDS)) {
            if (early == null) {
                early = new ArrayList<>();
            }
            early.add(new Early(request, frame));
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
        shared.credentials().of(Tokens.hash(hello.token()))
                .compose(credential -> credential.filter(c -> c.sessionId().equals(sessionId)).isPresent()
                        ? shared.rooms().connect(sessionId, new RoomMessage.Connect(connectionId, credential.get().participantId(),
                        hello.lastSeq(), hello.epoch(), this))
                        : Future.failedFuture(ApiError.unauthorized("This token does not open this session.")))
                .onSuccess(connected -> {
                    link = connected;
                    if (stage == Stage.CLOSED) {
                        link.disconnect();
                        early = null;
                    } else {
                        joined();
                    }
                })
                .onFailure(failure -> {
                    Throwable error = ApiError.fromRoom(failure);
                    long limited = error instanceof ApiError api && "unauthorized".equals(api.code())
                            ? badToken.getAsLong() : 0;
                    if (limited > 0) {
                        refuse(new WireError(null, "rate-limited", AddressGuard.refusal(Secret.SESSION_TOKEN, limited)));
                    } else if (error instanceof ApiError api) {
                        refuse(new WireError(null, api.code(), api.getMessage()));
                    } else {
                        LOG.atError().addKeyValue("sessionId", sessionId).setCause(failure)
                                .log("Could not connect a socket to session {}", sessionId);
                        refuse(new WireError(null, "unavailable", "The session cannot be reached right now; try again in a moment."));
                    }
                    early = null;
                    closeNow((short) 1008, "hello refused");
                });
    }

    /**
     * Vert.x reports a message that outgrows the limit while its fragments are being joined as an
     * exception on the socket; the client is told and the socket closed, as for one large frame.
     */
    private void failed(Throwable failure) {
        if (failure instanceof IllegalStateException && String.valueOf(failure.getMessage()).contains("max message size")) {
            refuse(new WireError(null, "too-large", "Messages may be at most " + HttpGateway.MAX_MESSAGE_BYTES / 1024 + " KiB."));
            closeNow((short) 1009, "message too large");
        } else {
            LOG.atDebug().addKeyValue("sessionId", sessionId)
                    .log("Socket of session {} failed: {}", sessionId, failure.getMessage());
        }
    }

    /** Pings, unless the last ping is still unanswered: then the peer is gone. */
    private void ping() {
        if (socket.isClosed() || abandoned) {
            return;
        }
        if (awaitingPong) {
            LOG.atInfo().addKeyValue("sessionId", sessionId)
                    .log("A socket of session {} did not answer a ping in time; closing it", sessionId);
            abandon((short) 1001, "no answer to ping");
            return;
        }
        awaitingPong = true;
        socket.writePing(Buffer.buffer());
    }

    /**
     * Gives up on the socket: the room is told now (the close handshake may take the closing timeout
     * with a peer that neither reads nor answers), and nothing more is written but the close frame.
     */
    private void abandon(short code, String reason) {
        if (abandoned) {
            return;
        }
        abandoned = true;
        closed();
        if (!socket.isClosed()) {
            countClose((int) code, "server");
            socket.close(code, reason);
        }
    }

    private void refuse(WireError error) {
        shared.meters().refused(error.code());
        write(ServerFrames.error(error));
    }

    /**
     * Counted once: when the server closes, at once (a peer that neither reads nor answers may hold up
     * the close handshake for its whole timeout); otherwise when the socket closes, with the client's
     * code, or none when the connection just dropped.
     */
    private void countClose(Integer code, String by) {
        if (!closeCounted) {
            closeCounted = true;
            shared.meters().closed(code, by);
        }
    }

    private void closed() {
        Stage was = stage;
        stage = Stage.CLOSED;
        if (was == Stage.JOINED && link != null) {
            link.disconnect();
        }
    }

    /** Called from the room's thread: the frame moves to the socket's own loop. Never blocks, never waits. */
    @Override
    public void send(Frame frame) {
        shared.outbox().post(() -> fromRoom(frame));
    }

    /**
     * The room writes to a connection only once it holds it, so its first frame (the welcome) means
     * the socket is joined: commands sent in answer to the welcome go straight to the room, however
     * many, even before the room's reply to the hello arrives here.
     */
    private void fromRoom(Frame frame) {
        if (stage == Stage.AUTHENTICATING) {
            joined();
        }
        write(frame);
    }

    private void joined() {
        stage = Stage.JOINED;
        if (link == null) {
            return; // the commands wait for the room's reply, which brings the way to it
        }
        List<Early> waiting = early;
        early = null;
        if (waiting != null) {
            waiting.forEach(command -> command(command.request(), command.frame()));
        }
    }

    private void write(Frame frame) {
        if (abandoned || socket.isClosed()) {
            return;
        }
        try {
            if (socket.writeQueueFull()) {
                overflow = (overflow < 0 ? 0 : overflow) + frame.size();
                long behind = overflow;
                if (behind > shared.reliability().socketBufferBytes()) {
                    LOG.atInfo().addKeyValue("sessionId", sessionId)
                            .log("A socket of session {} does not read fast enough; closing it", sessionId);
                    abandon((short) 1013, "too slow");
                    return;
                }
            }
            // The frame's own bytes, wrapped, not copied: Vert.x's public API takes text frames only as
            // a String, which it would encode again for every socket. The wrapper is per socket (its
            // read position is), the bytes are shared.
            socket.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, Unpooled.wrappedBuffer(frame.utf8()), true));
        } catch (IllegalStateException closedMeanwhile) {
            // closed between the check and the write: nothing to send it to
        }
    }

    @Override
    public void close(short code, String reason) {
        shared.outbox().post(() -> closeNow(code, reason)); // behind the frames the room sent before
    }

    /** On the socket's own loop. */
    private void closeNow(short code, String reason) {
        if (!socket.isClosed()) {
            countClose((int) code, "server");
            socket.close(code, reason);
        }
    }
}
