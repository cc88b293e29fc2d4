package roundtable.room;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import roundtable.config.Config;
import roundtable.domain.HouseRules;
import roundtable.metrics.RoomMeters;
import roundtable.store.SessionLog;
import roundtable.wire.LocalCodec;

/**
 * Opens rooms on demand, one per session and node. Itself an actor, so two first connections
 * to the same session cannot start two rooms. Each room is its own verticle, which spreads the
 * rooms over the event loops.
 */
public final class RoomDirectory extends VerticleBase {

    public static final String OPEN = "rooms.open";
    static final String CLOSE = "rooms.close";
    /** Every room here closes (this node stopped serving: it sees no majority of its cluster). */
    public static final String CLOSE_ALL = "rooms.close-all";
    /** How often the open rooms' owner epochs are read back, so a room that lost its session while idle learns it. */
    static final long OWNER_CHECK_MS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(RoomDirectory.class);

    private final SessionLog log;
    private final Config.Reliability reliability;
    private final HouseRules rules;
    private final String publicUrl;
    private final RoomMeters meters;
    private final Membership membership;
    private final Map<String, Future<String>> rooms = new HashMap<>();

    public RoomDirectory(SessionLog log, Config config, RoomMeters meters, Membership membership) {
        this.log = log;
        this.meters = meters;
        this.membership = membership;
        this.reliability = config.reliability();
        this.rules = new HouseRules(config.facilitatorTakeover().toMillis());
        this.publicUrl = config.edge().publicUrl().orElse(null);
    }

    /**
     * Also reopens the rooms of live sessions, so their timers keep running after a restart. (In a
     * cluster, each node opens those it is the heir of, as it starts serving and as others leave.)
     */
    @Override
    public Future<?> start() {
        vertx.eventBus().<String>localConsumer(CLOSE, this::close);
        vertx.eventBus().<String>localConsumer(CLOSE_ALL, message -> closeAll());
        vertx.setPeriodic(OWNER_CHECK_MS, id -> checkOwners());
        return vertx.eventBus().<String>localConsumer(OPEN, this::open).completion()
                .compose(listening -> membership.alone() ? log.liveSessionIds() : Future.succeededFuture(List.<String>of()))
                .compose(live -> Future.join(live.stream().map(this::room).toList())
                        .onComplete(opened -> LOG.info("Reopened {} of {} live sessions", rooms.size(), live.size()))
                        .otherwiseEmpty());
    }

    /**
     * A room that writes nothing is never fenced; one that lost its session while idle (another node
     * claimed it) learns it here, within a few seconds, and closes.
     */
    private void checkOwners() {
        if (rooms.isEmpty()) {
            return;
        }
        log.ownerEpochs(List.copyOf(rooms.keySet())).onSuccess(epochs -> epochs.forEach((sessionId, epoch) ->
                vertx.eventBus().send(Room.address(sessionId), new RoomMessage.Owner(epoch), LocalCodec.DELIVERY)));
    }

    private void closeAll() {
        List.copyOf(rooms.keySet()).forEach(sessionId -> {
            Future<String> room = rooms.remove(sessionId);
            room.compose(vertx::undeploy);
        });
    }

    /** Stops every room before the node goes on to drain the event log. */
    @Override
    public Future<?> stop() {
        return Future.join(rooms.values().stream()
                        .map(deployment -> deployment.compose(vertx::undeploy).otherwiseEmpty())
                        .toList())
                .otherwiseEmpty();
    }

    private Future<String> room(String sessionId) {
        return rooms.computeIfAbsent(sessionId, id -> vertx.deployVerticle(new Room(id, log, reliability, rules, publicUrl, meters, membership))
                .onFailure(failure -> rooms.remove(id)));
    }

    private void close(Message<String> message) {
        Future<String> room = rooms.remove(message.body());
        if (room == null) {
            message.reply(null);
            return;
        }
        room.compose(vertx::undeploy).onComplete(closed -> message.reply(null));
    }

    private void open(Message<String> message) {
        String sessionId = message.body();
        if (!membership.serving()) {
            message.fail(RoomFailure.NOT_SERVING, "this node does not serve sessions now");
            return;
        }
        room(sessionId)
                .onSuccess(deploymentId -> message.reply(null))
                .onFailure(failure -> {
                    if (failure instanceof NoSuchSession) {
                        message.fail(RoomFailure.NOT_FOUND, "no such session");
                    } else if (failure instanceof OwnedElsewhere elsewhere) {
                        message.fail(RoomFailure.ELSEWHERE, elsewhere.owner());
                    } else {
                        LOG.atError().addKeyValue("sessionId", sessionId).setCause(failure)
                                .log("Could not open the room of session {}", sessionId);
                        message.fail(RoomFailure.BROKEN, "the session could not be opened");
                    }
                });
    }
}
