package roundtable.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import roundtable.config.Config;
import roundtable.domain.CardKind;
import roundtable.domain.Command;
import roundtable.domain.Decision;
import roundtable.domain.Event;
import roundtable.domain.HouseRules;
import roundtable.domain.Role;
import roundtable.metrics.NodeMetrics;
import roundtable.store.ProtocolCatalog;
import roundtable.store.SessionLog;
import roundtable.wire.LocalCodec;

/**
 * The room on its own, in milliseconds: a real Vert.x actor with the session log in memory and sockets
 * that record what they are sent. What is pinned here was tested only through whole servers before:
 * a re-sent opId after a rebuild, back-pressure, a catch-up from the log while new frames are held,
 * the presence grace, and a resume from before one joined.
 */
class RoomTest {

    private static final String SESSION = "s-room";
    private static final String FAY = "p-fay";

    private final Vertx vertx = Vertx.vertx();
    private final InMemorySessionLog log = new InMemorySessionLog(vertx);
    private String deployment;
    private int connections;

    RoomTest() {
        vertx.eventBus().registerCodec(new LocalCodec());
    }

    @AfterEach
    void close() throws Exception {
        await(vertx.close());
    }

    private void found() throws Exception {
        Decision founded = await(Founding.found(log, new Command.CreateSession(SESSION, "Room test",
                ProtocolCatalog.builtIn().find("forum").orElseThrow(), null, FAY, "Fay", null),
                new SessionLog.NewSession(SESSION, null, new byte[32], new byte[32], FAY), System.currentTimeMillis()));
        assertTrue(founded instanceof Decision.Accepted, founded::toString);
    }

    private void open(Config.Reliability reliability) throws Exception {
        deployment = await(vertx.deployVerticle(new Room(SESSION, log, reliability, HouseRules.DEFAULT, null, NodeMetrics.off().rooms(), Membership.alone("test-node"))));
    }

    /** The session founded, its room open with these settings, and Fay, its facilitator, connected afresh. */
    private FakeSocket foundedWithFay(Config.Reliability reliability) throws Exception {
        found();
        open(reliability);
        return connect(FAY, 0, null);
    }

    private static Config.Reliability reliability() {
        return Config.Reliability.DEFAULTS.withPresenceGrace(Duration.ZERO);
    }

    private FakeSocket connect(String participantId, long lastSeq, String epoch) throws Exception {
        FakeSocket socket = new FakeSocket();
        String connectionId = "c" + (++connections);
        await(vertx.eventBus().request(Room.address(SESSION),
                new RoomMessage.Connect(connectionId, participantId, lastSeq, epoch, socket), LocalCodec.DELIVERY));
        socket.connectionId = connectionId;
        return socket;
    }

    private void disconnect(FakeSocket socket) {
        vertx.eventBus().send(Room.address(SESSION), new RoomMessage.Disconnect(socket.connectionId), LocalCodec.DELIVERY);
    }

    /** Sends a command and waits for its ack or error. */
    private JsonNode submit(FakeSocket socket, String opId, Command command) {
        vertx.eventBus().send(Room.address(SESSION), new RoomMessage.Submit(socket.connectionId, opId, command),
                LocalCodec.DELIVERY);
        waitFor(() -> socket.frames().stream().anyMatch(f -> opId.equals(f.path("opId").asText(null))));
        return socket.frames().stream().filter(f -> opId.equals(f.path("opId").asText(null))).reduce((a, b) -> b).orElseThrow();
    }

    /** Lets someone in; a join is answered once it is durable, so the test commits it. */
    private void admit(String participantId, String name) throws Exception {
        Future<Object> admitted = vertx.eventBus().request(Room.address(SESSION),
                new RoomMessage.Admit(participantId, name, Role.PARTICIPANT), LocalCodec.DELIVERY).map(m -> m.body());
        waitFor(() -> {
            log.commit(SESSION);
            return admitted.isComplete();
        });
        await(admitted);
    }

    private static Command note(String text) {
        return new Command.AddCard(CardKind.NOTE, text, null, null);
    }

    @Test
    void a_command_sent_again_after_the_room_was_rebuilt_is_acknowledged_and_not_applied_twice() throws Exception {
        FakeSocket fay = foundedWithFay(reliability());
        JsonNode first = submit(fay, "op-1", note("Once only"));
        assertEquals("ack", first.path("type").asText());
        log.commit(SESSION);
        await(vertx.undeploy(deployment));
        open(reliability());

        FakeSocket again = connect(FAY, 0, null);
        JsonNode repeat = submit(again, "op-1", note("Once only"));
        assertEquals("ack", repeat.path("type").asText());
        assertEquals(first.path("seq").asLong(), repeat.path("seq").asLong(), "the same seq as the first time");
        log.commit(SESSION);
        long cards = log.stored(SESSION).stream().filter(r -> r.event() instanceof Event.CardAdded).count();
        assertEquals(1, cards);
    }

    @Test
    void past_the_room_bound_or_with_the_node_full_commands_are_refused_and_nothing_changes() throws Exception {
        FakeSocket fay = foundedWithFay(reliability().withRoomBufferEvents(3));
        long before = fay.ofType("event").size();
        int accepted = 0;
        for (int i = 0; i < 5; i++) {
            if ("ack".equals(submit(fay, "op-" + i, note("card " + i)).path("type").asText())) {
                accepted++;
            }
        }
        JsonNode refused = fay.last("error");
        assertEquals("unavailable", refused.path("code").asText());
        assertTrue(accepted < 5 && accepted >= 1, "some accepted before the bound: " + accepted);
        log.commit(SESSION);
        waitFor(() -> fay.last("durable") != null && fay.last("durable").path("seq").asLong() > 2);
        assertEquals("ack", submit(fay, "op-after", note("room again")).path("type").asText());

        log.full(true);
        assertEquals("unavailable", submit(fay, "op-full", note("no room")).path("code").asText());
        assertEquals(before + accepted + 1, fay.ofType("event").size(), "refused commands made no events");
    }

    @Test
    void a_client_back_from_further_than_memory_gets_the_log_then_what_happened_meanwhile_in_order() throws Exception {
        FakeSocket fay = foundedWithFay(reliability());
        String epoch = fay.last("welcome").path("epoch").asText();
        long lastSeen = fay.last("welcome").path("seq").asLong();
        for (int i = 0; i < 1_099; i++) {
            vertx.eventBus().send(Room.address(SESSION), new RoomMessage.Submit(fay.connectionId, "op-" + i, note("card " + i)),
                    LocalCodec.DELIVERY);
        }
        submit(fay, "op-last", note("the last card"));
        log.commit(SESSION);
        waitFor(() -> fay.last("durable").path("seq").asLong() >= lastSeen + 1_100);

        FakeSocket back = connect(FAY, lastSeen, epoch);
        JsonNode welcome = back.last("welcome");
        assertTrue(welcome.path("resumed").asBoolean(), welcome::toString);
        List<JsonNode> events = back.ofType("event");
        assertEquals(1_100, events.size(), "every missed event, from the log and from memory");
        for (int i = 0; i < events.size(); i++) {
            assertEquals(lastSeen + 1 + i, events.get(i).path("seq").asLong(), "gap-free and in order");
        }
        JsonNode live = submit(fay, "op-live", note("after the catch-up"));
        waitFor(() -> back.ofType("event").size() == 1_101);
        assertEquals(live.path("seq").asLong(), back.ofType("event").get(1_100).path("seq").asLong());
    }

    @Test
    void a_blip_within_the_presence_grace_records_nothing_a_longer_absence_does() throws Exception {
        FakeSocket fay = foundedWithFay(reliability().withPresenceGrace(Duration.ofMillis(300)));
        admit("p-ana", "Ana");
        FakeSocket ana = connect("p-ana", 0, null);
        disconnect(ana);
        FakeSocket back = connect("p-ana", 0, null);
        Thread.sleep(500);
        assertFalse(fay.ofType("event").stream().anyMatch(RoomTest::wentOffline), "a blip is not an absence");

        disconnect(back);
        Thread.sleep(100);
        assertFalse(fay.ofType("event").stream().anyMatch(RoomTest::wentOffline), "still within the grace");
        waitFor(() -> fay.ofType("event").stream().anyMatch(RoomTest::wentOffline));
    }

    @Test
    void a_resume_from_before_one_joined_gets_the_full_state_not_the_frames_made_for_others() throws Exception {
        FakeSocket fay = foundedWithFay(reliability());
        String epoch = fay.last("welcome").path("epoch").asText();
        submit(fay, "op-secret", new Command.AddCard(CardKind.NOTE, "Between us", null, true));
        admit("p-dee", "Dee");
        FakeSocket dee = connect("p-dee", 1, epoch);
        JsonNode welcome = dee.last("welcome");
        assertFalse(welcome.path("resumed").asBoolean(), "a full welcome");
        assertFalse(welcome.toString().contains("Between us"));
        assertTrue(dee.ofType("event").stream().noneMatch(e -> e.toString().contains("Between us")));
        assertNull(dee.closedWith());
    }

    private static boolean wentOffline(JsonNode frame) {
        JsonNode event = frame.path("event");
        return "presence.changed".equals(event.path("type").asText()) && !event.path("online").asBoolean();
    }

    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the room did not get there in time");
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void an_owner_epoch_read_before_the_room_claimed_its_session_leaves_it_open_and_a_later_one_closes_it() throws Exception {
        FakeSocket fay = foundedWithFay(reliability()); // the room claimed epoch 1
        vertx.eventBus().send(Room.address(SESSION), new RoomMessage.Owner(0), LocalCodec.DELIVERY);
        assertEquals("ack", submit(fay, "op-after-stale-read", note("still here")).path("type").asText());
        assertNull(fay.closedWith(), "a stale read of the owner epoch does not close the room");

        vertx.eventBus().send(Room.address(SESSION), new RoomMessage.Owner(2), LocalCodec.DELIVERY);
        waitFor(() -> fay.closedWith() != null);
        assertEquals((short) 1012, fay.closedWith(), "another claim closes the room's sockets so they reconnect");
    }
}
