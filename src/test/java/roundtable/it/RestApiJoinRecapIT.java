package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.it.RestApiIT.assertErrorReply;
import static roundtable.it.RestApiIT.assertNoStore;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import roundtable.wire.Json;

/** Joining by invite and reading the recap: who is let in, who is turned away, and that refusals change nothing. */
class RestApiJoinRecapIT extends LiveSessionPerTest {

    @Test
    void joining_with_a_wrong_invite_code_is_forbidden_and_changes_nothing() {
        JsonNode before = recap();

        Api.Reply reply = join(room.id(), "Grace", "not-the-invite-code");

        assertErrorReply(reply, 403, "forbidden");
        assertEquals(before.path("participants"), recap().path("participants"));
    }

    @Test
    void joining_a_session_that_does_not_exist_answers_like_a_wrong_code() {
        Api.Reply wrongCode = join(room.id(), "Grace", "not-the-invite-code");
        Api.Reply noSession = join("no-such-session", "Grace", room.session.path("inviteCode").asText());

        assertErrorReply(noSession, 403, "forbidden");
        assertEquals(wrongCode.body(), noSession.body(), "nobody can probe which session ids exist");
    }

    @Test
    void joining_with_a_blank_missing_or_too_long_name_is_a_bad_request_and_changes_nothing() {
        JsonNode before = recap();
        String invite = room.session.path("inviteCode").asText();

        for (String name : new String[] {"", "   ", null, "n".repeat(61), "Gr\u0000ace"}) {
            Api.Reply reply = join(room.id(), name, invite);
            assertErrorReply(reply, 400, "bad-request");
            assertTrue(reply.errorMessage().contains("name"), () -> "names the field: " + reply.body());
        }
        Api.Reply noInvite = running.api().post("/api/sessions/" + room.id() + "/participants", "{\"name\":\"Grace\"}");
        assertErrorReply(noInvite, 400, "bad-request");
        assertTrue(noInvite.errorMessage().contains("inviteCode"), noInvite.errorMessage());
        assertErrorReply(running.api().post("/api/sessions/" + room.id() + "/participants", "[]"), 400, "bad-request");
        assertEquals(before.path("participants"), recap().path("participants"));
    }

    @Test
    void a_new_participant_appears_in_the_facilitators_live_room() {
        RoomClient ada = room.facilitator;
        int mark = ada.mark();

        Api.Reply reply = join(room.id(), "Grace", room.session.path("inviteCode").asText());

        assertEquals(201, reply.status(), () -> String.valueOf(reply.body()));
        assertNoStore(reply);
        String graceId = reply.body().path("participantId").asText();
        assertTrue(reply.body().path("token").asText().length() >= 43, "an unguessable token");
        JsonNode joined = ada.awaitAfter(mark, frame -> "event".equals(frame.path("type").asText())
                && "participant.joined".equals(frame.path("event").path("type").asText()));
        assertEquals(graceId, joined.path("event").path("participantId").asText());
        assertEquals("Grace", joined.path("event").path("name").asText());
        assertEquals("participant", joined.path("event").path("role").asText());
        RoomClient grace = room.connect(reply.body().path("token").asText());
        JsonNode welcome = LiveSession.welcome(grace);
        assertEquals(graceId, welcome.path("participantId").asText());
        assertEquals("participant", welcome.path("role").asText());
    }

    @Test
    void joining_after_the_session_ended_is_refused_as_invalid_state() {
        assertEquals("ack", room.facilitator.command("session.end", RoomClient.args()).path("type").asText());
        JsonNode before = recap();

        Api.Reply reply = join(room.id(), "Grace", room.session.path("inviteCode").asText());

        assertErrorReply(reply, 409, "invalid-state");
        assertEquals(before.path("participants"), recap().path("participants"));
    }

    @Test
    void the_recap_needs_a_bearer_token() {
        String path = "/api/sessions/" + room.id() + "/recap";

        assertErrorReply(running.api().get(path, null), 401, "unauthorized");
        assertErrorReply(running.api().getWithAuthorization(path, "Basic " + room.facilitatorToken()), 401, "unauthorized");
        assertErrorReply(running.api().getWithAuthorization(path, "Bearer "), 401, "unauthorized");
    }

    @Test
    void the_recap_refuses_a_token_of_another_session_or_a_garbage_token() {
        JsonNode other = running.api().createSession("Another forum", "forum", "Linus");

        assertErrorReply(running.api().recap(room.id(), other.path("facilitator").path("token").asText()), 403, "forbidden");
        assertErrorReply(running.api().recap(room.id(), "garbage"), 403, "forbidden");
        assertErrorReply(running.api().recap(room.id(), room.session.path("inviteCode").asText()), 403, "forbidden");
        assertErrorReply(running.api().recap("no-such-session", room.facilitatorToken()), 403, "forbidden");
    }

    @Test
    void the_recap_shows_what_was_persisted_without_off_the_record_cards() {
        JsonNode graceJoin = running.api().join(room.session, "Grace");
        RoomClient ada = room.facilitator;
        ada.command("card.add", LiveSession.note("on the record").put("column", "left"));
        JsonNode last = ada.command("card.add", LiveSession.note("between us").put("offRecord", true));
        ada.awaitDurable(last.path("seq").asLong());

        Api.Reply reply = running.api().recap(room.id(), graceJoin.path("token").asText());

        assertEquals(200, reply.status(), () -> String.valueOf(reply.body()));
        assertNoStore(reply);
        JsonNode recap = reply.body();
        assertEquals(room.id(), recap.path("sessionId").asText());
        assertEquals("Monthly forum", recap.path("title").asText());
        assertEquals("forum", recap.path("protocol").path("id").asText(), recap.path("protocol").toString());
        assertTrue(recap.has("endedAt") && recap.path("endedAt").isNull(), "not ended yet");
        assertEquals(List.of("Ada/facilitator", "Grace/participant"), names(recap.path("participants")));
        assertEquals(7, recap.path("phases").size());
        assertTrue(recap.path("phases").get(0).has("id") && recap.path("phases").get(0).has("name"));
        assertEquals(1, recap.path("cards").size(), () -> "the off-the-record card never appears: " + recap);
        JsonNode card = recap.path("cards").get(0);
        for (String field : List.of("id", "kind", "text", "authorId", "authorName", "phaseId", "column")) {
            assertTrue(card.has(field), () -> "card has " + field + ": " + card);
        }
        assertEquals("on the record", card.path("text").asText());
        assertEquals("Ada", card.path("authorName").asText());
        assertEquals("check-in", card.path("phaseId").asText());
        assertEquals("left", card.path("column").asText());
        assertTrue(recap.path("commitments").isArray());
        assertFalse(recap.toString().contains("between us"));
    }

    @Test
    void an_ended_session_has_an_end_time_in_its_recap() {
        JsonNode ack = room.facilitator.command("session.end", RoomClient.args());
        room.facilitator.awaitDurable(ack.path("seq").asLong());

        JsonNode recap = recap();

        assertTrue(recap.path("endedAt").isNumber(), recap::toString);
    }

    private JsonNode recap() {
        Api.Reply reply = running.api().recap(room.id(), room.facilitatorToken());
        assertEquals(200, reply.status(), () -> String.valueOf(reply.body()));
        return reply.body();
    }

    private static Api.Reply join(String sessionId, String name, String inviteCode) {
        var body = Json.MAPPER.createObjectNode().put("inviteCode", inviteCode);
        if (name != null) {
            body.put("name", name);
        }
        return running.api().post("/api/sessions/" + sessionId + "/participants", body.toString());
    }

    private static List<String> names(JsonNode participants) {
        return java.util.stream.StreamSupport.stream(participants.spliterator(), false)
                .map(p -> p.path("name").asText() + "/" + p.path("role").asText()).toList();
    }
}
