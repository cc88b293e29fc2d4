package roundtable.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.http.WebSocketFrame;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import roundtable.wire.Json;

/**
 * A participant's WebSocket, driven from a test thread: send frames, then wait for the frame you
 * expect. Every frame received is kept, in order, so tests can compare what clients saw.
 */
public final class RoomClient implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final AtomicInteger OPS = new AtomicInteger();

    private final WebSocketClient client;
    private final WebSocket socket;
    private final List<JsonNode> frames = new ArrayList<>();
    /** When each frame arrived (System.nanoTime()), for latency figures. */
    private final Map<JsonNode, Long> arrivals = new IdentityHashMap<>();
    private Short closeCode;

    private RoomClient(WebSocketClient client, WebSocket socket) {
        this.client = client;
        this.socket = socket;
        socket.textMessageHandler(text -> received(parse(text)));
        socket.closeHandler(closed -> {
            synchronized (frames) {
                closeCode = socket.closeStatusCode() == null ? -1 : socket.closeStatusCode();
                frames.notifyAll();
            }
        });
    }

    /** Opens the socket without saying hello. */
    public static RoomClient open(Vertx vertx, int port, String sessionId) {
        WebSocketClient client = vertx.createWebSocketClient();
        WebSocket socket = await(client.connect(new WebSocketConnectOptions()
                .setHost("localhost").setPort(port).setURI("/ws/sessions/" + sessionId)).toCompletionStage()
                .toCompletableFuture());
        return new RoomClient(client, socket);
    }

    /** Opens, says hello and waits for welcome. */
    public static RoomClient join(Vertx vertx, int port, String sessionId, String token) {
        RoomClient room = open(vertx, port, sessionId);
        room.hello(token, 0);
        room.await(frame -> "welcome".equals(frame.path("type").asText()));
        return room;
    }

    public void hello(String token, long lastSeq) {
        sendRaw(Json.MAPPER.createObjectNode().put("type", "hello").put("token", token).put("lastSeq", lastSeq).toString());
    }

    /** A hello that asks to resume: the last seq applied and the epoch of the welcome it came with. */
    public void hello(String token, long lastSeq, String epoch) {
        sendRaw(Json.MAPPER.createObjectNode().put("type", "hello").put("token", token).put("lastSeq", lastSeq)
                .put("epoch", epoch).toString());
    }

    /** Sends a command with a fresh opId and returns its ack or error frame. */
    public JsonNode command(String name, ObjectNode args) {
        return command(name, args, "op-" + OPS.incrementAndGet());
    }

    public JsonNode command(String name, ObjectNode args, String opId) {
        sendRaw(commandFrame(name, args, opId));
        return await(frame -> opId.equals(frame.path("opId").asText(null))
                && ("ack".equals(frame.path("type").asText()) || "error".equals(frame.path("type").asText())));
    }

    public static String commandFrame(String name, ObjectNode args, String opId) {
        ObjectNode frame = Json.MAPPER.createObjectNode().put("type", "command").put("opId", opId).put("command", name);
        if (args != null) {
            frame.set("args", args);
        }
        return frame.toString();
    }

    public static ObjectNode args() {
        return Json.MAPPER.createObjectNode();
    }

    public void sendRaw(String text) {
        await(socket.writeTextMessage(text).toCompletionStage().toCompletableFuture());
    }

    /** Sends the text as one final frame, never split into fragments, whatever its size. */
    public void sendSingleFrame(String text) {
        await(socket.writeFrame(WebSocketFrame.textFrame(text, true)).toCompletionStage().toCompletableFuture());
    }

    public void sendBinary(byte[] bytes) {
        await(socket.writeBinaryMessage(Buffer.buffer(bytes)).toCompletionStage().toCompletableFuture());
    }

    /** How many frames arrived so far; pass it to {@link #awaitAfter} to wait for a later one. */
    public int mark() {
        synchronized (frames) {
            return frames.size();
        }
    }

    public JsonNode await(Predicate<JsonNode> expected) {
        return awaitAfter(0, expected);
    }

    public JsonNode awaitAfter(int mark, Predicate<JsonNode> expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (frames) {
            int checked = mark;
            while (true) {
                for (; checked < frames.size(); checked++) {
                    if (expected.test(frames.get(checked))) {
                        return frames.get(checked);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || closeCode != null) {
                    throw new AssertionError("the expected frame did not arrive" + (closeCode != null
                            ? " (socket closed with " + closeCode + ")" : "") + "; frames: " + frames);
                }
                waitOn(left);
            }
        }
    }

    /** Waits until the event with this seq arrived and returns it. */
    public JsonNode awaitEvent(long seq) {
        return await(frame -> "event".equals(frame.path("type").asText()) && frame.path("seq").asLong() == seq);
    }

    /** Waits until this client has caught up with {@code seq}, by an event or a welcome. */
    public void awaitSeq(long seq) {
        await(frame -> ("event".equals(frame.path("type").asText()) || "welcome".equals(frame.path("type").asText()))
                && frame.path("seq").asLong() >= seq);
    }

    /** Waits until the server said everything up to this seq is committed. */
    public void awaitDurable(long seq) {
        await(frame -> "durable".equals(frame.path("type").asText()) && frame.path("seq").asLong() >= seq);
    }

    /** The event frames received so far, in arrival order. */
    public List<JsonNode> events() {
        synchronized (frames) {
            return frames.stream().filter(frame -> "event".equals(frame.path("type").asText())).toList();
        }
    }

    public List<JsonNode> frames() {
        synchronized (frames) {
            return List.copyOf(frames);
        }
    }

    /** Waits for the server to close the socket and returns the close code. */
    public short awaitClose() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (frames) {
            while (closeCode == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the socket was not closed; frames: " + frames);
                }
                waitOn(left);
            }
            return closeCode;
        }
    }

    public boolean isClosed() {
        synchronized (frames) {
            return closeCode != null;
        }
    }

    @Override
    public void close() {
        socket.close();
        client.close();
    }

    private void received(JsonNode frame) {
        synchronized (frames) {
            arrivals.put(frame, System.nanoTime());
            frames.add(frame);
            frames.notifyAll();
        }
    }

    /** When {@code frame}, one of this client's, arrived, as System.nanoTime(). */
    public long arrivedAt(JsonNode frame) {
        synchronized (frames) {
            return arrivals.get(frame);
        }
    }

    private void waitOn(long nanos) {
        timedWait(frames, nanos);
    }

    /** Waits on {@code monitor} (held by the caller) for at most {@code nanos}; an interrupt fails the test. */
    static void timedWait(Object monitor, long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(monitor, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the server sent a frame that is not JSON: " + text, e);
        }
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
