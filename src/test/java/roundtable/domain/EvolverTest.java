package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.BEN;
import static roundtable.domain.Sessions.CAI;
import static roundtable.domain.Sessions.FACILITATOR;
import static roundtable.domain.Sessions.OBSERVER;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvolverTest {

    private static final Protocol FORUM = ForumProtocol.forum();
    private static final Card C1 = new Card("c1", CardKind.NOTE, "Here.", ANA, "check-in", null, false, false, null, List.of(), null, null);
    private static final Card C2 = new Card("c2", CardKind.NOTE, "Tired.", BEN, "check-in", "Mood", true, false, null, List.of(), null, null);
    private static final Card C3 = new Card("c3", CardKind.QUESTION, "Why now?", CAI, "questions", null, false, false, null, List.of(), null, null);

    private static SessionState fold(Event... events) {
        return Evolver.replay(List.of(events));
    }

    private static final Event[] OPENING = {
        new Event.SessionCreated("s-1", "Circle", FORUM, "g-1", SessionTerms.adHoc(), 100),
        new Event.ParticipantJoined(FACILITATOR, "Fay", Role.FACILITATOR, 100),
        new Event.ParticipantJoined(ANA, "Ana", Role.PARTICIPANT, 200),
        new Event.ParticipantJoined(OBSERVER, "Oz", Role.OBSERVER, 300),
        new Event.ParticipantJoined(BEN, "Ben", Role.PARTICIPANT, 400)};

    private static SessionState opened(Event... more) {
        SessionState state = fold(OPENING);
        for (Event event : more) {
            state = Evolver.evolve(state, event);
        }
        return state;
    }

    @Test
    void nothing_has_happened_before_the_first_event() {
        assertEquals(SessionState.initial(), Evolver.replay(List.of()));
        assertFalse(SessionState.initial().exists());
    }

    @Test
    void a_created_session_is_empty_in_its_first_phase_and_remembers_when_it_began() {
        Floor nobodySpeaks = new Floor(TurnMode.ROUND_ROBIN, List.of(), List.of(), List.of(), null, 0, null, false,
                Map.of(), Map.of());
        assertEquals(new SessionState("s-1", "Circle", FORUM, "g-1", SessionTerms.adHoc(), 100, 0, null, List.of(),
                List.of(), 0, null, nobodySpeaks, new Timer(false, null, null, null), List.of(), null, null), fold(OPENING[0]));
    }

    @Test
    void participants_are_kept_in_join_order_and_join_offline() {
        assertEquals(List.of(Participant.joined(FACILITATOR, "Fay", Role.FACILITATOR, 100),
                Participant.joined(ANA, "Ana", Role.PARTICIPANT, 200), Participant.joined(OBSERVER, "Oz", Role.OBSERVER, 300),
                Participant.joined(BEN, "Ben", Role.PARTICIPANT, 400)), opened().participants());
    }

    @Test
    void a_phase_change_moves_the_session_and_keeps_the_board() {
        SessionState state = opened(new Event.CardAdded(C1, 500), new Event.PresenterSet(ANA, 600),
                new Event.PhaseChanged(3, "questions", 700));
        assertEquals(3, state.phaseIndex());
        assertEquals("questions", state.phase().id());
        assertEquals(List.of(C1), state.cards());
        assertEquals(ANA, state.presenterId());
    }

    @Test
    void the_last_presenter_picked_presents() {
        assertEquals(BEN, opened(new Event.PresenterSet(ANA, 500), new Event.PresenterSet(BEN, 600)).presenterId());
    }

    @Test
    void cards_are_kept_in_the_order_they_were_added_and_counted() {
        SessionState state = opened(new Event.CardAdded(C1, 500), new Event.CardAdded(C2, 600),
                new Event.CardAdded(C3, 700));
        assertEquals(List.of(C1, C2, C3), state.cards());
        assertEquals(3, state.cardsCreated());
    }

    @Test
    void an_edit_changes_only_that_cards_text_and_keeps_its_place() {
        SessionState state = opened(new Event.CardAdded(C1, 500), new Event.CardAdded(C2, 600),
                new Event.CardAdded(C3, 700), new Event.CardEdited(C2.withText("Rested."), 800));
        assertEquals(List.of(C1, new Card("c2", CardKind.NOTE, "Rested.", BEN, "check-in", "Mood", true, false, null, List.of(), null, null), C3),
                state.cards());
    }

    @Test
    void a_removal_takes_the_card_off_the_board_but_not_out_of_the_count() {
        SessionState state = opened(new Event.CardAdded(C1, 500), new Event.CardAdded(C2, 600),
                new Event.CardAdded(C3, 700), new Event.CardRemoved("c2", 800));
        assertEquals(List.of(C1, C3), state.cards());
        assertEquals(3, state.cardsCreated());
    }

    @Test
    void an_ended_session_remembers_when_it_ended() {
        SessionState running = opened();
        assertNull(running.endedAt());
        SessionState ended = Evolver.evolve(running, new Event.SessionEnded(9_000));
        assertTrue(ended.ended());
        assertEquals(9_000L, ended.endedAt());
    }

    @Test
    void evolving_leaves_the_earlier_state_untouched() {
        SessionState before = opened(new Event.CardAdded(C1, 500));
        SessionState copy = opened(new Event.CardAdded(C1, 500));
        Evolver.evolve(before, new Event.CardAdded(C2, 600));
        Evolver.evolve(before, new Event.CardRemoved("c1", 600));
        Evolver.evolve(before, new Event.ParticipantJoined(CAI, "Cai", Role.PARTICIPANT, 600));
        assertEquals(copy, before);
    }

    @Test
    void the_lists_in_a_state_cannot_be_changed_from_outside() {
        SessionState state = opened(new Event.CardAdded(C1, 500));
        assertThrows(UnsupportedOperationException.class, () -> state.cards().clear());
        assertThrows(UnsupportedOperationException.class, () -> state.participants().clear());
    }

    @Test
    void replaying_a_decided_history_gives_the_state_it_was_decided_on() {
        Sessions session = Sessions.running()
                .posted(ANA, CardKind.NOTE, "Tired but here.").posted(BEN, CardKind.NOTE, "Glad.")
                .by(BEN, new Command.EditCard("c2", "Glad to be back.")).by(FACILITATOR, new Command.RemoveCard("c1"))
                .presenting(ANA).inPhase(ForumProtocol.ISSUE).posted(ANA, CardKind.ISSUE, "Should I sell?")
                .by(FACILITATOR, new Command.NextPhase()).posted(CAI, CardKind.QUESTION, "What would you keep?")
                .by(FACILITATOR, new Command.PreviousPhase()).inPhase(ForumProtocol.CHECK_OUT)
                .posted(ANA, CardKind.TAKEAWAY, "Talk to my co-founder.")
                .ended();
        assertEquals(session.state(), Evolver.replay(session.history()));
        assertEquals(List.of("c2", "c3", "c4", "c5"), session.state().cards().stream().map(Card::id).toList());
    }

    @Test
    void replaying_a_history_of_presence_turns_hands_timers_and_drafts_gives_the_state_it_was_decided_on() {
        Sessions session = Sessions.running(TestProtocols.workshop()).online(ANA, BEN, CAI)
                .inPhase(TestProtocols.DRAFTS).posted(ANA, CardKind.NOTE, "Private thought.")
                .by(ANA, new Command.EditCard("c1", "Second thought.")).by(FACILITATOR, new Command.RevealAll())
                .inPhase(TestProtocols.ROUND).by(ANA, new Command.PassTurn()).after(5_000)
                .by(FACILITATOR, new Command.StartTimer(null)).after(5_000).by(FACILITATOR, new Command.PauseTimer())
                .by(FACILITATOR, new Command.ExtendTimer(60)).by(FACILITATOR, new Command.ResumeTimer())
                .after(30_000).byServer(new Command.ExpireTimers())
                .inPhase(TestProtocols.HANDS).by(BEN, new Command.RaiseHand()).by(CAI, new Command.RaiseHand())
                .by(ANA, new Command.RaiseHand()).by(FACILITATOR, new Command.ReorderQueue(List.of(CAI, ANA, BEN)))
                .by(FACILITATOR, new Command.LowerHand(ANA)).by(FACILITATOR, new Command.NextTurn())
                .offline(BEN).ended();
        assertEquals(session.state(), Evolver.replay(session.history()));
    }
}
