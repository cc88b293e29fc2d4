package roundtable.bench;

import io.vertx.core.Context;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VerticleBase;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The load client's Vert.x: one event loop per core, each with its own WebSocket client, and the
 * participants spread over them. The same client drives both servers.
 */
final class LoadClient implements AutoCloseable {

    /** Sockets being opened at once: opening 10,000 is gradual, so hellos queue in neither process. */
    private static final int OPENING_AT_ONCE = 200;

    private final Vertx vertx;
    private final List<Context> loops;
    private final List<WebSocketClient> clients = new ArrayList<>();
    private int joins;

    /** The participants that got their welcome, and why the others did not (message → count). */
    record Connected(List<Participant> participants, Map<String, Integer> failures) {
        int failed() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private LoadClient(Vertx vertx, List<Context> loops) {
        this.vertx = vertx;
        this.loops = loops;
        for (int i = 0; i < loops.size(); i++) {
            // The default allows 50 sockets per server (the rest would queue) and 64 KiB frames, far
            // less than a full welcome of the late joiner's board.
            clients.add(vertx.createWebSocketClient(new WebSocketClientOptions()
                    .setMaxConnections(1_000_000)
                    .setMaxFrameSize(64 * 1024 * 1024).setMaxMessageSize(64 * 1024 * 1024)));
        }
    }

    static LoadClient start() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(cores));
        List<Context> loops = Collections.synchronizedList(new ArrayList<>());
        vertx.deployVerticle(() -> new VerticleBase() {
            @Override
            public Future<?> start() {
                loops.add(context);
                return Future.succeededFuture();
            }
        }, new DeploymentOptions().setInstances(cores)).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        return new LoadClient(vertx, List.copyOf(loops));
    }

    /** One participant per seat, spread over the loops in turn; each says hello and gets its welcome. */
    Connected connect(List<Seat> seats, Recorder recorder, int port, int textLength) throws InterruptedException {
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < seats.size(); i++) {
            participants.add(new Participant(seats.get(i), loops.get(i % loops.size()), recorder, textLength));
        }
        return connect(participants, port);
    }

    /** One more participant, on the next loop in turn; fails if it gets no welcome. */
    Participant join(Seat seat, Recorder recorder, int port, int textLength) throws Exception {
        Participant participant = new Participant(seat, loops.get(joins++ % loops.size()), recorder, textLength);
        participant.connect(clientOf(participant), port).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        return participant;
    }

    Connected connect(List<Participant> participants, int port) throws InterruptedException {
        Semaphore opening = new Semaphore(OPENING_AT_ONCE);
        CountDownLatch done = new CountDownLatch(participants.size());
        List<Participant> ok = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> failures = Collections.synchronizedMap(new TreeMap<>());
        for (Participant participant : participants) {
            opening.acquire();
            participant.connect(clientOf(participant), port).onComplete(welcome -> {
                if (welcome.succeeded()) {
                    ok.add(participant);
                } else {
                    failures.merge(String.valueOf(welcome.cause().getMessage()), 1, Integer::sum);
                }
                opening.release();
                done.countDown();
            });
        }
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("sockets still opening after 5 minutes");
        }
        return new Connected(sortedLike(participants, ok), new TreeMap<>(failures));
    }

    /** The open-loop senders, one per event loop, each with the participants that live on it. */
    List<LoadLoop> senders(List<Participant> participants, Recorder recorder) {
        List<LoadLoop> senders = new ArrayList<>();
        for (Context loop : loops) {
            senders.add(new LoadLoop(loop, participants.stream().filter(p -> p.loop == loop).toList(), recorder));
        }
        return senders;
    }

    static void closeAll(List<Participant> participants) throws Exception {
        Future.join(participants.stream().map(Participant::close).toList())
                .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    private WebSocketClient clientOf(Participant participant) {
        return clients.get(loops.indexOf(participant.loop));
    }

    private static List<Participant> sortedLike(List<Participant> order, List<Participant> subset) {
        Set<Participant> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(subset);
        return order.stream().filter(keep::contains).toList();
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
