package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static roundtable.domain.ForumProtocol.ACCOUNTABILITY;
import static roundtable.domain.ForumProtocol.QUESTIONS;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.CAI;
import static roundtable.domain.Sessions.FACILITATOR;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Raised hands in a queue phase: called first raised first, lowered, reordered by the facilitator. */
class QueueTest {

    /** Probing questions, everyone online, nobody speaking; Ben, then Cai, then Ana raised a hand. */
    private final Sessions session = Sessions.running().online(FACILITATOR, ANA, BEN, CAI).inPhase(QUESTIONS)
            .by(BEN, new Command.RaiseHand()).by(CAI, new Command.RaiseHand()).by(ANA, new Command.RaiseHand());

    private Decision lower(String actor, String whose) {
        return session.decide(actor, new Command.LowerHand(whose));
    }

    private Decision reorder(String actor, String... order) {
        return session.decide(actor, new Command.ReorderQueue(Arrays.asList(order)));
    }

    @Test
    void hands_wait_in_the_order_they_were_raised() {
        assertEquals(List.of(BEN, CAI, ANA), session.state().floor().queue());
        assertNull(session.state().floor().speakerId());
    }

    @Test
    void a_contributor_raises_a_hand() {
        assertAccepted(session.decide(FACILITATOR, new Command.RaiseHand()),
                new Event.HandRaised(FACILITATOR, session.now()));
    }

    @Test
    void a_hand_cannot_be_raised_twice() {
        assertRejected(session.decide(CAI, new Command.RaiseHand()), Reason.INVALID_STATE, "raised already");
    }

    @Test
    void the_speaker_cannot_raise_a_hand() {
        session.by(FACILITATOR, new Command.NextTurn());
        assertRejected(session.decide(BEN, new Command.RaiseHand()), Reason.INVALID_STATE, "You have the floor");
    }

    @Test
    void hands_are_raised_only_in_a_queue_phase_and_the_refusal_names_the_phase() {
        session.inPhase(ACCOUNTABILITY);
        assertRejected(session.decide(CAI, new Command.RaiseHand()), Reason.INVALID_STATE,
                "phases with a queue", "'Accountability round'", "in a fixed order");
    }

    @Test
    void turn_next_calls_the_first_raised_hand_and_takes_it_off_the_queue() {
        assertAccepted(session.decide(FACILITATOR, new Command.NextTurn()), new Event.TurnChanged(BEN, session.now()));
        session.by(FACILITATOR, new Command.NextTurn());
        assertEquals(List.of(CAI, ANA), session.state().floor().queue());
    }

    @Test
    void the_speaker_hands_on_to_the_next_raised_hand_and_the_last_one_leaves_the_floor_open() {
        session.by(FACILITATOR, new Command.NextTurn()).by(BEN, new Command.NextTurn())
                .by(CAI, new Command.NextTurn());
        assertAccepted(session.decide(ANA, new Command.NextTurn()), new Event.TurnChanged(null, session.now()));
        session.by(ANA, new Command.NextTurn());
        assertRejected(session.decide(FACILITATOR, new Command.NextTurn()), Reason.INVALID_STATE,
                "raised a hand");
    }

    @Test
    void the_facilitator_gives_the_floor_to_someone_waiting_who_then_leaves_the_queue() {
        assertAccepted(session.decide(FACILITATOR, new Command.GiveTurn(ANA)), new Event.TurnChanged(ANA, session.now()));
        session.by(FACILITATOR, new Command.GiveTurn(ANA));
        assertEquals(List.of(BEN, CAI), session.state().floor().queue());
    }

    @Test
    void a_participant_lowers_their_own_hand_named_or_not() {
        assertAccepted(lower(CAI, null), new Event.HandLowered(CAI, session.now()));
        assertAccepted(lower(CAI, CAI), new Event.HandLowered(CAI, session.now()));
        session.by(CAI, new Command.LowerHand(null));
        assertEquals(List.of(BEN, ANA), session.state().floor().queue());
    }

    @Test
    void the_facilitator_lowers_someone_elses_hand() {
        assertAccepted(lower(FACILITATOR, BEN), new Event.HandLowered(BEN, session.now()));
    }

    @Test
    void a_participant_cannot_lower_someone_elses_hand() {
        assertRejected(lower(ANA, BEN), Reason.FORBIDDEN, "Only the facilitator", "someone else's hand");
    }

    @Test
    void a_hand_that_is_not_raised_cannot_be_lowered() {
        assertRejected(lower(FACILITATOR, null), Reason.INVALID_STATE, "Your hand is not raised");
        assertRejected(lower(FACILITATOR, "p-dee"), Reason.INVALID_STATE, "That hand is not raised");
    }

    @Test
    void the_facilitator_reorders_the_queue_and_turn_next_follows_the_new_order() {
        assertAccepted(reorder(FACILITATOR, ANA, BEN, CAI), new Event.QueueReordered(List.of(ANA, BEN, CAI), session.now()));
        session.by(FACILITATOR, new Command.ReorderQueue(List.of(ANA, BEN, CAI)));
        assertAccepted(session.decide(FACILITATOR, new Command.NextTurn()), new Event.TurnChanged(ANA, session.now()));
    }

    static Stream<List<String>> notAPermutation() {
        return Stream.of(List.of(ANA, BEN), List.of(ANA, BEN, CAI, FACILITATOR), List.of(ANA, BEN, BEN),
                List.of(ANA, BEN, "p-dee"), List.of(), Arrays.asList(ANA, BEN, null));
    }

    @ParameterizedTest
    @MethodSource("notAPermutation")
    void a_new_order_must_list_exactly_the_raised_hands_and_the_refusal_lists_them(List<String> order) {
        assertRejected(session.decide(FACILITATOR, new Command.ReorderQueue(order)), Reason.BAD_REQUEST,
                "exactly the raised hands", BEN + ", " + CAI + ", " + ANA);
    }

    @Test
    void a_missing_order_is_a_bad_request() {
        assertRejected(session.decide(FACILITATOR, new Command.ReorderQueue(null)), Reason.BAD_REQUEST,
                "exactly the raised hands");
    }

    @Test
    void a_participant_cannot_reorder_the_queue() {
        assertRejected(reorder(BEN, BEN, CAI, ANA), Reason.FORBIDDEN, "Only the facilitator");
    }

    @Test
    void a_phase_change_clears_the_queue() {
        session.inPhase(ACCOUNTABILITY).inPhase(QUESTIONS);
        assertEquals(List.of(), session.state().floor().queue());
    }
}
