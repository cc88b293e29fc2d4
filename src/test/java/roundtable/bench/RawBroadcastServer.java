package roundtable.bench;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The baseline: the least a Vert.x 5 server must do to broadcast in rooms, run as its own JVM
 * ({@code java -cp <test classpath> roundtable.bench.RawBroadcastServer <port>}) so its CPU and
 * memory can be read from /proc like Roundtable's.
 *
 * <p>It speaks just enough of Roundtable's WebSocket to be driven by the same load client, at the
 * same URL {@code /ws/sessions/{id}}: the first text frame of a socket counts as hello (not read)
 * and is answered {@code {"type":"welcome","seq":N}}; every later text frame is wrapped, unparsed,
 * as {@code {"type":"event","seq":N,"event":<frame>}} and written to every socket of the session,
 * the sender's included, then {@code {"type":"ack","seq":N}} to the sender. The only state is one
 * counter and one socket list per session, under one lock per session, so every socket sees the
 * seqs in order and the client can check them for gaps as it does Roundtable's. No JSON parsing,
 * no rules, no storage, no durable frames, no pings, no limits.
 *
 * <p>Its acks carry no opId (that would need parsing); the client matches them to its commands in
 * the order it sent them, which is the order this server answers one socket in.
 */
public final class RawBroadcastServer extends VerticleBase {

    private static final String PREFIX = "/ws/sessions/";

    /** Shared by the server's verticle instances: sockets of one session land on any event loop. */
    private static final Map<String, Session> SESSIONS = new ConcurrentHashMap<>();

    private final int port;

    private RawBroadcastServer(int port) {
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Vertx vertx = Vertx.vertx();
        // One instance per core, as Roundtable deploys its HTTP gateways.
        vertx.deployVerticle(() -> new RawBroadcastServer(port),
                        new DeploymentOptions().setInstances(Runtime.getRuntime().availableProcessors()))
                .toCompletionStage().toCompletableFuture().get();
        System.out.println("raw broadcast server listening on port " + port);
    }

    @Override
    public Future<?> start() {
        return vertx.createHttpServer(new HttpServerOptions().setPort(port).setHost("localhost"))
                .webSocketHandler(this::accept)
                // A readiness probe for the harness, the same address Roundtable answers.
                .requestHandler(request -> request.response().end("{\"status\":\"ok\"}"))
                .listen();
    }

    private void accept(ServerWebSocket socket) {
        String path = socket.path();
        if (!path.startsWith(PREFIX)) {
            socket.close();
            return;
        }
        Session session = SESSIONS.computeIfAbsent(path.substring(PREFIX.length()), id -> new Session());
        boolean[] joined = {false};
        socket.textMessageHandler(text -> {
            if (joined[0]) {
                session.broadcast(socket, text);
            } else {
                joined[0] = true;
                session.join(socket);
            }
        });
        socket.closeHandler(closed -> session.leave(socket));
    }

    /** One session's sockets and its event counter. */
    private static final class Session {
        private final List<ServerWebSocket> sockets = new ArrayList<>();
        private long seq;

        synchronized void join(ServerWebSocket socket) {
            sockets.add(socket);
            socket.writeTextMessage("{\"type\":\"welcome\",\"seq\":" + seq + "}");
        }

        synchronized void leave(ServerWebSocket socket) {
            sockets.remove(socket);
        }

        /** Under the lock, so the sockets' outbound queues get the seqs in order. */
        synchronized void broadcast(ServerWebSocket sender, String frame) {
            seq++;
            String event = "{\"type\":\"event\",\"seq\":" + seq + ",\"event\":" + frame + "}";
            for (ServerWebSocket socket : sockets) {
                socket.writeTextMessage(event);
            }
            sender.writeTextMessage("{\"type\":\"ack\",\"seq\":" + seq + "}");
        }
    }
}
