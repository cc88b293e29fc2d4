package roundtable.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static roundtable.domain.Outcomes.eventsOf;
import static roundtable.domain.Sessions.ANA;
import static roundtable.domain.Sessions.FACILITATOR;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The decider reads no clock and draws no ids: the same question at the same moment gets the same answer. */
class DeterminismTest {

    private static final long NOW = 42_000L;

    /** Ana presents in the issue phase and has posted c1. */
    private final SessionState state = Sessions.running().presenting(ANA).inPhase(ForumProtocol.ISSUE)
            .posted(ANA, CardKind.ISSUE, "Should I sell?").state();

    static Stream<Object[]> acceptedCommands() {
        return Stream.of(
                new Object[] {Actor.server(), new Command.Join("p-new", "Nia", Role.PARTICIPANT)},
                new Object[] {Actor.member(FACILITATOR), new Command.NextPhase()},
                new Object[] {Actor.member(FACILITATOR), new Command.PreviousPhase()},
                new Object[] {Actor.member(FACILITATOR), new Command.GoToPhase(ForumProtocol.CHECK_OUT)},
                new Object[] {Actor.member(FACILITATOR), new Command.SetPresenter(Sessions.BEN)},
                new Object[] {Actor.member(ANA), new Command.AddCard(CardKind.NOTE, "More context.", null, null)},
                new Object[] {Actor.member(ANA), new Command.EditCard("c1", "Should I sell now?")},
                new Object[] {Actor.member(FACILITATOR), new Command.RemoveCard("c1")},
                new Object[] {Actor.member(FACILITATOR), new Command.EndSession()},
                new Object[] {Actor.server(), new Command.SetPresence(Sessions.BEN, true)},
                new Object[] {Actor.member(FACILITATOR), new Command.StartTimer(null)},
                new Object[] {Actor.member(FACILITATOR), new Command.StartTimer(90)});
    }

    @ParameterizedTest
    @MethodSource("acceptedCommands")
    void every_event_carries_the_time_the_command_was_decided_at(Actor actor, Command command) {
        for (long now : new long[] {NOW, NOW + 1, 0L}) {
            List<Event> events = eventsOf(Decider.decide(state, actor, command, now));
            assertEquals(List.of(now), events.stream().map(Event::at).distinct().toList());
        }
    }

    @ParameterizedTest
    @MethodSource("acceptedCommands")
    void the_same_command_on_the_same_state_at_the_same_time_decides_the_same(Actor actor, Command command) {
        assertEquals(Decider.decide(state, actor, command, NOW), Decider.decide(state, actor, command, NOW));
        assertNotEquals(Decider.decide(state, actor, command, NOW), Decider.decide(state, actor, command, NOW + 1));
    }

    @ParameterizedTest
    @MethodSource("acceptedCommands")
    void deciding_changes_nothing_until_the_events_are_applied(Actor actor, Command command) {
        SessionState copy = Evolver.replay(Sessions.running().presenting(ANA).inPhase(ForumProtocol.ISSUE)
                .posted(ANA, CardKind.ISSUE, "Should I sell?").history());
        Decider.decide(state, actor, command, NOW);
        assertEquals(copy, state);
    }
}
