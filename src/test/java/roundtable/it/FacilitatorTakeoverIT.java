package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static roundtable.it.LiveSession.assertTextContains;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import roundtable.TestServer;

/**
 * A facilitator whose tab closed (or whose laptop slept) is not a dead end: once they have been
 * away FACILITATOR_TAKEOVER_SECONDS, any participant may take the role over, live for everyone; the
 * facilitator comes back as a participant. Before that time it is refused, saying when it becomes
 * possible (api.md 5.7).
 */
class FacilitatorTakeoverIT {

    private static TestServer server;
    private static Vertx vertx;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(config -> config.withFacilitatorTakeover(Duration.ofSeconds(2)));
        vertx = Vertx.vertx();
        api = new Api(server.baseUrl());
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get();
        server.close();
    }

    @Test
    void a_participant_takes_over_from_a_facilitator_away_long_enough_and_everyone_sees_it() throws Exception {
        try (LiveSession live = LiveSession.start(vertx, server, api)) {
            RoomClient ana = live.joinParticipant("Ana");
            RoomClient ben = live.joinParticipant("Ben");
            String anaId = LiveSession.welcome(ana).path("participantId").asText();
            String fayId = LiveSession.welcome(live.facilitator).path("participantId").asText();

            JsonNode whileHere = ana.command("facilitator.claim", RoomClient.args());
            assertEquals("error", whileHere.path("type").asText());
            assertEquals("invalid-state", whileHere.path("code").asText());
            assertTextContains(whileHere.path("message").asText(), "Ada is here", "hand the role on");

            live.facilitator.close();
            ana.await(frame -> frame.path("event").path("type").asText().equals("presence.changed")
                    && frame.path("event").path("participantId").asText().equals(fayId)
                    && !frame.path("event").path("online").asBoolean(true));
            JsonNode tooSoon = ana.command("facilitator.claim", RoomClient.args());
            assertEquals("invalid-state", tooSoon.path("code").asText(), tooSoon::toString);
            assertTextContains(tooSoon.path("message").asText(), "possible in");

            Thread.sleep(2_100);
            JsonNode taken = ana.command("facilitator.claim", RoomClient.args());
            assertEquals("ack", taken.path("type").asText(), taken::toString);
            JsonNode seen = ben.awaitEvent(taken.path("seq").asLong()).path("event");
            assertEquals("facilitator.claimed", seen.path("type").asText());
            assertEquals(fayId, seen.path("fromId").asText());
            assertEquals(anaId, seen.path("toId").asText());

            // Ana now steers; Ada, back, takes part as a participant.
            assertEquals("ack", ana.command("phase.next", RoomClient.args().put("fromIndex", 0)).path("type").asText());
            try (RoomClient ada = RoomClient.join(vertx, server.port(), live.id(), live.facilitatorToken())) {
                JsonNode welcome = LiveSession.welcome(ada);
                assertEquals("participant", welcome.path("role").asText());
                assertEquals("forbidden", ada.command("phase.next", RoomClient.args()).path("code").asText());
            }
        }
    }
}
