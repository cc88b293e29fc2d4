package roundtable.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import roundtable.wire.Json;

/**
 * A participant that streams {@code card.add} commands (unique texts, unique opIds) and keeps an
 * outbox the way the API asks a client to (4.8): every command stays in it until a {@code durable}
 * frame covers its ack's seq; after every {@code welcome} the whole outbox is sent again with the
 * same opIds. Reconnecting is up to the test ({@link #connect}), so the test decides when the
 * server is back. All state is guarded by this object's monitor.
 */
final class StreamingClient implements AutoCloseable {

    /** Commands sent on the current connection and not acknowledged yet, at most. */
    private static final int WINDOW = 8;

    private final Vertx vertx;
    private final String name;
    private final String sessionId;
    private final String token;
    private final String opPrefix = UUID.randomUUID().toString().substring(0, 8);
    private WebSocketClient client;
    private WebSocket socket;
    private long periodic = -1;

    /** opId → frame, in the order first sent: what the server has not yet promised to keep. */
    private final Map<String, String> outbox = new LinkedHashMap<>();
    /** opId → seq of its ack on the current connection (an ack from an earlier epoch proves nothing). */
    private final Map<String, Long> ackedHere = new HashMap<>();
    private final Set<String> unackedHere = new LinkedHashSet<>();
    private final Map<String, String> textOf = new HashMap<>();
    /** Texts of every command ever acknowledged, on any connection. */
    private final Set<String> ackedTexts = new LinkedHashSet<>();
    private final List<String> errors = new ArrayList<>();
    /** Texts of commands the server refused: never applied, so never expected in the state. */
    private final Set<String> refusedTexts = new LinkedHashSet<>();
    private final List<Short> closeCodes = new ArrayList<>();
    private boolean joined;
    private boolean streaming;
    private int sent;
    private int resent;
    private int resentAckedAsDuplicate;
    private int gaps;
    private String epoch;
    private long lastSeq;
    private long durableSeq;
    private long welcomeSeq;
    private JsonNode lastWelcome;
    private int connections;
    private int fullWelcomesAfterTheFirst;

    /** The facilitator and four participants of {@code session}, each connected and welcomed. */
    static List<StreamingClient> group(Vertx vertx, Api api, JsonNode session, int port) {
        String sessionId = session.path("sessionId").asText();
        List<StreamingClient> clients = new ArrayList<>();
        clients.add(new StreamingClient(vertx, "ada", sessionId, session.path("facilitator").path("token").asText()));
        for (String name : List.of("ben", "cleo", "dev", "eli")) {
            clients.add(new StreamingClient(vertx, name, sessionId, api.join(session, name).path("token").asText()));
        }
        for (StreamingClient client : clients) {
            client.connect(port);
        }
        return clients;
    }

    StreamingClient(Vertx vertx, String name, String sessionId, String token) {
        this.vertx = vertx;
        this.name = name;
        this.sessionId = sessionId;
        this.token = token;
    }

    /** Opens a socket and says hello with the last seq and epoch seen; waits for welcome. */
    void connect(int port) {
        synchronized (this) {
            if (client != null) {
                client.close();
            }
            // A full welcome carries every card; the default limits (64 KiB frames) are far too small.
            client = vertx.createWebSocketClient(new WebSocketClientOptions()
                    .setMaxFrameSize(64 * 1024 * 1024).setMaxMessageSize(64 * 1024 * 1024));
        }
        WebSocket opened = await(client.connect(new WebSocketConnectOptions()
                .setHost("localhost").setPort(port).setURI("/ws/sessions/" + sessionId)).toCompletionStage()
                .toCompletableFuture());
        synchronized (this) {
            socket = opened;
            joined = false;
            connections++;
            opened.textMessageHandler(text -> received(opened, text));
            opened.closeHandler(nothing -> closed(opened));
            ObjectNode hello = Json.MAPPER.createObjectNode().put("type", "hello").put("token", token).put("lastSeq", lastSeq);
            if (epoch != null) {
                hello.put("epoch", epoch);
            }
            opened.writeTextMessage(hello.toString());
            if (periodic < 0) {
                periodic = vertx.setPeriodic(10, id -> tick());
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        synchronized (this) {
            while (!joined) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || socket != opened) {
                    throw new AssertionError(name + " got no welcome; errors " + errors + ", close codes " + closeCodes);
                }
                waitNanos(left);
            }
        }
    }

    synchronized void startStreaming() {
        streaming = true;
    }

    synchronized void stopStreaming() {
        streaming = false;
    }

    /** Waits until every command sent is covered by {@code durable}; false after the timeout. */
    boolean awaitOutboxEmpty(long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (this) {
            while (!outbox.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                waitNanos(left);
            }
            return true;
        }
    }

    /** Waits until a durable frame on this connection covers {@code seq}; false after the timeout. */
    boolean awaitDurable(long seq, long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (this) {
            while (durableSeq < seq) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                waitNanos(left);
            }
            return true;
        }
    }

    /** Waits until the server closed the socket; returns its close code (-1 for none). */
    short awaitClosed(long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (this) {
            while (socket != null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(name + "'s socket was not closed");
                }
                waitNanos(left);
            }
            return closeCodes.get(closeCodes.size() - 1);
        }
    }

    private void tick() {
        synchronized (this) {
            if (!streaming || !joined || unackedHere.size() >= WINDOW) {
                return;
            }
            String opId = name + "-" + opPrefix + "-" + (sent + 1);
            String text = name + " card " + (sent + 1) + " " + opPrefix;
            ObjectNode args = Json.MAPPER.createObjectNode().put("kind", "note").put("text", text);
            String frame = RoomClient.commandFrame("card.add", args, opId);
            sent++;
            outbox.put(opId, frame);
            textOf.put(opId, text);
            unackedHere.add(opId);
            socket.writeTextMessage(frame);
        }
    }

    private void received(WebSocket from, String text) {
        JsonNode frame;
        try {
            frame = Json.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        synchronized (this) {
            if (from != socket) {
                return;
            }
            switch (frame.path("type").asText()) {
                case "welcome" -> welcome(frame);
                case "event" -> {
                    long seq = frame.path("seq").asLong();
                    if (seq != lastSeq + 1) {
                        gaps++;
                    }
                    lastSeq = Math.max(lastSeq, seq);
                }
                case "ack" -> {
                    String opId = frame.path("opId").asText();
                    long seq = frame.path("seq").asLong();
                    if (unackedHere.remove(opId)) {
                        ackedHere.put(opId, seq);
                        if (textOf.containsKey(opId)) {
                            ackedTexts.add(textOf.get(opId));
                        }
                        if (seq <= welcomeSeq && connections > 1) {
                            resentAckedAsDuplicate++;
                        }
                        dropDurable();
                    }
                }
                case "durable" -> {
                    durableSeq = Math.max(durableSeq, frame.path("seq").asLong());
                    dropDurable();
                }
                case "error" -> {
                    errors.add(frame.toString());
                    String opId = frame.path("opId").asText(null);
                    if (opId != null) {
                        unackedHere.remove(opId);
                        if (outbox.remove(opId) != null && textOf.containsKey(opId)) {
                            refusedTexts.add(textOf.get(opId));
                        }
                    }
                }
                default -> {
                }
            }
            notifyAll();
        }
    }

    /** A full or resumed welcome; then the whole outbox again, same opIds, in the order first sent. */
    private void welcome(JsonNode frame) {
        if (lastWelcome != null && !frame.path("resumed").asBoolean()) {
            fullWelcomesAfterTheFirst++;
        }
        lastWelcome = frame;
        epoch = frame.path("epoch").asText(null);
        welcomeSeq = frame.path("seq").asLong();
        lastSeq = welcomeSeq;
        durableSeq = 0;
        ackedHere.clear();
        unackedHere.clear();
        joined = true;
        for (Map.Entry<String, String> entry : outbox.entrySet()) {
            unackedHere.add(entry.getKey());
            socket.writeTextMessage(entry.getValue());
            resent++;
        }
    }

    private void dropDurable() {
        outbox.keySet().removeIf(opId -> {
            Long seq = ackedHere.get(opId);
            return seq != null && seq <= durableSeq;
        });
    }

    private void closed(WebSocket which) {
        synchronized (this) {
            closeCodes.add(which.closeStatusCode() == null ? -1 : which.closeStatusCode());
            if (which == socket) {
                socket = null;
                joined = false;
            }
            notifyAll();
        }
    }

    // Figures, read by the test.
    synchronized int sent() { return sent; }
    /** Welcomes with the whole state rather than a resume, on any connection but the first. */
    synchronized int fullWelcomesAfterTheFirst() { return fullWelcomesAfterTheFirst; }
    synchronized int resent() { return resent; }
    synchronized int resentAckedAsDuplicate() { return resentAckedAsDuplicate; }
    synchronized int outboxSize() { return outbox.size(); }
    synchronized int unackedOnConnection() { return unackedHere.size(); }
    synchronized int gaps() { return gaps; }
    synchronized long lastSeq() { return lastSeq; }
    synchronized List<String> errors() { return List.copyOf(errors); }
    synchronized List<Short> closeCodes() { return List.copyOf(closeCodes); }
    synchronized Set<String> ackedTexts() { return new LinkedHashSet<>(ackedTexts); }
    synchronized JsonNode lastWelcome() { return lastWelcome; }
    synchronized boolean connected() { return socket != null; }

    /** Every text this client sent a command for, except those the server refused. */
    synchronized Set<String> sentTexts() {
        Set<String> texts = new LinkedHashSet<>(textOf.values());
        texts.removeAll(refusedTexts);
        return texts;
    }

    /** Acknowledged on some connection but not yet covered by durable there: at risk in a crash. */
    synchronized int ackedNotDurable() {
        return (int) outbox.keySet().stream().filter(ackedHere::containsKey).count();
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public synchronized void close() {
        streaming = false;
        if (periodic >= 0) {
            vertx.cancelTimer(periodic);
        }
        if (socket != null) {
            socket.close();
        }
        if (client != null) {
            client.close();
        }
    }

    private void waitNanos(long nanos) {
        RoomClient.timedWait(this, nanos);
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
