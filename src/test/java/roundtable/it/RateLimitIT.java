package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.it.LiveSession.note;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import roundtable.TestServer;
import roundtable.config.Config;
import roundtable.wire.Json;

/**
 * Rate limits, with limits low enough to trip: a connection that sends too fast gets
 * {@code rate-limited} for the frames beyond its bucket and nothing changes for them, while the rest
 * of the room goes on; an address that keeps guessing secrets is answered 429 for a while.
 */
class RateLimitIT {

    /** 1 frame per second, 5 at once; 5 failures per minute block an address for a minute. */
    private static final Config.RateLimits LOW = new Config.RateLimits(1, 5, 5, Duration.ofSeconds(60), 1_000);

    @RegisterExtension
    static final RunningServer running = new RunningServer(LOW);

    @Test
    void aBurstBeyondTheLimitIsRefusedOneByOneAndTheRestOfTheRoomGoesOn() {
        try (LiveSession room = running.liveSession()) {
            RoomClient grace = room.joinParticipant("Grace");
            long seqBefore = LiveSession.seqSoFar(room.facilitator);
            int mark = room.facilitator.mark();

            int burst = 15;
            List<String> opIds = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                String opId = "burst-" + i;
                opIds.add(opId);
                room.facilitator.sendRaw(RoomClient.commandFrame("card.add", note("burst " + i), opId));
            }
            List<JsonNode> replies = new ArrayList<>();
            for (String opId : opIds) {
                replies.add(room.facilitator.awaitAfter(mark, frame -> opId.equals(frame.path("opId").asText(null))
                        && Set.of("ack", "error").contains(frame.path("type").asText())));
            }
            List<JsonNode> acks = replies.stream().filter(r -> "ack".equals(r.path("type").asText())).toList();
            List<JsonNode> refused = replies.stream().filter(r -> "error".equals(r.path("type").asText())).toList();
            assertTrue(acks.size() >= 1 && acks.size() <= 7, () -> "a bucket of 5 (the hello took one) lets about 4 through: " + replies);
            assertEquals(burst, acks.size() + refused.size());
            for (JsonNode error : refused) {
                assertEquals("rate-limited", error.path("code").asText(), () -> "refused with rate-limited: " + error);
                assertFalse(error.path("message").asText("").isBlank());
            }
            assertFalse(room.facilitator.isClosed(), "the socket stays open");

            // Exactly the acknowledged commands changed the room: one event each, the next seqs in a row.
            long lastSeq = seqBefore + acks.size();
            room.facilitator.awaitEvent(lastSeq);
            Set<Long> ackedSeqs = new HashSet<>();
            acks.forEach(ack -> ackedSeqs.add(ack.path("seq").asLong()));
            for (long seq = seqBefore + 1; seq <= lastSeq; seq++) {
                assertTrue(ackedSeqs.contains(seq), "seq " + seq + " belongs to an acknowledged command");
            }

            // Someone else in the room is not slowed: Grace saw every accepted card and is served at once.
            grace.awaitEvent(lastSeq);
            JsonNode ack = grace.command("card.add", note("from Grace, unaffected"));
            assertEquals("ack", ack.path("type").asText(), () -> "Grace's command is applied: " + ack);
            assertEquals(lastSeq + 1, ack.path("seq").asLong());

            JsonNode cards = room.freshState().path("cards");
            long burstCards = 0;
            for (JsonNode card : cards) {
                if (card.path("text").asText().startsWith("burst ")) {
                    burstCards++;
                }
            }
            assertEquals(acks.size(), burstCards, "refused commands left no card behind");
        }
    }

    @Test
    void an_address_that_keeps_guessing_one_kind_of_secret_is_answered_429_for_that_kind_only() throws Exception {
        // A server of its own: the count covers every test client (they all come from loopback).
        try (TestServer server = TestServer.start(TestServer.RELIABILITY, LOW)) {
            Api api = new Api(server.baseUrl());
            JsonNode session = api.createSession("Guessing", "forum", "Ada");
            String sessionId = session.path("sessionId").asText();
            String join = "/api/sessions/" + sessionId + "/participants";

            // Wrong invite codes: the 5th miss in the minute is still answered 403 ...
            for (int i = 0; i < 5; i++) {
                Api.Reply reply = api.post(join, body("Mallory", "wrong-code-" + i));
                assertEquals(403, reply.status(), () -> "a wrong invite code: " + reply.body());
                assertEquals("forbidden", reply.errorCode());
            }
            // ... and from then on wrong codes from the address get 429 rate-limited with Retry-After,
            Api.Reply limited = api.post(join, body("Mallory", "wrong-code-again"));
            assertRateLimited(limited);
            assertTrue(limited.errorMessage().contains("invite codes"), limited::errorMessage);
            // but the right code still opens the session: a valid secret is never refused,
            Api.Reply grace = api.post(join, body("Grace", session.path("inviteCode").asText()));
            assertEquals(201, grace.status(), () -> "the right code works: " + grace.body());
            // and other kinds of secret are counted apart.
            assertEquals(404, api.get("/api/recaps/no-such-link", null).status());
            try (RoomClient room = RoomClient.join(running.vertx(), server.port(), sessionId,
                    grace.body().path("token").asText())) {
                assertEquals("ack", room.command("card.add", LiveSession.note("In despite the guessing")).path("type").asText());
            }
            // Hellos with tokens that open nothing are misses of session tokens: the 6th is refused
            // as rate-limited on the socket too.
            for (int i = 0; i < 6; i++) {
                try (RoomClient guess = RoomClient.open(running.vertx(), server.port(), sessionId)) {
                    guess.hello("not-a-token-" + i, 0);
                    JsonNode refused = guess.await(frame -> "error".equals(frame.path("type").asText()));
                    assertEquals(i < 5 ? "unauthorized" : "rate-limited", refused.path("code").asText(), refused::toString);
                    assertEquals(1008, guess.awaitClose());
                }
            }
            // The refused calls changed nothing: the facilitator and Grace are the session's credentials.
            try (var sql = server.sql(); var query = sql.prepareStatement("SELECT count(*) FROM credentials WHERE session_id = ?")) {
                query.setString(1, sessionId);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    assertEquals(2, rows.getInt(1), "only Grace joined");
                }
            }
            // Health and the pages are not behind the guard.
            assertEquals(200, api.get("/health", null).status());
        }
    }

    private static void assertRateLimited(Api.Reply reply) {
        assertEquals(429, reply.status(), () -> "rate-limited: " + reply.body());
        assertEquals("rate-limited", reply.errorCode());
        long retryAfter = Long.parseLong(reply.raw().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("no-store", reply.raw().headers().firstValue("Cache-Control").orElse(null));
    }

    private static String body(String name, String inviteCode) {
        return Json.MAPPER.createObjectNode().put("name", name).put("inviteCode", inviteCode).toString();
    }
}
