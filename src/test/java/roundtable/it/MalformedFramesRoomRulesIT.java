package roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static roundtable.it.LiveSession.assertError;
import static roundtable.it.LiveSession.assertNothingChangedSince;
import static roundtable.it.LiveSession.assertOnlyEventSince;
import static roundtable.it.LiveSession.assertRefused;
import static roundtable.it.LiveSession.assertTextContains;
import static roundtable.it.LiveSession.note;
import static roundtable.it.LiveSession.seqSoFar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Well-formed commands the room's rules refuse: each gets its error with the command's opId,
 * nobody sees an event, and the next valid command takes the very next seq. Also: a command
 * re-sent with the same opId is applied once.
 */
class MalformedFramesRoomRulesIT extends LiveSessionPerTest {

    static Stream<Arguments> refusedByTheFacilitatorsRoom() {
        return Stream.of(
                arguments("a card kind the phase does not take", "card.add", card("question", "Why?"),
                        "invalid-state", "note"),
                arguments("blank card text", "card.add", card("note", "   \n\t "), "bad-request", "text"),
                arguments("card text over 2000 characters", "card.add", card("note", "w".repeat(2001)),
                        "bad-request", "2001"),
                arguments("card text with a NUL character", "card.add", card("note", "before\u0000after"),
                        "bad-request", "control characters"),
                arguments("a card without kind", "card.add", RoomClient.args().put("text", "kindless"),
                        "bad-request", "kind"),
                arguments("a column over 60 characters", "card.add", card("note", "ok").put("column", "k".repeat(61)),
                        "bad-request", "column"),
                arguments("editing a card that does not exist", "card.edit",
                        RoomClient.args().put("cardId", "c404").put("text", "new"), "not-found", "c404"),
                arguments("removing a card that does not exist", "card.remove",
                        RoomClient.args().put("cardId", "c404"), "not-found", "c404"),
                arguments("going to a phase that does not exist", "phase.goto",
                        RoomClient.args().put("phaseId", "lunch"), "not-found", "check-in"),
                arguments("going to the phase the session is in", "phase.goto",
                        RoomClient.args().put("phaseId", "check-in"), "invalid-state", "Check-in"),
                arguments("going back from the first phase", "phase.back", RoomClient.args(),
                        "invalid-state", "first phase"),
                arguments("a presenter who is not in the session", "presenter.set",
                        RoomClient.args().put("participantId", "p-nobody"), "not-found", "participantId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByTheFacilitatorsRoom")
    void a_refused_command_gets_its_error_and_changes_nothing(String description, String command, ObjectNode args,
                                                              String code, String hint) {
        assertRefused(room.facilitator, ada -> ada.command(command, args, "refused-1"), code, "refused-1", hint);
    }

    static Stream<Arguments> facilitatorCommands() {
        return Stream.of(
                arguments("phase.next", RoomClient.args()),
                arguments("phase.back", RoomClient.args()),
                arguments("phase.goto", RoomClient.args().put("phaseId", "shares")),
                arguments("presenter.set", RoomClient.args()),
                arguments("session.end", RoomClient.args()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facilitatorCommands")
    void a_participant_cannot_use_a_facilitator_command(String command, ObjectNode args) {
        RoomClient grace = room.joinParticipant("Grace");
        RoomClient ada = room.facilitator;
        String graceId = LiveSession.welcome(grace).path("participantId").asText();
        if (command.equals("presenter.set")) {
            args.put("participantId", graceId);
        }
        long seqBefore = seqSoFar(grace);
        int adaMark = ada.mark();
        int graceMark = grace.mark();

        JsonNode error = grace.command(command, args, "not-mine");

        assertError(error, "forbidden", "not-mine");
        assertTextContains(error.path("message").asText(), "facilitator");
        assertNothingChangedSince(grace, graceMark, seqBefore);
        assertOnlyEventSince(ada, adaMark, seqBefore + 1);
        JsonNode state = room.freshState();
        assertEquals("check-in", state.path("phase").path("id").asText());
        assertEquals(false, state.path("ended").asBoolean());
        assertEquals(true, state.path("presenterId").isNull());
    }

    @Test
    void a_participant_cannot_edit_or_remove_someone_elses_card() {
        RoomClient grace = room.joinParticipant("Grace");
        RoomClient ada = room.facilitator;
        JsonNode added = ada.command("card.add", note("Ada's own words"));
        String cardId = ada.awaitEvent(added.path("seq").asLong()).path("event").path("card").path("id").asText();
        grace.awaitEvent(added.path("seq").asLong());
        long seqBefore = seqSoFar(grace);
        int adaMark = ada.mark();
        int graceMark = grace.mark();

        JsonNode edit = grace.command("card.edit", RoomClient.args().put("cardId", cardId).put("text", "Grace's words"));
        JsonNode remove = grace.command("card.remove", RoomClient.args().put("cardId", cardId));

        assertError(edit, "forbidden", edit.path("opId").asText());
        assertError(remove, "forbidden", remove.path("opId").asText());
        assertNothingChangedSince(grace, graceMark, seqBefore);
        assertOnlyEventSince(ada, adaMark, seqBefore + 1);
        JsonNode card = room.freshState().path("cards").get(0);
        assertEquals(cardId, card.path("id").asText());
        assertEquals("Ada's own words", card.path("text").asText());
    }

    @Test
    void a_command_after_the_session_ended_is_refused_as_invalid_state() {
        RoomClient ada = room.facilitator;
        assertEquals("ack", ada.command("session.end", RoomClient.args()).path("type").asText());
        long seqBefore = seqSoFar(ada);
        int mark = ada.mark();

        JsonNode error = ada.command("card.add", note("too late"), "late-1");

        assertError(error, "invalid-state", "late-1");
        assertEquals(0, room.freshState().path("cards").size(), "no card was added");
        assertEquals(List.of(), ada.frames().subList(mark, ada.mark()).stream()
                .filter(frame -> "event".equals(frame.path("type").asText())).toList());
    }

    @Test
    void the_same_opId_sent_three_times_is_applied_once() {
        RoomClient ada = room.facilitator;
        long seqBefore = seqSoFar(ada);
        int mark = ada.mark();
        String frame = RoomClient.commandFrame("card.add", note("said three times"), "once-only");

        ada.sendRaw(frame);
        ada.sendRaw(frame);
        ada.sendRaw(frame);

        int[] acks = {0};
        ada.awaitAfter(mark, f -> "ack".equals(f.path("type").asText()) && ++acks[0] == 3);
        List<JsonNode> replies = ada.frames().subList(mark, ada.mark()).stream()
                .filter(f -> "once-only".equals(f.path("opId").asText(null))).toList();
        assertEquals(3, replies.size(), () -> "three answers: " + replies);
        for (JsonNode reply : replies) {
            assertEquals("ack", reply.path("type").asText(), () -> "every copy is acknowledged: " + reply);
            assertEquals(seqBefore + 1, reply.path("seq").asLong(), "every ack names the one event");
        }
        List<JsonNode> events = ada.frames().subList(mark, ada.mark()).stream()
                .filter(f -> "event".equals(f.path("type").asText())).toList();
        assertEquals(1, events.size(), () -> "one card.added event: " + events);
        assertEquals("card.added", events.get(0).path("event").path("type").asText());
        JsonNode cards = room.freshState().path("cards");
        assertEquals(1, cards.size(), () -> "one card on the board: " + cards);
        assertEquals("said three times", cards.get(0).path("text").asText());
    }

    @Test
    void the_same_opId_resent_on_a_new_connection_is_acknowledged_not_applied_again() {
        RoomClient ada = room.facilitator;
        JsonNode first = ada.command("card.add", note("before the blip"), "resend-1");
        RoomClient again = room.connect(room.facilitatorToken());
        int mark = again.mark();

        JsonNode second = again.command("card.add", note("before the blip"), "resend-1");

        assertEquals("ack", second.path("type").asText(), () -> "acknowledged again: " + second);
        assertEquals(first.path("seq").asLong(), second.path("seq").asLong());
        assertNothingChangedSince(again, mark, first.path("seq").asLong());
        assertEquals(2, room.freshState().path("cards").size(), "the card and the probe, nothing more");
    }

    private static ObjectNode card(String kind, String text) {
        return RoomClient.args().put("kind", kind).put("text", text);
    }
}
