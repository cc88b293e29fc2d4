package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static roundtable.domain.Outcomes.assertAccepted;
import static roundtable.domain.Outcomes.assertRejected;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.FACILITATOR;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EndedSessionTest {

    private final Sessions session = Sessions.running().posted(ANA, CardKind.NOTE, "Here.");

    @Test
    void the_facilitator_ends_the_session() {
        assertAccepted(session.decide(FACILITATOR, new Command.EndSession()), new Event.SessionEnded(session.now()));
    }

    @Test
    void a_session_can_be_ended_in_any_phase() {
        session.inPhase(ForumProtocol.QUESTIONS);
        assertAccepted(session.decide(FACILITATOR, new Command.EndSession()), new Event.SessionEnded(session.now()));
    }

    @Test
    void an_ended_session_remembers_when_it_ended() {
        long endedAt = session.now();
        SessionState state = session.ended().state();
        assertTrue(state.ended());
        assertEquals(endedAt, state.endedAt());
    }

    static Stream<Command> memberCommands() {
        return Stream.of(new Command.NextPhase(), new Command.PreviousPhase(),
                new Command.GoToPhase(ForumProtocol.CHECK_OUT), new Command.SetPresenter(ANA),
                new Command.AddCard(CardKind.NOTE, "Too late", null, null), new Command.EditCard("c1", "Too late"),
                new Command.RemoveCard("c1"), new Command.MoveCard("c1", null, null), new Command.EndSession(),
                new Command.StartTimer(60),
                new Command.PauseTimer(), new Command.ResumeTimer(), new Command.ExtendTimer(60),
                new Command.NextTurn(), new Command.PassTurn(), new Command.GiveTurn(ANA), new Command.RaiseHand(),
                new Command.LowerHand(null), new Command.ReorderQueue(List.of()), new Command.RevealAll());
    }

    @ParameterizedTest
    @MethodSource("memberCommands")
    void nothing_changes_after_the_end(Command command) {
        session.ended();
        assertRejected(session.decide(FACILITATOR, command), Reason.INVALID_STATE, "ended");
    }

    @Test
    void a_participant_cannot_post_after_the_end() {
        session.ended();
        assertRejected(session.decide(ANA, new Command.AddCard(CardKind.NOTE, "Too late", null, null)),
                Reason.INVALID_STATE, "ended");
    }

    @Test
    void permissions_are_checked_before_the_end_so_a_refusal_reveals_nothing() {
        session.ended();
        assertRejected(session.decide(ANA, new Command.NextPhase()), Reason.FORBIDDEN, "facilitator");
    }

    @Test
    void an_ending_stops_the_phase_timer_and_closes_the_floor() {
        session.by(FACILITATOR, new Command.StartTimer(60));
        SessionState state = session.ended().state();
        assertEquals(new Timer(false, null, null, null), state.timer());
        assertEquals(Optional.empty(), state.nextDeadline());
    }

    @Test
    void nobody_joins_after_the_end() {
        session.ended();
        assertRejected(session.decideAsServer(new Command.Join("p-late", "Lou", Role.PARTICIPANT)),
                Reason.INVALID_STATE, "ended");
    }

    @Test
    void an_ended_session_cannot_be_created_again() {
        session.ended();
        assertRejected(session.decideAsServer(Sessions.create(ForumProtocol.forum())),
                Reason.INVALID_STATE, "exists already");
    }
}
