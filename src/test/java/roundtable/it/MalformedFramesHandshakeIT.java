package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.it.LiveSession.assertError;
import static roundtable.it.LiveSession.assertNothingChangedSince;
import static roundtable.it.LiveSession.assertTextContains;
import static roundtable.it.LiveSession.awaitError;
import static roundtable.it.LiveSession.note;
import static roundtable.it.LiveSession.seqSoFar;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hello handshake done wrong: too late, twice, with a bad token or a bad lastSeq, or skipped. */
class MalformedFramesHandshakeIT extends LiveSessionPerTest {

    @Test
    void a_command_before_hello_is_unauthorized_and_hello_still_works_afterwards() {
        RoomClient socket = room.open();

        JsonNode error = socket.command("card.add", note("too early"), "early-1");

        assertError(error, "unauthorized", "early-1");
        assertTextContains(error.path("message").asText(), "hello");
        assertFalse(socket.isClosed(), "the socket stays open");
        socket.hello(room.facilitatorToken(), 0);
        JsonNode welcome = LiveSession.welcome(socket);
        assertEquals(3, welcome.path("seq").asLong(), "created, joined and the facilitator's arrival, nothing else");
        assertEquals(0, welcome.path("state").path("cards").size(), "the early command was not applied");
        assertNothingChangedSince(socket, socket.mark(), 3);
    }

    @Test
    void a_command_sent_the_moment_welcome_arrives_is_applied() {
        List<String> refused = new ArrayList<>();
        for (int attempt = 0; attempt < 50; attempt++) {
            RoomClient socket = RoomClient.join(running.vertx(), running.server().port(), room.id(), room.facilitatorToken());
            try {
                JsonNode reply = socket.command("card.add", note("right after welcome " + attempt));
                if (!"ack".equals(reply.path("type").asText())) {
                    refused.add(reply.toString());
                }
            } finally {
                socket.close();
            }
        }
        assertEquals(List.of(), refused, "welcome means the socket takes commands (the browser client re-sends"
                + " its outbox the moment welcome arrives)");
    }

    @Test
    void hello_sent_twice_is_a_bad_request_and_changes_nothing() {
        RoomClient ada = room.facilitator;
        long seqBefore = seqSoFar(ada);
        int mark = ada.mark();

        ada.hello(room.facilitatorToken(), 0);

        assertError(awaitError(ada, mark), "bad-request", null);
        assertNothingChangedSince(ada, mark, seqBefore);
        long welcomes = ada.frames().stream().filter(f -> "welcome".equals(f.path("type").asText())).count();
        assertEquals(1, welcomes, "no second welcome");
    }

    @Test
    void hello_with_a_wrong_token_is_unauthorized_and_closes_the_socket() {
        RoomClient socket = room.open();

        socket.hello("not-a-token-of-anyone-" + "x".repeat(30), 0);

        assertError(awaitError(socket, 0), "unauthorized", null);
        assertEquals(1008, socket.awaitClose());
    }

    @Test
    void hello_with_a_token_of_another_session_is_unauthorized_and_closes_the_socket() {
        JsonNode other = running.api().createSession("Another forum", "forum", "Linus");
        RoomClient socket = room.open();

        socket.hello(other.path("facilitator").path("token").asText(), 0);

        assertError(awaitError(socket, 0), "unauthorized", null);
        assertEquals(1008, socket.awaitClose());
        assertEquals(1, room.freshState().path("participants").size(), "nobody joined this session");
    }

    @Test
    void hello_on_a_session_that_does_not_exist_is_unauthorized() {
        RoomClient socket = RoomClient.open(running.vertx(), running.server().port(), "no-such-session");
        try {
            socket.hello(room.facilitatorToken(), 0);

            assertError(awaitError(socket, 0), "unauthorized", null);
            assertEquals(1008, socket.awaitClose());
        } finally {
            socket.close();
        }
    }

    @ParameterizedTest(name = "lastSeq {0}")
    @ValueSource(strings = {"-1", "\"abc\"", "1.5", "true", "{}"})
    void hello_with_an_unusable_lastSeq_is_a_bad_request_and_the_socket_stays_open(String lastSeq) {
        RoomClient socket = room.open();

        socket.sendRaw("{\"type\":\"hello\",\"token\":\"" + room.facilitatorToken() + "\",\"lastSeq\":" + lastSeq + "}");

        JsonNode error = awaitError(socket, 0);
        assertError(error, "bad-request", null);
        assertTextContains(error.path("message").asText(), "lastSeq");
        assertFalse(socket.isClosed(), "the socket stays open for a proper hello");
        socket.hello(room.facilitatorToken(), 0);
        assertEquals(3, LiveSession.welcome(socket).path("seq").asLong(), "created, joined, the facilitator's arrival");
    }

    @ParameterizedTest(name = "hello {0}")
    @ValueSource(strings = {"{\"type\":\"hello\"}", "{\"type\":\"hello\",\"token\":\"\"}", "{\"type\":\"hello\",\"token\":42}"})
    void hello_without_a_usable_token_is_a_bad_request(String hello) {
        RoomClient socket = room.open();

        socket.sendRaw(hello);

        JsonNode error = awaitError(socket, 0);
        assertError(error, "bad-request", null);
        assertTextContains(error.path("message").asText(), "token");
        assertFalse(socket.isClosed());
    }

    @Test
    void a_socket_without_hello_is_closed_with_1008_after_5_seconds() {
        RoomClient socket = room.open();
        long opened = System.nanoTime();

        short code = socket.awaitClose();

        long waitedMs = (System.nanoTime() - opened) / 1_000_000;
        assertEquals(1008, code);
        assertTrue(waitedMs >= 4_500, "not before about 5 s: closed after " + waitedMs + " ms");
    }

    @Test
    void malformed_frames_do_not_count_as_hello_and_the_socket_is_still_closed_after_5_seconds() {
        RoomClient socket = room.open();
        socket.sendRaw("not json");
        socket.sendRaw("{\"type\":\"hello\",\"lastSeq\":0}");

        assertEquals(1008, socket.awaitClose());
        assertEquals(2, socket.frames().stream().filter(f -> "error".equals(f.path("type").asText())).count());
    }
}
