package roundtable.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * One WebSocket of the load client. Everything it does runs on one event loop of the client (its
 * {@link #loop}), so it keeps its state in plain fields. It sends benchmark cards when its loop
 * says so and measures what comes back: its own commands' acks and durables, and every event of
 * its session, checked for gaps in seq and timed by the send stamp in the card text.
 */
final class Participant {

    /** A command sent and not answered yet; {@code reply} is for set-up commands whose caller waits. */
    private record Pending(long op, long sentNanos, int step, Promise<String> reply) {
    }

    /** A command acknowledged and not yet covered by a durable frame. */
    private record Acked(long seq, long ackNanos, int step) {
    }

    private static final long WELCOME_TIMEOUT_MS = 30_000;

    final Seat seat;
    final Context loop;
    private final Recorder recorder;
    private final int textLength;
    private final ArrayDeque<Pending> unacked = new ArrayDeque<>();
    private final ArrayDeque<Acked> notDurable = new ArrayDeque<>();
    private final Promise<String> welcome = Promise.promise();
    private WebSocket socket;
    private long lastSeq = -1;
    private long ops;
    private long openedNanos;
    private long welcomedNanos;
    private boolean closing;

    Participant(Seat seat, Context loop, Recorder recorder, int textLength) {
        this.seat = seat;
        this.loop = loop;
        this.recorder = recorder;
        this.textLength = textLength;
    }

    /** Opens the socket and says hello; completes with the welcome frame's text. */
    Future<String> connect(WebSocketClient client, int port) {
        loop.runOnContext(start -> {
            openedNanos = System.nanoTime();
            loop.owner().setTimer(WELCOME_TIMEOUT_MS, late -> welcome.tryFail("no welcome within " + WELCOME_TIMEOUT_MS + " ms"));
            client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
                            .setURI("/ws/sessions/" + seat.sessionId()).setTimeout(30_000))
                    .onSuccess(this::opened)
                    .onFailure(welcome::tryFail);
        });
        return welcome.future();
    }

    private void opened(WebSocket opened) {
        socket = opened;
        opened.textMessageHandler(this::received);
        opened.closeHandler(closed -> {
            if (!closing) {
                recorder.closed(opened.closeStatusCode());
            }
            welcome.tryFail("closed with " + opened.closeStatusCode() + " " + opened.closeReason());
        });
        opened.writeTextMessage("{\"type\":\"hello\",\"token\":\"" + seat.token() + "\"}");
    }

    /** One benchmark card, stamped now; runs on {@link #loop}. */
    void sendCard(int step, long dueNanos) {
        long now = System.nanoTime();
        String text = CardText.of(step, now, textLength);
        StepStats stats = recorder.step(step);
        if (stats != null) {
            stats.sent.increment();
            StepStats.record(stats.sendLag, now - dueNanos);
        }
        send(step, now, "card.add", "{\"kind\":\"note\",\"text\":\"" + text + "\"}", null);
    }

    /** A set-up command; completes with its ack or error frame. */
    Future<String> command(String name, String argsJson) {
        Promise<String> reply = Promise.promise();
        loop.runOnContext(now -> send(-1, System.nanoTime(), name, argsJson, reply));
        return reply.future();
    }

    private void send(int step, long now, String name, String argsJson, Promise<String> reply) {
        long op = ++ops;
        unacked.addLast(new Pending(op, now, step, reply));
        socket.writeTextMessage("{\"type\":\"command\",\"opId\":\"b" + op + "\",\"command\":\"" + name + "\",\"args\":"
                + argsJson + "}");
    }

    private void received(String frame) {
        long now = System.nanoTime();
        switch (FrameScan.type(frame)) {
            case EVENT -> event(frame, now);
            case ACK -> ack(frame, now);
            case DURABLE -> durable(FrameScan.seq(frame), now);
            case ERROR -> error(frame);
            case WELCOME -> {
                lastSeq = FrameScan.seq(frame);
                welcomedNanos = now;
                welcome.tryComplete(frame);
            }
            case OTHER -> {
            }
        }
    }

    private void event(String frame, long now) {
        long seq = FrameScan.seq(frame);
        int marker = CardText.find(frame);
        int step = marker < 0 ? recorder.currentStep() : CardText.step(frame, marker);
        if (lastSeq >= 0 && seq != lastSeq + 1) {
            recorder.gap(step);
        }
        lastSeq = Math.max(lastSeq, seq);
        if (marker < 0) {
            return;
        }
        recorder.arrivals.increment();
        StepStats stats = recorder.step(step);
        if (stats != null) {
            stats.delivered.increment();
            StepStats.record(stats.delivery, now - CardText.sentNanos(frame, marker));
        }
    }

    private void ack(String frame, long now) {
        Pending pending = answered(FrameScan.string(frame, "opId"));
        if (pending == null) {
            return;
        }
        if (pending.reply() != null) {
            pending.reply().tryComplete(frame);
        }
        StepStats stats = recorder.step(pending.step());
        if (stats == null) {
            return;
        }
        stats.acked.increment();
        StepStats.record(stats.ack, now - pending.sentNanos());
        if (recorder.durableExpected) {
            stats.awaitingDurable.increment();
            notDurable.addLast(new Acked(FrameScan.seq(frame), now, pending.step()));
        }
    }

    private void durable(long seq, long now) {
        while (!notDurable.isEmpty() && notDurable.peekFirst().seq() <= seq) {
            Acked acked = notDurable.pollFirst();
            StepStats stats = recorder.step(acked.step());
            stats.awaitingDurable.decrement();
            StepStats.record(stats.ackToDurable, now - acked.ackNanos());
        }
    }

    private void error(String frame) {
        String code = FrameScan.string(frame, "code");
        String opId = FrameScan.string(frame, "opId");
        Pending pending = opId == null ? null : answered(opId);
        if (pending != null && pending.reply() != null) {
            pending.reply().tryComplete(frame);
        }
        StepStats stats = pending == null ? null : recorder.step(pending.step());
        if (stats != null) {
            stats.refused(code);
        } else {
            recorder.errorOutsideSteps(code);
        }
    }

    /**
     * The pending command an answer is for: by opId when the answer has one (Roundtable), else the
     * oldest (the raw server answers each socket in the order it sent).
     */
    private Pending answered(String opId) {
        if (opId == null) {
            return unacked.pollFirst();
        }
        long op = FrameScan.parseLong(opId, 1, opId.length());
        for (Iterator<Pending> it = unacked.iterator(); it.hasNext(); ) {
            Pending pending = it.next();
            if (pending.op() == op) {
                it.remove();
                return pending;
            }
        }
        return null;
    }

    /** The welcome frame; only once {@link #connect} has completed. */
    String welcomeFrame() {
        return welcome.future().result();
    }

    /** Socket opened → welcome received, for the late-joiner measurement. */
    long openToWelcomeNanos() {
        return welcomedNanos - openedNanos;
    }

    Future<Void> close() {
        Promise<Void> done = Promise.promise();
        loop.runOnContext(now -> {
            closing = true;
            if (socket == null) {
                done.complete();
            } else {
                socket.close().onComplete(closed -> done.complete());
            }
        });
        return done.future();
    }
}
