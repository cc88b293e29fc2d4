package roundtable.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import roundtable.domain.Command;
import roundtable.domain.CommitmentStatus;
import roundtable.domain.Event;

/** The arguments added to commands later are optional: a client that does not send them still works. */
class CommandArgsTest {

    private static Command decode(String frame) {
        return assertInstanceOf(ClientMessage.CommandRequest.class, ClientFrames.decode(frame)).command();
    }

    @Test
    void phase_moves_carry_the_phase_the_client_saw_or_nothing() {
        assertEquals(new Command.NextPhase(2), decode("{\"type\":\"command\",\"opId\":\"a\",\"command\":\"phase.next\",\"args\":{\"fromIndex\":2}}"));
        assertEquals(new Command.NextPhase(), decode("{\"type\":\"command\",\"opId\":\"a\",\"command\":\"phase.next\"}"));
        assertEquals(new Command.PreviousPhase(3), decode("{\"type\":\"command\",\"opId\":\"a\",\"command\":\"phase.back\",\"args\":{\"fromIndex\":3}}"));
    }

    @Test
    void next_turn_carries_who_had_the_floor_with_empty_for_nobody() {
        assertEquals(new Command.NextTurn(""), decode("{\"type\":\"command\",\"opId\":\"a\",\"command\":\"turn.next\",\"args\":{\"fromSpeakerId\":\"\"}}"));
        assertEquals(new Command.NextTurn(), decode("{\"type\":\"command\",\"opId\":\"a\",\"command\":\"turn.next\",\"args\":{}}"));
    }

    @Test
    void the_new_commands_have_wire_names() {
        assertEquals(new Command.ClaimFacilitator(), decode("{\"type\":\"command\",\"opId\":\"a\",\"command\":\"facilitator.claim\"}"));
        assertEquals(new Command.SetCallLink("https://meet.example.org/x"),
                decode("{\"type\":\"command\",\"opId\":\"a\",\"command\":\"call-link.set\",\"args\":{\"url\":\"https://meet.example.org/x\"}}"));
        Command.ReportCommitment report = assertInstanceOf(Command.ReportCommitment.class, decode(
                "{\"type\":\"command\",\"opId\":\"a\",\"command\":\"commitment.report\",\"args\":{\"commitmentId\":\"k\","
                        + "\"status\":\"partly\",\"carryForward\":true}}"));
        assertEquals(CommitmentStatus.PARTLY, report.status());
        assertEquals(Boolean.TRUE, report.carryForward());
    }

    @Test
    void a_ping_is_its_own_frame() {
        assertInstanceOf(ClientMessage.Ping.class, ClientFrames.decode("{\"type\":\"ping\"}"));
    }

    @Test
    void events_stored_before_the_new_fields_existed_still_read() {
        Event.PhaseChanged phase = assertInstanceOf(Event.PhaseChanged.class,
                EventCodec.decode("{\"type\":\"phase.changed\",\"index\":1,\"phaseId\":\"x\",\"at\":5}"));
        assertNull(phase.order(), "an old phase change has no order: the evolver works it out");
        Event.TurnChanged turn = assertInstanceOf(Event.TurnChanged.class,
                EventCodec.decode("{\"type\":\"turn.changed\",\"speakerId\":\"p\",\"at\":5}"));
        assertEquals(List.of(), turn.skipped());
        Event.CardAdded added = assertInstanceOf(Event.CardAdded.class, EventCodec.decode(
                "{\"type\":\"card.added\",\"card\":{\"id\":\"c1\",\"kind\":\"note\",\"text\":\"t\",\"authorId\":\"p\","
                        + "\"phaseId\":\"x\",\"column\":null,\"offRecord\":true,\"hidden\":false,\"verdict\":null,"
                        + "\"reactions\":[]},\"at\":5}"));
        assertNull(added.card().addedAt());
        assertEquals(true, added.card().heardBy(Long.MAX_VALUE), "an old off-the-record card is shown as before");
    }

    @Test
    void new_events_round_trip() {
        Event phase = new Event.PhaseChanged(1, "x", List.of("a", "b"), 5);
        assertEquals(phase, EventCodec.decode(EventCodec.encode(phase)));
        Event turn = new Event.TurnChanged("a", List.of("b"), 5);
        assertEquals(turn, EventCodec.decode(EventCodec.encode(turn)));
        Event claimed = new Event.FacilitatorClaimed("a", "b", 5);
        assertEquals(claimed, EventCodec.decode(EventCodec.encode(claimed)));
        Event link = new Event.CallLinkSet("https://meet.example.org/x", 5);
        assertEquals(link, EventCodec.decode(EventCodec.encode(link)));
    }
}
